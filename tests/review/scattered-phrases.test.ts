/**
 * An item with no named measures section (its measures scattered under its own headings; structure/security.ts step 4):
 * vague phrases in measure sentences outside the picked sections are read too (set 130, 「ごみ屋敷」 survey).
 */
import { describe, expect, it } from 'vitest';
import { reviewConsultation } from '../../lib/review/index.ts';
import { makeConsultation, makeDoc } from './helpers.ts';
import type { SectionRole } from '../../lib/structure/types.ts';

const text = [
  'Ⅰ 調査の目的',
  '市内の状況を把握し、支援につなげる仕組みを検討するため、必要な調査を行う。',
  'Ⅱ 調査の方法',
  '③ 高齢福祉課の情報との照合',
  '照合は同課の職員が同課の端末で行い、生活環境課には「あり」又は「なし」のみを回答する。',
  '名簿そのものは生活環境課に提供されない。照合に用いた一覧は、照合の終了後１か月以内にシュレッダーで廃棄する。',
  'Ⅳ 調査結果の活用',
  '④ 調査票は、必要な期間保存した後、適切に処理する。',
  'Ⅴ 今後の予定',
  '令和９年１月 外観調査',
].join('\n');

const phrases = (role: SectionRole) => {
  const doc = makeDoc([text]);
  const c = makeConsultation(doc, { types: ['indirect_collection'], sections: [{ heading: '③ 高齢福祉課の情報との照合', page: 1, until: 'Ⅳ 調査結果の活用', role }] });
  return reviewConsultation(c, doc).vaguePhrases.map((v) => v.quote);
};

describe('vague phrases of an item whose measures are scattered', () => {
  it('a measure sentence under another heading is read (「必要な期間保存した後、適切に処理する」)', () => {
    expect(phrases('scattered').some((q) => q.includes('適切に処理'))).toBe(true);
  });
  it('background text that states no measure is not (「必要な調査を行う」)', () => {
    expect(phrases('scattered').some((q) => q.includes('必要な調査'))).toBe(false);
  });
  it('under a named measures section, the rest of the item is still background', () => {
    expect(phrases('primary').some((q) => q.includes('適切に処理'))).toBe(false);
  });
});
