/**
 * What a reviewer found on real-size documents at 360 px, kept fixed: the panel's text is the panel's
 * font at 14 px (not Chrome's 75 % extension-page default), a bundle has a list of consultations that
 * jumps there and back, marks explain themselves in words, long lines do not widen the panel, and every
 * error says what to do next. In-repo fixtures only.
 */
import AxeBuilder from '@axe-core/playwright';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { startServer, type StaticServer } from './server.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
let files: StaticServer;
test.beforeAll(async () => {
  files = await startServer(FIXTURES);
});
test.afterAll(async () => {
  await files.close();
});

const panelUrl = (id: string, src: string) => `chrome-extension://${id}/sidepanel.html?src=${encodeURIComponent(src)}`;

async function open(page: Page, extensionId: string, path: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(panelUrl(extensionId, `${files.origin}/${path}`));
}

/** No element of the panel reaches past the right edge (nothing to scroll sideways). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const wide = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1) out.push(`${el.tagName}.${el.className}`);
    }
    return { out: out.slice(0, 5), scroll: document.documentElement.scrollWidth - vw };
  });
  expect(wide).toEqual({ out: [], scroll: 0 });
}

test('a bundle at 360 px: readable font, list of consultations jumps there and back, marks explained in words', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await open(page, extensionId, 'heldout/h03_bundle_kasumino.pdf');
  const toc = page.getByRole('navigation', { name: /諮問の一覧（3 件）/ });
  await expect(toc).toBeVisible({ timeout: 20_000 });
  const items = toc.locator('li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('諮問第41号');
  // counts arrive with the review
  await expect(items.nth(2)).toContainText(/記載なし \d+・曖昧 \d+/, { timeout: 20_000 });

  // body text uses the panel's font size, not Chrome's 75 % default for extension pages
  const font = await page.evaluate(() => {
    const cs = getComputedStyle(document.querySelector('.draft-text, .check-label')!);
    return { size: cs.fontSize, family: cs.fontFamily };
  });
  expect(font.size).toBe('14px');
  expect(font.family).toContain('Noto Sans CJK JP');

  // jump to the third consultation: its title is focused and on screen, below the sticky header
  await items.nth(2).getByRole('link').click();
  const third = page.locator('#c-2');
  await expect(third).toBeFocused();
  await expect(third).toBeInViewport();
  const top = await third.evaluate((el) => el.getBoundingClientRect().top);
  const header = await page.locator('.app-header').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(header - 1);
  // and back to its entry in the list
  await page.locator('[data-consultation="2"] .back-to-toc').click();
  await expect(items.nth(2).getByRole('link')).toBeFocused();
  // keyboard: j moves on, t comes back to the list at the same consultation
  await page.locator('body').press('j');
  await page.locator('body').press('t');
  await expect(toc.locator('a:focus')).toHaveCount(1);

  // the legend says what it is; marks explain the rule in words, never an internal id
  await expect(page.locator('.legend').first()).toContainText('凡例：');
  const titles = await page.locator('mark.mk-vague').evaluateAll((ms) => ms.map((m) => m.getAttribute('title') ?? ''));
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) expect(t).not.toMatch(/[a-z]{3,}/);

  await expectNoSidewaysScroll(page);

  // axe with the list and the new controls: no serious or critical issue
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target).join(' | ')}`)).toEqual([]);
});

test('drafts by keyboard: accepting says where the question went and keeps the focus on the next draft', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await open(page, extensionId, 'heldout/h03_bundle_kasumino.pdf');
  const first = page.locator('[data-consultation="0"]');
  const accepts = first.locator('.drafts .draft .btn-primary');
  await expect(accepts.nth(1)).toBeVisible({ timeout: 20_000 });
  const before = await accepts.count();
  const secondText = await first.locator('.drafts .draft-text').nth(1).textContent();
  await accepts.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.toast')).toContainText('事前質問に加えました');
  await expect(accepts).toHaveCount(before - 1);
  // the focus is on what was the second draft's 採用, now first
  await expect(accepts.first()).toBeFocused();
  await expect(first.locator('.drafts .draft-text').first()).toHaveText(secondText!);
  await expect(first.locator('.question-list textarea.q-text')).toHaveCount(1);
  await expect(first.locator('.part-hint').first()).toBeVisible();
});

test('hostile long lines and markup-like titles do not widen the panel at 360 px', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await open(page, extensionId, 'hostile/hostile-text.pdf');
  await expect(page.locator('.consultation-title').first()).toBeVisible({ timeout: 20_000 });
  await page.locator('details.pages > summary').click();
  await expectNoSidewaysScroll(page);
});

const ERRORS: { path: string; code: string; message: RegExp; hint: RegExp; link: boolean }[] = [
  { path: 'pdf/html-error.pdf', code: 'not_pdf', message: /PDFではありません/, hint: /Webページ/, link: true },
  { path: 'pdf/truncated.pdf', code: 'corrupt', message: /壊れている/, hint: /もう一度ダウンロード/, link: false },
  { path: 'pdf/image-only.pdf', code: 'no_text_layer', message: /文字情報がありません/, hint: /スキャン/, link: true },
  { path: 'pdf/no-such-file.pdf', code: 'fetch', message: /取得できませんでした/, hint: /リンク先に資料がありません/, link: true },
];

for (const e of ERRORS) {
  test(`error ${e.code}: clear Japanese message and a next step`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await open(page, extensionId, e.path);
    const alert = page.getByRole('alert');
    await expect(alert).toHaveAttribute('data-error', e.code, { timeout: 20_000 });
    await expect(alert.locator('p').first()).toHaveText(e.message);
    await expect(alert.locator('.hint-next')).toHaveText(e.hint);
    await expect(alert.getByRole('button', { name: '別のPDFを選ぶ' })).toBeVisible();
    if (e.link) await expect(alert.getByRole('link', { name: 'リンク先を開く' })).toHaveAttribute('href', `${files.origin}/${e.path}`);
    else await expect(alert.getByRole('link')).toHaveCount(0);
    // the message is at the panel's size, not the 10.5 px of Chrome's extension-page default
    expect(await alert.locator('p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('14px');
    await expectNoSidewaysScroll(page);
  });
}

test('password: where to find it; a wrong one empties and focuses the field; the right one opens', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await open(page, extensionId, 'pdf/encrypted-user.pdf');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('パスワードで保護されています', { timeout: 20_000 });
  await expect(alert.locator('.hint-next')).toContainText('事務局');
  const field = page.locator('#pdf-password');
  await expect(field).toBeFocused();
  await expect(alert.getByRole('button', { name: '再試行' })).toBeDisabled();
  await field.fill('nope');
  await field.press('Enter');
  await expect(alert).toContainText('パスワードが違います');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await field.fill('test');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.page-text').first()).toBeAttached();
});

test('English mode: the list of consultations and the error hints are in English', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await open(page, extensionId, 'heldout/h03_bundle_kasumino.pdf');
  await expect(page.locator('.toc')).toBeVisible({ timeout: 20_000 });
  await page.locator('#lang-switch').click();
  await expect(page.getByRole('navigation', { name: 'Consultations (3)' })).toBeVisible();
  await expect(page.locator('.back-to-toc').first()).toHaveText('↑ List of consultations');
  await expect(page.locator('.legend').first()).toContainText('Legend:');
  await expectNoSidewaysScroll(page);
});
