/**
 * Detection in the browser with the built test extension: the council page's badge and marks,
 * a mark's action opening the side panel on the document, the badge on a PDF tab, file:// pages,
 * and no content script on sites the member has not added.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, SAMPLE_DIR, test } from './fixtures.ts';
import { startServer } from './server.ts';

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Evaluate in the extension's service worker, picking the current worker each time and giving up
 * after a few seconds (an MV3 worker that was stopped never answers; polls then retry on the new one).
 */
async function inWorker<A, R>(context: BrowserContext, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const sw = await serviceWorker(context);
  return Promise.race([
    sw.evaluate(fn as any, arg) as Promise<R>,
    new Promise<R>((_, reject) => setTimeout(() => reject(new Error('service worker did not answer')), 4000)),
  ]);
}

/** Badge text of the tab showing `url` (read in the service worker). */
async function badgeOf(context: BrowserContext, url: string): Promise<string> {
  return inWorker(context, async (u: string) => {
    const c = (globalThis as any).chrome;
    const tabs = await c.tabs.query({});
    const tab = tabs.find((t: any) => t.url === u);
    if (!tab) return `<no tab ${u}: ${tabs.map((t: any) => t.url).join(' ')}>`;
    return c.action.getBadgeText({ tabId: tab.id });
  }, url);
}

async function expectBadge(context: BrowserContext, url: string, text: string): Promise<void> {
  await expect.poll(() => badgeOf(context, url).catch((e) => String(e)), { timeout: 15_000 }).toBe(text);
}

test('council page: badge counts the consultation PDF, marks sit next to its links only', async ({ context, origin }) => {
  const page = await context.newPage();
  const url = `${origin}/council.html`;
  await page.goto(url);
  const marks = page.locator('[data-shingi-lens-mark] button');
  await expect(marks).toHaveCount(2);
  // Same document linked twice (whole + "#page=2"): one consultation PDF.
  await expectBadge(context, url, '1');
  // Each mark follows a consultation link; minutes, budget and newsletter get none.
  const marked = await page.$$eval('[data-shingi-lens-mark]', (els) => els.map((e) => e.previousElementSibling?.textContent ?? ''));
  expect(marked.every((t) => t.includes('諮問第101号'))).toBe(true);
  await expect(marks.first()).toHaveAccessibleName(/審議レンズで開く：資料1 諮問第101号/);
  // The page's own layout is untouched apart from the marks: link texts unchanged.
  await expect(page.locator('a', { hasText: '会議録' })).toHaveText('令和8年度第2回 会議録（PDF）');
});

test("a mark's action opens the side panel on that document", async ({ context, origin, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${origin}/council.html`);
  const mark = page.locator('[data-shingi-lens-mark] button').nth(1);
  await expect(mark).toBeVisible();
  await mark.click();
  const want = `sidepanel.html?src=${encodeURIComponent(`${origin}/sample-consultation.pdf#page=2`)}`;
  // The tab's side panel now points at the document ...
  await expect
    .poll(
      () =>
        inWorker(
          context,
          async (u: string) => {
            const c = (globalThis as any).chrome;
            const [tab] = (await c.tabs.query({})).filter((t: any) => t.url === u);
            return (await c.sidePanel.getOptions({ tabId: tab.id })).path as string;
          },
          `${origin}/council.html`,
        ).catch((e) => String(e)),
      { timeout: 15_000 },
    )
    .toBe(want);
  // ... and the real side panel is open on it (the click's user gesture reached sidePanel.open).
  const contexts = () =>
    inWorker(
      context,
      async () => {
        const c = (globalThis as any).chrome;
        const ctx = await c.runtime.getContexts({ contextTypes: ['SIDE_PANEL', 'TAB'] });
        return ctx.map((x: any) => `${x.contextType} ${x.documentUrl}`) as string[];
      },
      null,
    ).catch((e) => [String(e)]);
  await expect.poll(contexts, { timeout: 15_000 }).toContain(`SIDE_PANEL chrome-extension://${extensionId}/${want}`);
});

test('PDF tab: badge says whether it is consultation material', async ({ context, origin }) => {
  const page = await context.newPage();
  // Opened directly, nothing known: the offscreen document reads it and the badge says 諮問.
  const pdf = `${origin}/sample-consultation.pdf`;
  await page.goto(pdf);
  await expectBadge(context, pdf, '諮問');
  // A PDF that is not consultation material (served by a second loopback server).
  const other = await startServer(join(import.meta.dirname, '../fixtures/pdf'));
  try {
    const url = `${other.origin}/newsletter.pdf`;
    await page.goto(url);
    await expectBadge(context, url, '－');
    // Only the document itself was fetched (by the viewer and once by the extension), plus the browser's favicon.
    // (The viewer may split its load into range requests, so count at least two, all of the document.)
    const seen = other.requests.filter((r) => r !== '/favicon.ico');
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen)).toEqual(new Set(['/newsletter.pdf']));
  } finally {
    // Browser keep-alive connections would hold close() open: do not wait for it.
    void other.close();
  }
  // The panel reports its own analysis: its verdict replaces the badge's.
  const sw = await serviceWorker(context);
  await page.goto(pdf);
  await expectBadge(context, pdf, '諮問');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${new URL(sw.url()).host}/sidepanel.html`);
  await panel.evaluate(async (u) => {
    const c = (globalThis as any).chrome;
    await c.runtime.sendMessage({ id: 1, type: 'documentVerdict', data: { url: u, isConsultation: false, signals: [] }, timestamp: Date.now() });
  }, pdf);
  await expectBadge(context, pdf, '－');
});

test('PDF tab opened from a council page: the page\'s verdict is used at once', async ({ context, origin }) => {
  const page = await context.newPage();
  await page.goto(`${origin}/council.html`);
  await expectBadge(context, `${origin}/council.html`, '1');
  await page.goto(`${origin}/sample-consultation.pdf#page=2`);
  await expectBadge(context, `${origin}/sample-consultation.pdf#page=2`, '諮問');
});

