// @vitest-environment happy-dom
/**
 * Fixes from the panel review on real documents: page references with printed labels, vague marks
 * explained in words, a next step for every error, long sections folded, the list of consultations.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageRefText, vagueReason } from '../../components/labels.ts';
import { errorHint } from '../../components/errorHints.ts';
import { FOLD_LINES, SectionBlock } from '../../components/SectionBlock.tsx';
import { ConsultationToc } from '../../components/ConsultationToc.tsx';
import { reflowForDisplay } from '../../components/reflow.ts';
import { lang, type ConsultationView } from '../../components/state.ts';
import { ERROR_CODES } from '../../lib/analysis/schema.ts';
import { ja } from '../../lib/i18n/messages.ts';
import type { ConsultationFound } from '../../lib/structure/types.ts';

let root: HTMLElement;
beforeEach(() => {
  lang.value = 'ja';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('page references', () => {
  it('print the label as 「資料 p.N」, a label naming the material as printed, the PDF index without a label', () => {
    expect(pageRefText(3, '3')).toBe('資料 p.3');
    expect(pageRefText(7, null)).toBe('資料 p.7');
    expect(pageRefText(2, '資料4-1')).toBe('資料4-1');
    expect(pageRefText(5, 'P.5')).toBe('資料 p.5');
    expect(pageRefText(5, 'p. 12')).toBe('資料 p.12');
    lang.value = 'en';
    expect(pageRefText(3, '3')).toBe('Doc p.3');
    expect(pageRefText(2, '資料4-1')).toBe('資料4-1');
  });
});

describe('vague marks', () => {
  it('explain the rule in words in Japanese, and quote the phrase in English; never the rule id', () => {
    const ja1 = vagueReason('teikiteki', '定期的に');
    expect(ja1).toContain('頻度が書かれていない');
    expect(ja1).not.toContain('teikiteki');
    lang.value = 'en';
    expect(vagueReason('teikiteki', '定期的に')).toBe('Vague phrase: 「定期的に」');
    lang.value = 'ja';
    expect(vagueReason('unknown_rule', '等')).toBe('曖昧な表現: 「等」');
  });
});

describe('error hints', () => {
  it('every error of the text engine has a next step in the dictionary', () => {
    for (const code of ERROR_CODES) {
      const k = errorHint({ code, message: 'x' }, false);
      expect(k, code).not.toBeNull();
      expect(ja[k!], code).toMatch(/。$/);
    }
  });
  it('a 404 says the document is gone; other fetch failures say check the connection; a local non-PDF file is not a "link"', () => {
    expect(errorHint({ code: 'fetch', message: '資料を取得できませんでした（HTTP 404）。' }, false)).toBe('errHint_404');
    expect(errorHint({ code: 'fetch', message: '資料を取得できませんでした（Failed to fetch）。' }, false)).toBe('errHint_fetch');
    expect(errorHint({ code: 'not_pdf', message: 'x' }, true)).toBe('errHint_not_pdf_file');
    expect(ja.errHint_not_pdf_file).not.toContain('リンク');
  });
});

describe('long sections', () => {
  const props = { heading: '5 安全対策', pageStart: 1, pageEnd: 2, marks: [], docUrl: null, labels: [], onNote: () => {} };
  it('are folded with a button that says how long they are, and open on demand', async () => {
    const text = Array.from({ length: FOLD_LINES + 6 }, (_, i) => `(${i + 1}) 行`).join('\n');
    render(<SectionBlock {...props} text={text} />, root);
    const fold = root.querySelector('.fold')!;
    const btn = root.querySelector<HTMLButtonElement>('.fold-toggle')!;
    expect(fold.classList.contains('folded')).toBe(true);
    expect(btn.textContent).toBe(`全文を表示（${FOLD_LINES + 6} 行）`);
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    // the whole text is there (selection and search work on it), only clipped
    expect(fold.textContent).toContain(`(${FOLD_LINES + 6}) 行`);
    await act(() => btn.click());
    expect(fold.classList.contains('folded')).toBe(false);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(btn.textContent).toBe('折りたたむ');
  });
  it('short sections have no fold', () => {
    render(<SectionBlock {...props} text={'(1) 一行目\n(2) 二行目'} />, root);
    expect(root.querySelector('.folded')).toBeNull();
    expect(root.querySelector('.fold-toggle')).toBeNull();
  });
});

describe('list of consultations', () => {
  const view = (n: number, review: ConsultationView['review']): ConsultationView => ({
    found: { number: `諮問第${n}号`, title: `件名${n}`, types: [], pageStart: n, pageEnd: n + 1, securitySections: [] } as unknown as ConsultationFound,
    review,
  });
  it('is shown for two or more consultations, with pages and the missing / vague counts once reviewed', () => {
    render(<ConsultationToc items={[view(1, null)]} />, root);
    expect(root.querySelector('nav')).toBeNull();
    const review = {
      safeguards: [
        { id: 'encryption_rest', status: 'missing', evidence: [] },
        { id: 'logging_audit_trail', status: 'missing', evidence: [] },
        { id: 'staff_training', status: 'vague', evidence: [] },
        { id: 'access_control', status: 'present', evidence: [] },
      ],
      vaguePhrases: [],
      questions: [],
    } as unknown as ConsultationView['review'];
    render(<ConsultationToc items={[view(1, review), view(2, null)]} />, root);
    const items = [...root.querySelectorAll('nav li')].map((li) => li.textContent);
    expect(root.querySelector('nav h2')!.textContent).toBe('諮問の一覧（2 件）');
    expect(items[0]).toBe('諮問第1号 件名1PDF 1–2 ページ記載なし 2・曖昧 1');
    expect(items[1]).toContain('判定中');
    expect(root.querySelector('nav a')!.getAttribute('href')).toBe('#c-0');
  });
});

describe('reflow of wrapped PDF lines (display only)', () => {
  it('joins a full-width line that stops mid-sentence with the next; keeps items, headings and finished sentences apart', () => {
    const text = [
      '(1) 受託者はプライバシーマーク又はISO/IEC 27001の認証を取得している事業者とし、契約',
      'に個人情報の取扱いに関する特記事項を付す。',
      '(2) 委託先に提供する項目は、氏名、住所及び送付に必要な番号に限る。ここまでで一行',
      '(3) 通信経路はSSL/TLSにより暗号化し、第三者による盗聴を防止する。',
      'リスク1：目的外の入手が行われるリスク',
      '対象者以外の情報の入手を防止する。',
    ].join('\n');
    expect(reflowForDisplay(text).split('\n')).toEqual([
      '(1) 受託者はプライバシーマーク又はISO/IEC 27001の認証を取得している事業者とし、契約に個人情報の取扱いに関する特記事項を付す。',
      '(2) 委託先に提供する項目は、氏名、住所及び送付に必要な番号に限る。ここまでで一行',
      '(3) 通信経路はSSL/TLSにより暗号化し、第三者による盗聴を防止する。',
      'リスク1：目的外の入手が行われるリスク',
      '対象者以外の情報の入手を防止する。',
    ]);
  });
  it('keeps a space between Latin words, and the text the same apart from line breaks', () => {
    const text = 'The contractor shall encrypt personal data held on servers and removable media using\nAES-256 and keep the keys apart.';
    expect(reflowForDisplay(text)).toBe('The contractor shall encrypt personal data held on servers and removable media using AES-256 and keep the keys apart.');
    const ja = '通信経路は暗号化し、保存データも暗号化した上で、鍵は受託者の管理責任者が\n管理する。\n・年1回監査する。';
    expect(reflowForDisplay(ja).replace(/\s/g, '')).toBe(ja.replace(/\s/g, ''));
    expect(reflowForDisplay('一行だけ')).toBe('一行だけ');
  });
});
