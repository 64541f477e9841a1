// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_WAIT_MS, focusWhenShown } from '../../components/focus-new.ts';

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  root.innerHTML = '<textarea class="new-question-text"></textarea>';
  document.body.append(root);
  (document.activeElement as HTMLElement | null)?.blur();
});
afterEach(() => root.remove());

/** The new note's comment field, added to the page `ms` later (as when the saved note is shown). */
function showNoteLater(ms: number): HTMLTextAreaElement {
  const ta = document.createElement('textarea');
  ta.className = 'note-comment';
  setTimeout(() => root.append(ta), ms);
  return ta;
}
const find = () => root.querySelector<HTMLTextAreaElement>('.note-comment');

describe('focusWhenShown (the keyboard goes to a new note only if the member has not gone on)', () => {
  it('focuses the field once it is shown, when the focus has not moved', async () => {
    const focusLater = focusWhenShown();
    const note = showNoteLater(180);
    focusLater(find);
    await wait(100);
    expect(document.activeElement).not.toBe(note);
    // looked for every 50 ms: found soon after it is shown (generous bound for a loaded machine)
    const end = Date.now() + 1500;
    while (document.activeElement !== note && Date.now() < end) await wait(20);
    expect(document.activeElement).toBe(note);
  });

  it('leaves the focus where the member put it: typing a question meanwhile', async () => {
    const focusLater = focusWhenShown();
    const note = showNoteLater(10);
    const question = root.querySelector<HTMLTextAreaElement>('.new-question-text')!;
    question.focus();
    focusLater(find);
    await wait(200);
    expect(note.isConnected).toBe(true);
    expect(document.activeElement).toBe(question);
  });

  it('leaves the focus alone when the member moves on after the field is looked for the first time', async () => {
    const focusLater = focusWhenShown();
    const note = showNoteLater(160);
    focusLater(find);
    await wait(80);
    const question = root.querySelector<HTMLTextAreaElement>('.new-question-text')!;
    question.focus();
    await wait(200);
    expect(note.isConnected).toBe(true);
    expect(document.activeElement).toBe(question);
  });

  it('gives up when the field never appears', async () => {
    const focusLater = focusWhenShown();
    let looks = 0;
    focusLater(() => {
      looks++;
      return null;
    });
    await wait(FOCUS_WAIT_MS + 500);
    const after = looks;
    await wait(200);
    expect(looks).toBe(after);
    expect(after).toBeGreaterThan(3);
  });
});
