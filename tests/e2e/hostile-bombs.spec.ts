/**
 * Resource bombs in the real side panel (Chromium, pdf.js in a Web Worker): each ends within a bounded
 * time with a result or a clear Japanese message, and the panel stays responsive.
 * Figures ([measure] lines): time to the end state, and the largest resident memory of the browser's
 * processes while it runs (sampled from /proc, Linux only).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { startServer, type StaticServer } from './server.ts';

const HOSTILE_DIR = resolve(import.meta.dirname, '../fixtures/hostile');

let hostile: StaticServer;
test.beforeAll(async () => {
  hostile = await startServer(HOSTILE_DIR);
});
test.afterAll(async () => {
  await hostile.close();
});

/** Largest single-process RSS (MB) among this test run's Chromium processes. */
function chromiumPeakRss(): number {
  try {
    const out = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
    let max = 0;
    for (const line of out.split('\n')) if (line.includes('chromium') && line.includes('shingi-e2e-')) max = Math.max(max, Number(line.trim().split(/\s+/)[0]) || 0);
    return Math.round(max / 1024);
  } catch {
    return 0;
  }
}

/** Opens `name` in the panel and waits for its end state: consultations/pages shown or an alert. */
async function openAndSettle(page: Page, extensionId: string, name: string, limitMs: number) {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, chromiumPeakRss())), 250);
  const t0 = Date.now();
  try {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?src=${encodeURIComponent(`${hostile.origin}/${name}`)}`);
    const done = page.locator('.consultation, .notice, [role="alert"]').first();
    await expect(done).toBeVisible({ timeout: limitMs });
    // Reading finished: no progress indicator left.
    await expect(page.locator('progress')).toHaveCount(0, { timeout: limitMs });
  } finally {
    clearInterval(sampler);
  }
  const ms = Date.now() - t0;
  const alert = (await page.locator('[role="alert"]').count()) ? await page.locator('[role="alert"]').first().innerText() : null;
  console.log(`[measure] ${name}: settled in ${ms} ms, peak process RSS ${peak} MB${alert ? `, message 「${alert.replace(/\s+/g, ' ').slice(0, 120)}」` : ''}`);
  // Still responsive: the page answers script at once.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  return { ms, alert };
}

test.describe.configure({ timeout: 180_000 });

// docs/hardening-findings.md, finding 3: 3000 pages took 6–8 minutes (quadratic early structure checks
// while reading, then a ~190 s freeze highlighting 3000 repeated marks); now ~10 s. The bound is generous.
test('3000 pages: read, analysed and shown within a minute, the panel answering throughout', async ({ context, extensionId }) => {
  const page = await context.newPage();
  // the panel answers script while it reads (no long freeze): probe it every second
  let slowest = 0;
  let probing = true;
  const probe = (async () => {
    await page.waitForLoadState('domcontentloaded').catch(() => {});
    while (probing) {
      const t = Date.now();
      await page.evaluate(() => 0).catch(() => {});
      slowest = Math.max(slowest, Date.now() - t);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  const r = await openAndSettle(page, extensionId, 'pages-3000.pdf', 60_000);
  probing = false;
  await probe;
  console.log(`[measure] pages-3000.pdf: slowest answer to script while reading ${slowest} ms`);
  expect(r.alert).toBeNull();
  expect(r.ms).toBeLessThan(60_000);
  expect(slowest).toBeLessThan(15_000);
  await expect(page.locator('.consultation')).toHaveCount(1);
  await expect(page.locator('.consultation-title').first()).toContainText('諮問第900号');
  await expect(page.locator('.doc-header')).toContainText('3000');
  await page.locator('details.pages > summary').click();
  await expect(page.locator('.page-text[data-page="3000"] .pdf-text')).toContainText('委託先には適切に管理させる');
});

test('decompression bomb (300 MB of blanks): the text after it is read', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const r = await openAndSettle(page, extensionId, 'bomb-blank.pdf', 120_000);
  if (!r.alert) {
    await page.locator('details.pages > summary').click();
    await expect(page.locator('.page-text[data-page="1"] .pdf-text')).toContainText('諮問第900号');
  } else expect(r.alert).toMatch(/[ぁ-んァ-ン一-龥]/);
});

test('text bomb (millions of text items): the panel finishes with the readable page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const r = await openAndSettle(page, extensionId, 'bomb-text.pdf', 120_000);
  if (!r.alert) {
    await page.locator('details.pages > summary').click();
    await expect(page.locator('.page-text[data-page="1"] .pdf-text')).toContainText('諮問第900号');
    // the bomb page was cut at the engine's limit, and the member is told which page to check in the PDF
    await expect(page.getByTestId('pages-cut')).toContainText('途中までしか読み取っていません');
  } else expect(r.alert).toMatch(/[ぁ-んァ-ン一-龥]/);
});

test('objects nested 10 000 deep: a clear message or a result', async ({ context, extensionId }) => {
  const page = await context.newPage();
  for (const name of ['deep-arrays.pdf', 'deep-dicts.pdf', 'deep-content.pdf', 'deep-page-tree.pdf']) {
    const r = await openAndSettle(page, extensionId, name, 30_000);
    if (r.alert) expect(r.alert).toMatch(/[ぁ-んァ-ン一-龥]/);
  }
});
