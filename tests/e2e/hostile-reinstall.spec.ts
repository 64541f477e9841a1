/**
 * No lost notes across a reinstall, in the real extension: notes, questions and settings written in one
 * browser profile are saved to a backup file from the panel; a brand-new profile (the extension removed
 * and installed again: empty storage) restores the file from the panel and shows everything again.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, EXT_PATH, expect, test } from './fixtures.ts';

const panelUrl = (id: string, src?: string) => `chrome-extension://${id}/sidepanel.html${src ? `?src=${encodeURIComponent(src)}` : ''}`;

async function freshProfile(): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'shingi-e2e-reinstall-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'ja-JP',
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT_PATH}`, `--load-extension=${EXT_PATH}`],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(sw.url()).host,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function selectInSection(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const box = document.querySelector('.section-block .pdf-text')!;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(text);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error(`not found: ${text}`);
  }, needle);
}

const COMMENT = '保存データの暗号化方式が書かれていない <img src=x onerror=alert(1)>';
const QUESTION = '保存データの暗号化方式と鍵の管理者を教えてください。';

test('backup → remove the extension → reinstall → restore gives back notes, questions and settings', async ({ context, extensionId, origin }) => {
  test.setTimeout(120_000);
  const pdfUrl = `${origin}/sample-consultation.pdf`;

  // Profile A: a note, a question, a member name; then the backup file from the panel.
  const a = await context.newPage();
  await a.goto(panelUrl(extensionId, pdfUrl));
  await expect(a.locator('.consultation .section-block').first()).toBeVisible({ timeout: 20_000 });
  await selectInSection(a, '適切に管理');
  await a.locator('.note-from-selection').first().click();
  const note = a.locator('.consultation .note').first();
  await note.locator('textarea.note-comment').fill(COMMENT);
  await note.getByLabel('影響度').selectOption('4');
  await a.locator('.new-question-text').first().fill(QUESTION);
  await a.getByRole('button', { name: '質問を追加' }).first().click();
  await expect(a.locator('.question-list .question')).not.toHaveCount(0);
  await a.waitForTimeout(1200); // autosave
  await a.getByRole('tab', { name: '出力・設定' }).click();
  await a.locator('.settings-form #settings-memberName').fill('山田 花子');
  await a.locator('.settings-form button[type="submit"]').click();
  await expect(a.locator('.settings-form .settings-status')).toHaveText('保存しました。'); // written to IndexedDB
  const download = a.waitForEvent('download');
  await a.locator('button[data-action="backup"]').click();
  const file = await (await download).path();
  const backup = readFileSync(file, 'utf8');
  expect(backup).toContain(QUESTION);
  expect(backup).toContain('暗号化方式が書かれていない');
  expect(backup).toContain('山田 花子');

  // Profile B: the extension installed again, storage empty.
  const b = await freshProfile();
  try {
    const p = await b.context.newPage();
    await p.goto(panelUrl(b.extensionId));
    await p.getByRole('tab', { name: 'メモ・質問' }).click();
    await expect(p.locator('.question-list .question')).toHaveCount(0);
    await p.getByRole('tab', { name: '出力・設定' }).click();
    await p.locator('input[data-action="restore-file"]').setInputFiles(file);
    await expect(p.getByTestId('restore-preview')).toBeVisible();
    await p.locator('button[data-action="confirm-restore"]').click();
    await expect(p.locator('.backup-section [role="status"]')).toContainText('復元しました');
    await expect(p.locator('.settings-form #settings-memberName')).toHaveValue('山田 花子');

    // The document opened again: the note and the question are back, the note text still inert.
    await p.goto(panelUrl(b.extensionId, pdfUrl));
    const restoredNote = p.locator('.consultation .note').first();
    await expect(restoredNote).toBeVisible({ timeout: 20_000 });
    await expect(restoredNote.locator('textarea.note-comment')).toHaveValue(COMMENT);
    await expect(restoredNote.getByLabel('影響度')).toHaveValue('4');
    await expect(p.locator('.question-list textarea.q-text').first()).toHaveValue(QUESTION);
    expect(await p.locator('img[src="x"]').count()).toBe(0);
  } finally {
    await b.close();
  }
});
