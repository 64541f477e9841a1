/**
 * Hostile documents in the real extension (Chromium): PDF text and link texts carrying markup, bidi
 * overrides, zero-width characters and very long lines render as inert text; the CVE-2024-4367 font and
 * JavaScript actions run nothing. "Ran" is detected by the global marker every payload would set
 * (scripts/fixtures/hostile/hostile-strings.ts) and by dialogs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, EXT_PATH, expect, test } from './fixtures.ts';
import { startServer, type StaticServer } from './server.ts';
import { HOSTILE_LINES, MARKER } from '../../scripts/fixtures/hostile/hostile-strings.ts';

const HOSTILE_DIR = resolve(import.meta.dirname, '../fixtures/hostile');

let hostile: StaticServer;
test.beforeAll(async () => {
  hostile = await startServer(HOSTILE_DIR);
});
test.afterAll(async () => {
  await hostile.close();
});

const panelUrl = (id: string, src: string) => `chrome-extension://${id}/sidepanel.html?src=${encodeURIComponent(src)}`;

/** Every dialog (alert/confirm/prompt/beforeunload) on any page of the context, dismissed and recorded. */
function watchDialogs(context: BrowserContext): string[] {
  const seen: string[] = [];
  const hook = (p: Page) => p.on('dialog', (d) => {
    seen.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  context.pages().forEach(hook);
  context.on('page', hook);
  return seen;
}

const markerIn = (p: Page) => p.evaluate((m) => (globalThis as Record<string, unknown>)[m] ?? null, MARKER);

test('PDF text with markup, bidi overrides, zero-width characters and a 6000-character line shows as text', async ({ context, extensionId }) => {
  const dialogs = watchDialogs(context);
  const page = await context.newPage();
  await page.goto(panelUrl(extensionId, `${hostile.origin}/hostile-text.pdf`));
  await expect(page.locator('.consultation-title').first()).toContainText('諮問第901号', { timeout: 20_000 });
  // The title carries <script>…</script>: shown as characters.
  await expect(page.locator('.consultation-title').first()).toContainText(HOSTILE_LINES.script);
  await page.locator('details.pages > summary').click();
  const p1 = page.locator('.page-text[data-page="1"] .pdf-text');
  const p2 = page.locator('.page-text[data-page="2"] .pdf-text');
  const p3 = page.locator('.page-text[data-page="3"] .pdf-text');
  await expect(p1).toContainText(HOSTILE_LINES.script);
  await expect(p1).toContainText(HOSTILE_LINES.img);
  await expect(p1).toContainText('<svg onload=');
  await expect(p2).toContainText(HOSTILE_LINES.csvEquals);
  await expect(p3).toContainText('長'.repeat(3000));

  // Nothing from the PDF became an element: no <script>, <img>, <svg> or javascript: link inside the panel.
  expect(await page.locator('.app').count()).toBe(1);
  expect(await page.locator('img[src="x"], [onerror], [onload], a[href^="javascript:"], .app script, .app svg a').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  // Bidi override characters do not reach the display unisolated (stripped or isolated by the engine/CSS).
  const shown = await p1.textContent();
  const overrides = /[\u202A-\u202E]/.test(shown ?? '');
  if (overrides) {
    const bidi = await p1.evaluate((e) => getComputedStyle(e).unicodeBidi);
    expect(['isolate', 'plaintext', 'isolate-override']).toContain(bidi);
  }
  expect(shown).toContain('fdp.exe');
  // The 6000-character line wraps inside the panel instead of widening it.
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.doc).toBeLessThanOrEqual(widths.view + 1);

  expect(await markerIn(page)).toBeNull();
  expect(dialogs).toEqual([]);
});

test('CVE-2024-4367 font and JavaScript actions run nothing in the panel', async ({ context, extensionId }) => {
  const dialogs = watchDialogs(context);
  const page = await context.newPage();
  await page.goto(panelUrl(extensionId, `${hostile.origin}/cve-2024-4367.pdf`));
  await page.locator('details.pages > summary').click({ timeout: 20_000 });
  await expect(page.locator('.page-text[data-page="1"] .pdf-text')).toContainText('HELLO CVE');
  expect(await markerIn(page)).toBeNull();

  await page.goto(panelUrl(extensionId, `${hostile.origin}/js-actions.pdf`));
  await expect(page.locator('.consultation-title').first()).toContainText('諮問第900号', { timeout: 20_000 });
  await page.waitForTimeout(500); // an OpenAction would run at open time
  expect(await markerIn(page)).toBeNull();
  expect(dialogs).toEqual([]);
  // The PDF's URI action was not followed.
  expect(hostile.requests.filter((p) => p.includes('pixel'))).toEqual([]);
});

test('a council page with hostile link texts: marks and the panel show them as text', async ({ context, extensionId }) => {
  const dialogs = watchDialogs(context);
  const page = await context.newPage();
  await page.goto(`${hostile.origin}/hostile-links.html`);
  // The content script reads the links; whatever it adds must not turn link text into markup.
  const marks = page.locator('[data-shingi-lens-mark]');
  await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('[data-shingi-lens-mark] script, [data-shingi-lens-mark] img, [data-shingi-lens-mark] svg').count()).toBe(0);
  const names = await page.locator('[data-shingi-lens-mark] button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
  expect(names.some((n) => n.includes('<script>') || n.includes('<img'))).toBe(true);
  // Main world of the page (where injected markup would run) and the extension's isolated world.
  expect(await markerIn(page)).toBeNull();
  // The javascript: link was not treated as a document.
  const hrefs = await page.locator('[data-shingi-lens-mark]').evaluateAll((ms) => ms.map((m) => (m.previousElementSibling as HTMLAnchorElement | null)?.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.startsWith('javascript:'))).toBe(false);

  // The linked document in the panel: its hostile title stays text.
  const panel = await context.newPage();
  await panel.goto(panelUrl(extensionId, `${hostile.origin}/hostile-text.pdf`));
  await expect(panel.locator('.consultation-title').first()).toContainText(HOSTILE_LINES.script, { timeout: 20_000 });
  expect(await markerIn(panel)).toBeNull();
  expect(dialogs).toEqual([]);
});

test('a PDF tab with the CVE-2024-4367 font: the offscreen reader that badges it runs nothing', async () => {
  // Own profile with a DevTools port, to evaluate inside the offscreen document (not a Playwright page).
  const dir = mkdtempSync(join(tmpdir(), 'shingi-e2e-offscreen-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--disable-extensions-except=${EXT_PATH}`, `--load-extension=${EXT_PATH}`],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const port = readFileSync(join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const tab = await context.newPage();
    const url = `${hostile.origin}/cve-2024-4367.pdf`;
    await tab.goto(url);
    // The offscreen document read the PDF: the tab got its verdict badge.
    await expect
      .poll(() => sw.evaluate(async (u) => {
        const c = (globalThis as any).chrome;
        const [t] = (await c.tabs.query({})).filter((x: any) => x.url === u);
        return t ? c.action.getBadgeText({ tabId: t.id }) : '';
      }, url), { timeout: 15_000 })
      .not.toBe('');
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { url: string; webSocketDebuggerUrl: string }[];
    const offscreen = targets.find((t) => t.url.startsWith(`chrome-extension://${id}/offscreen.html`));
    expect(offscreen, targets.map((t) => t.url).join(' ')).toBeTruthy();
    // Evaluated in that document (its own path proves where the expression ran).
    const value = await cdpEvaluate(offscreen!.webSocketDebuggerUrl, `String(globalThis.${MARKER} ?? null) + ' ' + location.pathname`);
    expect(value).toBe('null /offscreen.html');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Runtime.evaluate over a raw DevTools WebSocket; returns the value. */
async function cdpEvaluate(wsUrl: string, expression: string): Promise<unknown> {
  const ws = new WebSocket(wsUrl);
  await new Promise((ok, fail) => {
    ws.onopen = ok;
    ws.onerror = fail;
  });
  try {
    return await new Promise((ok, fail) => {
      ws.onmessage = (ev) => {
        const m = JSON.parse(String(ev.data));
        if (m.id !== 1) return;
        if (m.error || m.result?.exceptionDetails) fail(new Error(JSON.stringify(m.error ?? m.result.exceptionDetails)));
        else ok(m.result.result.value);
      };
      ws.send(JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }));
    });
  } finally {
    ws.close();
  }
}