test('reading the document overrides what a linking page claimed', async ({ context }) => {
  const dir = mkdtempSync(join(tmpdir(), 'shingi-hint-'));
  cpSync(join(import.meta.dirname, '../fixtures/pdf/newsletter.pdf'), join(dir, 'newsletter.pdf'));
  writeFileSync(
    join(dir, 'list.html'),
    '<!doctype html><html lang="ja"><meta charset="utf-8"><title>個人情報保護審議会 会議資料</title>' +
      '<h1>個人情報保護審議会 会議資料</h1><ul><li><a href="newsletter.pdf">資料1 諮問第9号 防犯カメラの設置について</a>（PDF：2KB）</li></ul>',
  );
  const server = await startServer(dir);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/list.html`);
    await expectBadge(context, `${server.origin}/list.html`, '1');
    await page.goto(`${server.origin}/newsletter.pdf`);
    await expectBadge(context, `${server.origin}/newsletter.pdf`, '－');
  } finally {
    void server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('file:// council page works when file access is allowed', async ({ context }) => {
  const dir = mkdtempSync(join(tmpdir(), 'shingi-file-'));
  try {
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const url = `file://${dir}/council.html`;
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator('[data-shingi-lens-mark] button')).toHaveCount(2);
    await expectBadge(context, url, '1');
    expect(await inWorker(context, () => (globalThis as any).chrome.extension.isAllowedFileSchemeAccess(), null)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('least privilege: no content script on a site the member has not added', async ({ context, origin }) => {
  // "localhost" is the same server but not in the test build's matches (only 127.0.0.1 is).
  const url = `${origin.replace('127.0.0.1', 'localhost')}/council.html`;
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('h1')).toHaveText('見本市個人情報保護審議会');
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-shingi-lens-mark]')).toHaveCount(0);
  // Without activeTab or a granted site the background cannot inject either; the panel gets guidance.
  const sw = await serviceWorker(context);
  const extId = new URL(sw.url()).host;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extId}/sidepanel.html`);
  const det = await panel.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const tabs = await c.tabs.query({});
    // The extension may not even see this tab's URL or title: it is the one tab without a URL.
    const tab = tabs.find((t: any) => !t.url && !t.pendingUrl);
    const res = await c.runtime.sendMessage({ id: 2, type: 'getTabDetection', data: { tabId: tab?.id, inject: true }, timestamp: Date.now() });
    return { found: !!tab, res };
  });
  expect(det.found).toBe(true);
  expect(det.res.res.kind).toBe('none');
  expect(det.res.res.access).toBe('needs-site-access');
  expect(det.res.res.url).toBeNull();
  await expect(page.locator('[data-shingi-lens-mark]')).toHaveCount(0);
});

test('file:// with file access off: nothing runs, the panel is told so', async ({ context, extensionId }) => {
  const dir = mkdtempSync(join(tmpdir(), 'shingi-file-off-'));
  try {
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    // Turn "Allow access to file URLs" off the way a member would (developer mode first, or the
    // unpacked extension gets disabled). The extension reloads.
    const admin = await context.newPage();
    await admin.goto('chrome://extensions');
    await admin.evaluate(async (id) => {
      const dp = (globalThis as any).chrome.developerPrivate;
      await dp.updateProfileConfiguration({ inDeveloperMode: true });
      await dp.updateExtensionConfiguration({ extensionId: id, fileAccess: false });
    }, extensionId);
    const panel = await context.newPage();
    await expect
      .poll(async () => {
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`).catch(() => {});
        return panel.evaluate(() => (globalThis as any).chrome.extension.isAllowedFileSchemeAccess()).catch(() => null);
      }, { timeout: 15_000 })
      .toBe(false);
    const page = await context.newPage();
    await page.goto(`file://${dir}/council.html`);
    await expect(page.locator('h1')).toHaveText('見本市個人情報保護審議会');
    await page.waitForTimeout(1000);
    await expect(page.locator('[data-shingi-lens-mark]')).toHaveCount(0);
    const det = await panel.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const tab = (await c.tabs.query({})).find((t: any) => !t.url && !t.pendingUrl);
      return c.runtime.sendMessage({ id: 3, type: 'getTabDetection', data: { tabId: tab?.id, inject: true }, timestamp: Date.now() });
    });
    expect(det.res).toMatchObject({ kind: 'none', fileAccessAllowed: false, url: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
