// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShingiDB, useDatabase } from '../../lib/store/db.ts';
import { createQuestion, db, sortQuestions } from '../../lib/store/index.ts';
import { useLiveQuery } from '../../lib/store/hooks.ts';
import { QuestionList } from '../../components/QuestionList.tsx';
import { Checklist } from '../../components/Checklist.tsx';
import { Highlighted } from '../../components/Highlighted.tsx';
import { lang } from '../../components/state.ts';
import type { QuestionRecord } from '../../lib/notes/model.ts';

const SHA = 'd'.repeat(64);
const CID = `${SHA}:0`;
let root: HTMLElement;
let n = 0;

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
async function until(cond: () => boolean | Promise<boolean>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await act(() => wait(20));
  }
}

function LiveQuestions() {
  const qs = useLiveQuery<QuestionRecord[]>(async () => sortQuestions((await db().questions.toArray()).filter((q) => q.deletedAt === null)), [], []);
  return <QuestionList docId={SHA} consultationId={CID} questions={qs} docUrl="http://x/a.pdf" headingId="h" />;
}

beforeEach(() => {
  useDatabase(new ShingiDB(`comp-${Date.now()}-${n++}`));
  lang.value = 'ja';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('questions in the panel', () => {
  it('moves a question with Alt+↓ and with the buttons, and stores the order', async () => {
    for (const text of ['A', 'B', 'C']) await createQuestion({ docId: SHA, consultationId: CID, text });
    await act(() => render(<LiveQuestions />, root));
    await until(() => root.querySelectorAll('.question').length === 3);
    const first = root.querySelector<HTMLTextAreaElement>('.question textarea.q-text')!;
    await act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    });
    await until(async () => sortQuestions(await db().questions.toArray()).map((q) => q.text).join('') === 'BAC');
    await until(() => [...root.querySelectorAll<HTMLTextAreaElement>('textarea.q-text')].map((t) => t.value).join('') === 'BAC');
    const upOfLast = root.querySelectorAll<HTMLButtonElement>('.question')[2].querySelector<HTMLButtonElement>('button[aria-label^="上へ"]')!;
    await act(() => upOfLast.click());
    await until(async () => sortQuestions(await db().questions.toArray()).map((q) => q.text).join('') === 'BCA');
  });

  it('autosaves an edit within one second, without a save button', async () => {
    const q = await createQuestion({ docId: SHA, consultationId: CID, text: '元の質問' });
    await act(() => render(<LiveQuestions />, root));
    await until(() => !!root.querySelector('textarea.q-text'));
    const ta = root.querySelector<HTMLTextAreaElement>('textarea.q-text')!;
    const t0 = Date.now();
    await act(() => {
      ta.value = '直した質問';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(async () => (await db().questions.get(q.id))?.text === '直した質問', 1500);
    expect(Date.now() - t0).toBeLessThanOrEqual(1000);
    expect(root.querySelector('button[type="submit"]')).toBeNull();
  });

  it('adds a new question from the text box', async () => {
    await act(() => render(<LiveQuestions />, root));
    const ta = root.querySelector<HTMLTextAreaElement>('textarea.new-question-text')!;
    await act(() => {
      ta.value = '新しい質問です';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent === '質問を追加')!;
    await act(() => add.click());
    await until(async () => (await db().questions.count()) === 1);
    expect((await db().questions.toArray())[0]).toMatchObject({ text: '新しい質問です', origin: 'member', status: 'draft' });
  });
});

describe('checklist', () => {
  it('filters by status and hands a finding over', async () => {
    const taken: string[] = [];
    const items = [
      { id: 'access_control' as const, status: 'present' as const, evidence: [{ page: 2, quote: '3名に限定' }] },
      { id: 'encryption_rest' as const, status: 'vague' as const, evidence: [{ page: 2, quote: '適切に管理' }] },
      { id: 'subcontracting' as const, status: 'missing' as const, evidence: [] },
    ];
    const sections = [{ text: '（3）アクセス制限\n取扱者は3名に限定する。' }];
    await act(() => render(<Checklist items={items} docUrl="http://x/a.pdf" labels={[null, '2']} sections={sections} name="f" onTake={(r) => taken.push(r.id)} />, root));
    expect(root.querySelectorAll('.check-item')).toHaveLength(3);
    // each category says what it covers, in a disclosure reachable by keyboard
    const explain = root.querySelector('[data-safeguard="subcontracting"] details.explain')!;
    expect(explain.querySelector('summary')!.textContent).toBe('この区分とは');
    expect(explain.textContent).toContain('再委託を禁止しているか');
    // evidence outside the measures section is marked; evidence inside is not
    expect(root.querySelector('[data-safeguard="encryption_rest"] .place-chip')!.textContent).toBe('対策節の外');
    expect(root.querySelector('[data-safeguard="access_control"] .place-chip')).toBeNull();
    // missing first
    expect(root.querySelector('.check-item')!.getAttribute('data-safeguard')).toBe('subcontracting');
    const missing = root.querySelector<HTMLInputElement>('input[value="missing"]')!;
    await act(() => missing.click());
    expect([...root.querySelectorAll('.check-item')].map((e) => e.getAttribute('data-safeguard'))).toEqual(['subcontracting']);
    await act(() => root.querySelector<HTMLButtonElement>('.check-item button')!.click());
    expect(taken).toEqual(['subcontracting']);
    await act(() => root.querySelector<HTMLInputElement>('input[value="present"]')!.click());
    const link = root.querySelector<HTMLAnchorElement>('a.page-ref')!;
    expect(link.textContent).toBe('資料 p.2');
    expect(link.getAttribute('href')).toBe('http://x/a.pdf#page=2');
  });
});

describe('PDF text', () => {
  it('is rendered as text nodes and marks, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>太字</b> 適切に管理する';
    await act(() => render(<Highlighted text={evil} marks={[{ quote: '適切に管理', kind: 'vague', label: '曖昧' }]} />, root));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toBe(evil);
    expect(root.querySelector('mark.mk-vague')!.textContent).toBe('適切に管理');
  });
});

describe('the unsent new question', () => {
  it('is shared by two cards of the same consultation (the early and the final analysis on screen at once)', async () => {
    const id = `${SHA}:shared`;
    await act(() =>
      render(
        <div>
          <div class="old"><QuestionList docId={SHA} consultationId={id} questions={[]} docUrl={null} headingId="h1" /></div>
          <div class="new"><QuestionList docId={SHA} consultationId={id} questions={[]} docUrl={null} headingId="h2" /></div>
        </div>,
        root,
      ),
    );
    const oldText = root.querySelector<HTMLTextAreaElement>('.old .new-question-text')!;
    const newButton = root.querySelector<HTMLButtonElement>('.new .new-question button')!;
    expect(newButton.disabled).toBe(true);
    await act(() => {
      oldText.value = '保存データは暗号化しますか。';
      oldText.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelector<HTMLTextAreaElement>('.new .new-question-text')!.value).toBe('保存データは暗号化しますか。');
    expect(newButton.disabled).toBe(false);
    await act(() => newButton.click());
    await until(async () => (await db().questions.toArray()).some((q) => q.consultationId === id && q.text === '保存データは暗号化しますか。'));
    await until(() => oldText.value === '' && root.querySelector<HTMLTextAreaElement>('.new .new-question-text')!.value === '');
  });
});
