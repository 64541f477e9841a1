/** Question drafting: polite and specific, quotes with pages, one question per sentence, priority order. */
import { describe, expect, it } from 'vitest';
import { QUESTION_FORMS, SAFEGUARD_ASKS } from '../../lib/review/data/question-templates.ts';
import { VAGUE_RULES } from '../../lib/review/data/vague-rules.ts';
import { PARTIAL_COVERAGE_RULES } from '../../lib/review/data/partial-coverage.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { clauseQuote } from '../../lib/review/units.ts';
import { makeConsultation, makeDoc, unitOf } from './helpers.ts';

const POLITE_END = /(ください|でしょうか|ますか)。$/;

describe('templates', () => {
  it('every ask is polite (です・ます) and ends as a request or a question', () => {
    const asks = [
      ...Object.values(SAFEGUARD_ASKS).flatMap((a) => [a.missing, a.vague]),
      ...VAGUE_RULES.map((r) => r.ask),
      ...PARTIAL_COVERAGE_RULES.map((r) => r.ask),
    ];
    for (const a of asks) {
      expect(a).toMatch(POLITE_END);
      expect(a).not.toMatch(/(である|だ|せよ)。$/);
    }
  });
  it('an ask does not begin with a second 「…が、」 after 「…とありますが、」', () => {
    for (const r of VAGUE_RULES) expect(r.ask.split('。')[0]).not.toMatch(/が、/);
  });
  it('a missing safeguard question asks who / how / how often, not just whether', () => {
    for (const [id, a] of Object.entries(SAFEGUARD_ASKS)) {
      expect(a.missing, id).toMatch(/誰|どの|どう|いつ|何|範囲|方法|有無|理由|条件|か(を)?お示し/);
    }
  });
  it('the forms carry page and quote slots', () => {
    expect(QUESTION_FORMS.vague).toContain('{page}');
    expect(QUESTION_FORMS.vague).toContain('「{quote}」');
    expect(QUESTION_FORMS.partial).toContain('「{quote}」');
  });
});

describe('clause quote', () => {
  it('a short phrase is quoted with its clause', () => {
    const u = unitOf('(3) 個人情報の漏えい等の防止のため、十分なセキュリティ対策を講じるよう努める。');
    const i = u.key.indexOf('努める');
    expect(clauseQuote(u, i, i + 3)).toBe('十分なセキュリティ対策を講じるよう努める');
  });
  it('from the sentence start, the list marker is left out', () => {
    const u = unitOf('(2) 定期的に確認する。');
    const i = u.key.indexOf('定期的に');
    expect(clauseQuote(u, i, i + 4)).toBe('定期的に確認する');
  });
  it('a phrase long enough is quoted as it is', () => {
    const u = unitOf('受託者は、個人情報を適切に管理するものとする。');
    const i = u.key.indexOf('個人情報を適切に管理する');
    expect(clauseQuote(u, i, i + 12)).toBe('個人情報を適切に管理する');
  });
});

describe('drafted questions', () => {
  const doc = makeDoc([
    [
      '受診勧奨業務を委託する。健康診査の結果を扱う。',
      '第4 安全対策',
      '(1) 個人情報の漏えい等の防止のため、十分なセキュリティ対策を講じるよう努める。',
      '(2) パスワードを定期的に変更する。',
      '(3) 再委託は禁止する。',
      '第5 予定',
    ].join('\n'),
  ]);
  const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '第4 安全対策', page: 1, until: '第5 予定' }] });
  const r = reviewConsultation(c, doc);

  it('one question per quoted sentence: several phrases in one sentence are asked together', () => {
    const onFirst = r.questions.filter((q) => q.quote && q.quote.includes('十分なセキュリティ対策'));
    expect(onFirst).toHaveLength(1);
    expect(onFirst[0].text).toContain('また、');
    expect(onFirst[0].text).toMatch(/「[^」]*努める」について、/);
  });
  it('every question is polite, cites a page, and its quote is in the document', () => {
    for (const q of r.questions) {
      expect(q.text).toMatch(POLITE_END);
      expect(q.text).toMatch(/\d+ページ/);
      if (q.quote) expect(doc.pages[0].text).toContain(q.quote);
    }
  });
  it('no two questions share text or quote', () => {
    expect(new Set(r.questions.map((q) => q.text)).size).toBe(r.questions.length);
    const quotes = r.questions.map((q) => q.quote).filter((x) => x && !x.startsWith('第4'));
    expect(new Set(quotes).size).toBe(quotes.length);
  });
  it('missing safeguards come before vague ones, and the health modifier leads its question', () => {
    const kinds = r.questions.map((q) => (q.text.includes('記載が見当たりません') ? 'missing' : 'other'));
    expect(kinds.indexOf('other')).toBeGreaterThan(kinds.lastIndexOf('missing'));
    expect(r.questions.some((q) => q.text.startsWith('本件は感染症・健康情報を扱うため'))).toBe(true);
  });
  it('「漏えいを防ぐために」 states a purpose and is not taken as an unfounded claim', () => {
    const d = makeDoc(['第4 安全対策\n(1) 個人情報の漏えいを防ぐために暗号化機能付きUSBメモリを使用する。\n第5 予定']);
    const cc = makeConsultation(d, { types: ['outsourcing'], sections: [{ heading: '第4 安全対策', page: 1, until: '第5 予定' }] });
    expect(reviewConsultation(cc, d).vaguePhrases.some((v) => v.rule === 'zettai')).toBe(false);
  });
});
