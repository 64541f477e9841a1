import { describe, expect, it } from 'vitest';
import { reviewConsultation } from '../../lib/review/index.ts';
import { draftQuestions, pageRef } from '../../lib/review/questions.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

const PAGE = [
  '資料3',
  '5 個人情報保護対策',
  '(1) 委託契約書に個人情報取扱特記事項を添付する。',
  '(2) 受託者は、パスワードを定期的に変更する。',
  '(3) 書類は適切に管理する。',
  '- 2 -',
].join('\n');

function review(label: string | null = '2', types: Parameters<typeof makeConsultation>[1]['types'] = ['outsourcing']) {
  const doc = makeDoc([{ text: PAGE, label }]);
  const c = makeConsultation(doc, { types, sections: [{ heading: '5 個人情報保護対策', page: 1 }] });
  return { doc, r: reviewConsultation(c, doc) };
}

describe('questions', () => {
  it('are polite (です・ます) and cite the printed page and the quote in 「」', () => {
    const { r } = review();
    expect(r.questions.length).toBeGreaterThan(3);
    for (const q of r.questions) {
      expect(q.text).toMatch(/(ください|でしょうか|考えます)。$/);
      expect(q.text).toMatch(/2ページ/);
    }
    const pw = r.questions.find((q) => q.safeguard === 'authentication')!;
    expect(pw.text).toBe('2ページに「パスワードを定期的に変更する」とありますが、パスワード等は誰が管理し、どの間隔で変更するのか、また1つのIDを何人で共有するのかをお示しください。');
    expect(pw.page).toBe(1);
    expect(pw.quote).toBe('パスワードを定期的に変更する');
  });

  it('cite the PDF page when there is no printed label', () => {
    const { r } = review(null);
    expect(r.questions[0].text).toContain('PDFの1ページ');
    expect(pageRef(makeDoc([{ text: 'x', label: '資料3-2' }]), 1)).toBe('資料3-2');
  });

  it('ask about each missing safeguard once, naming the section, missing before vague', () => {
    const { r } = review();
    const missing = r.questions.filter((q) => q.text.includes('記載が見当たりません'));
    const ids = missing.map((q) => q.safeguard);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['subcontracting', 'vendor_oversight', 'access_control', 'incident_response']));
    expect(missing[0].text).toContain('2ページの「5 個人情報保護対策」には');
    const firstVague = r.questions.findIndex((q) => q.text.includes('とありますが'));
    const lastMissing = r.questions.map((q) => q.text.includes('記載が見当たりません')).lastIndexOf(true);
    expect(lastMissing).toBeLessThan(firstVague);
  });

  it('have no duplicates', () => {
    const { r } = review();
    expect(new Set(r.questions.map((q) => q.text)).size).toBe(r.questions.length);
  });

  it('put first the categories a modifier makes more important', () => {
    const doc = makeDoc(['5 保護措置\n(1) 再委託は禁止する。\n(2) マイナンバーを含むデータを扱う。']);
    const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 保護措置', page: 1 }] });
    const r = reviewConsultation(c, doc);
    expect(r.questions[0].safeguard).toBe('access_control');
    expect(r.questions[0].text).toContain('マイナンバー（特定個人情報）を扱うため');
  });

  it('render from issues with templates (one per issue)', () => {
    const doc = makeDoc([{ text: 'a', label: '7' }]);
    const qs = draftQuestions(
      [
        { kind: 'vague', id: 'staff_training', page: 1, quote: '研修を定期的に行う', priority: 200 },
        { kind: 'vague', id: 'staff_training', page: 1, quote: '研修を定期的に行う', priority: 200 },
        { kind: 'pia', id: null, page: 1, quote: 'リスク2：不正な提供が行われるリスク', priority: 250 },
      ],
      doc,
      [],
    );
    expect(qs.map((q) => q.text)).toEqual([
      '7ページの「リスク2：不正な提供が行われるリスク」について、評価書では［課題が残されている］とされています。残された課題の内容と、対応の予定（方法・時期）をお示しください。',
      '7ページに「研修を定期的に行う」とありますが、研修の時期・頻度と対象者、受講をどのように確認するのかをお示しください。',
    ]);
  });
});
