import { expect, test } from './fixtures.ts';

test('the extension loads and its side panel page renders in Japanese', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(page.locator('h1')).toContainText('審議レンズ');
  const manifest = await page.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).not.toContain('tabs');
});

test('the sample server serves the bundled sample', async ({ context, origin }) => {
  const page = await context.newPage();
  const res = await page.request.get(`${origin}/sample-consultation.pdf`);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the panel states its privacy promise in Japanese and English', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.locator('#tab-export').click();
  const privacy = page.locator('section.privacy');
  await expect(privacy.locator('h2')).toHaveText('プライバシー');
  await expect(privacy).toContainText('外部のサーバーや解析・計測サービスには何も送りません');
  await page.locator('#lang-switch').click();
  await expect(privacy.locator('h2')).toHaveText('Privacy');
  await expect(privacy).toContainText('Nothing is sent to any server');
});
