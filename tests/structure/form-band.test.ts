/**
 * A form table whose measures sit under a band row spanning the table (「個人情報の保護措置」 in a 外部委託記録票,
 * domain.md §5.1–5.2), and check boxes (■ ticked / □ not) read by the review (docs/heldout3.md "after set-3 fixes").
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { withoutUnticked } from '../../lib/review/plain.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const BAND_FORM = [
  [
    '## 外部委託記録票',
    '諮問番号 | 諮問第31号',
    '件名 | 介護用品支給事務の外部委託について',
    '委託の内容 | 申請書の受付と支給記録の入力',
    ' | 個人情報の保護措置',
    '契約 | ■秘密保持 ■個人情報取扱特記事項の添付 □再委託の禁止',
    '監督 | □実地調査 □定期報告',
    '安全対策 | ■担当者ごとのＩＤとパスワード □データセンターは国内',
    '備考 | 令和９年度から３年間',
  ],
];

describe('a band row over the measure rows of a form', () => {
  it('is the section, from the band to the remarks row; the rows under it are not sections of their own', () => {
    const c = analyzeStructure(makeDoc(BAND_FORM)).consultations[0];
    expect(c.securitySections.map((s) => [s.heading, s.role])).toEqual([['個人情報の保護措置', 'form_row']]);
    expect(c.securitySections[0].text).toContain('実地調査');
    expect(c.securitySections[0].text).not.toContain('令和９年度');
  });
  it('a band row that names something else opens nothing', () => {
    const doc = makeDoc([BAND_FORM[0].map((l) => (l === ' | 個人情報の保護措置' ? ' | 委託の概要' : l))]);
    expect(analyzeStructure(doc).consultations[0].securitySections.map((s) => s.heading)).not.toContain('委託の概要');
  });
});

describe('check boxes: □ is not a statement', () => {
  it('unticked items are blanked, ticked ones kept, same length', () => {
    const k = '監督■作業報告書□実地調査□定期報告';
    const b = withoutUnticked(k);
    expect(b.length).toBe(k.length);
    expect(b).toContain('■作業報告書');
    expect(b).not.toContain('実地調査');
  });
  it('a lone □ without any ■ stays a bullet', () => {
    expect(withoutUnticked('□再委託は禁止する。')).toBe('□再委託は禁止する。');
    expect(withoutUnticked('再委託□書面で承認を得た場合に限る。')).toBe('再委託□書面で承認を得た場合に限る。');
  });
  it('the review reads only ticked boxes', () => {
    const doc = makeDoc(BAND_FORM);
    const c = analyzeStructure(doc).consultations[0];
    const st = (id: string) => reviewConsultation(c, doc, { expectations: 'full' }).safeguards.find((s) => s.id === id)?.status;
    expect(st('authentication')).toBe('present');
    expect(st('outsourcing_contract')).toBe('present');
    expect(st('vendor_oversight')).toBe('missing');
    expect(st('data_location')).not.toBe('present');
  });
});
