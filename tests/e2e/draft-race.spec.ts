/**
 * A question typed into 「新しい質問」 right after a note is made from selected text must not be lost.
 *
 * The privacy test (step 3) used to lose such a fill about one run in three on a loaded machine: the text was gone and
 * 「質問を追加」 stayed disabled. The panel moved the focus to the new note's comment a fixed 50 ms after the note was
 * saved, whatever the member was doing by then; what they typed from that instant on went into the note's comment.
 * Here the same steps run several times in a row, in the ways a member goes on after making a note.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ROUNDS = 8;

/** Select `needle` in the first security section's text (it may span several text nodes once marks are drawn). */
async function selectInSection(panel: Page, needle: string): Promise<void> {
  await panel.evaluate((needle) => {
    const box = document.querySelector('.consultation .section-block .pdf-text')!;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const all = nodes.map((n) => n.data).join('');
    const at = all.indexOf(needle);
    if (at < 0) throw new Error(`not found: ${needle}`);
    const point = (offset: number, end: boolean): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset < seen + n.data.length || (end && offset === seen + n.data.length)) return [n, offset - seen];
        seen += n.data.length;
      }
      throw new Error('offset out of range');
    };
    const r = document.createRange();
    r.setStart(...point(at, false));
    r.setEnd(...point(at + needle.length, true));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, needle);
}

/**
 * Each round: a fresh panel on the sample, a note from selected text, then straight on to the question box, with
 * one of four ways the member goes on (see `ways`). Slowing the CPU down does not make the loss likelier: the new
 * note then appears later, after the moment the panel used to move the focus to it. So most rounds run at full speed
 * and one in four at half speed.
 */
const ways = [
  { comment: true, keys: false },
  { comment: true, keys: true },
  { comment: false, keys: true },
  { comment: false, keys: false },
];

test('a question typed right after a note is made from a selection is kept (several rounds)', async ({ context, extensionId, origin }) => {
  test.setTimeout(ROUNDS * 15_000 + 30_000);
  const url = `chrome-extension://${extensionId}/sidepanel.html?src=${encodeURIComponent(`${origin}/sample-consultation.pdf`)}`;
  const lost: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const way = ways[round % ways.length];
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(url);
    await expect(panel.locator('.consultation .section-block').first()).toBeVisible({ timeout: 20_000 });
    const notes = panel.locator('.consultation .note');
    await expect(notes).toHaveCount(round, { timeout: 10_000 }); // the notes of earlier rounds are shown
    const cdp = await context.newCDPSession(panel);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: round % 4 === 3 ? 2 : 1 });

    await selectInSection(panel, '適切に管理');
    await panel.locator('.note-from-selection').first().click();
    const comment = `コメント${round}`;
    if (way.comment) await notes.nth(round).locator('textarea.note-comment').fill(comment);
    const question = `保存データは暗号化しますか（${round}）。`;
    const box = panel.locator('.new-question-text').first();
    if (way.keys) await box.pressSequentially(question, { delay: 10 });
    else await box.fill(question);

    const add = panel.getByRole('button', { name: '質問を追加' }).first();
    await expect(notes).toHaveCount(round + 1);
    const noteText = notes.nth(round).locator('textarea.note-comment');
    const kept = await expect(box).toHaveValue(question, { timeout: 2000 }).then(() => true, () => false);
    if (!kept) {
      lost.push(`round ${round} (${way.comment ? 'comment, then ' : ''}${way.keys ? 'keys' : 'fill'}): box ${JSON.stringify(await box.inputValue())}, note ${JSON.stringify(await noteText.inputValue())}`);
    } else {
      await expect(add).toBeEnabled();
      await add.click();
      await expect(panel.locator('.question-list .question textarea.q-text').last()).toHaveValue(question);
      // The note has its own comment and nothing of the question.
      await expect(noteText).toHaveValue(way.comment ? comment : '');
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await panel.waitForTimeout(700); // autosave of the note's comment
    await panel.close();
  }
  console.log(`[measure] draft race: ${ROUNDS - lost.length} of ${ROUNDS} rounds kept the typed question${lost.length ? `; lost: ${lost.join('; ')}` : ''}`);
  expect(lost).toEqual([]);
});

test('a note made while the member types nowhere still takes the keyboard: its comment is focused', async ({ context, extensionId, origin }) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?src=${encodeURIComponent(`${origin}/sample-consultation.pdf`)}`);
  await expect(panel.locator('.consultation .section-block').first()).toBeVisible({ timeout: 20_000 });
  await selectInSection(panel, '適切に管理');
  await panel.locator('.note-from-selection').first().click();
  const comment = panel.locator('.consultation .note textarea.note-comment').first();
  await expect(comment).toBeFocused();
  await panel.keyboard.type('鍵の管理者が書かれていない');
  await expect(comment).toHaveValue('鍵の管理者が書かれていない');
  await expect(panel.locator('.new-question-text').first()).toHaveValue('');
});
