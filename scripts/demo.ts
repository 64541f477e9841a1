/**
 * npm run demo [-- --headless]
 * Builds the extension, serves the bundled sample council page and consultation PDF on 127.0.0.1,
 * opens Debian's Chromium with the extension on the council page and the side panel on the PDF.
 * With a display it stays open until you close the browser; with --headless (or no display) it runs the
 * same flow headless and writes screenshots and the exported question list to demo-output/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, EXT_PATH, SAMPLE_DIR } from '../tests/e2e/fixtures.ts';
import { startServer } from '../tests/e2e/server.ts';

const root = resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const out = resolve(root, 'demo-output');

console.log('1/4 拡張機能をビルドしています… (building the extension)');
const b = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SHINGI_LOCAL_TEST: '1' } });
if (b.status !== 0) process.exit(1);

const server = await startServer(SAMPLE_DIR);
console.log(`2/4 見本の審議会ページを配信しています: ${server.origin}/council.html`);
const profile = mkdtempSync(join(tmpdir(), 'shingi-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  locale: 'ja-JP',
  viewport: { width: 1280, height: 900 },
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT_PATH}`, `--load-extension=${EXT_PATH}`],
});
try {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;

  console.log('3/4 審議会ページを開き、サイドパネルで諮問資料を解析しています… (opening the page and the panel)');
  const council = await context.newPage();
  await council.goto(`${server.origin}/council.html`);
  await council.waitForTimeout(1500);
  const pdfUrl = `${server.origin}/sample-consultation.pdf`;
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 480, height: 900 });
  // Keep what the panel copies to the clipboard, so the exported list can be written to demo-output/.
  await panel.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    const write = async (t: string) => void w.__copied.push(t);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
  });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?src=${encodeURIComponent(pdfUrl)}`);
  await panel.locator('.consultation .section-block').first().waitFor({ timeout: 30_000 });
  // Accept every drafted question (the member would review and edit them).
  await panel.locator('.drafts').first().waitFor({ timeout: 30_000 });
  let accepted = 0;
  for (let accept = panel.locator('.drafts .btn-primary').first(); (await accept.count()) > 0 && accepted < 50; accepted++) {
    await accept.click();
    await panel.waitForTimeout(150);
  }
  console.log(`   諮問を表示し、質問の下書き ${accepted} 件を採用しました (accepted ${accepted} drafted questions)`);

  if (headless) {
    mkdirSync(out, { recursive: true });
    await council.screenshot({ path: join(out, 'council-page.png'), fullPage: true });
    await panel.screenshot({ path: join(out, 'side-panel.png'), fullPage: true });
    await panel.locator('#tab-export').click();
    await panel.locator('[data-format="text"]').click();
    await panel.waitForFunction(() => (window as unknown as { __copied: string[] }).__copied.length > 0, null, { timeout: 10_000 });
    const questions = await panel.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1) ?? '');
    await panel.screenshot({ path: join(out, 'export.png'), fullPage: true });
    writeFileSync(join(out, 'questions.txt'), questions);
    console.log(`4/4 demo-output/ に書き出しました: council-page.png, side-panel.png, export.png, questions.txt (${questions.split('\n').filter(Boolean).length} 行)`);
  } else {
    console.log('4/4 ブラウザを閉じると終了します。(close the browser to finish)');
    await new Promise<void>((ok) => context.on('close', () => ok()));
  }
} finally {
  await context.close().catch(() => {});
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
