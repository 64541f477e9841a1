/**
 * Detection read from round 20 (set 250, after its measurement): a material with no item number and no council header
 * whose own title is an item's (naming its act, 「…について（新規）」) and which has a security heading is an item.
 * Documents are our own, tiny and synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const doc = (title: string[], security = '5. 安全対策') => makeDoc([[
  '資料４',
  ...title.map((t, i) => (i === 0 ? `## ${t}` : t)),
  'のびのび町福祉課子育て支援係',
  '1. 登録の目的',
  '児童館の事故の記録を小型のシステムで一元化し、再発防止の検討に役立てる。',
  '2. 記録の方法',
  '館長がシステムに入力する。',
  security,
  '安全対策の実施状況は、次頁のチェックリストのとおりである。',
]]);

describe('an item’s own title with a security heading, no number, no council header (set 250)', () => {
  it('a title naming a recording, wrapped over two lines, 「…について（新規）」: a consultation', () => {
    const s = analyzeStructure(doc(['児童館利用者けが・事故記録システム（小型）に記録する個人情報の項目につ', 'いて（新規）']));
    expect(s.detection.isConsultation).toBe(true);
    expect(s.detection.signals).toContain('item_title+0.3');
  });
  it('a title naming no act stays below the bar', () => {
    const s = analyzeStructure(doc(['児童館の利用状況について']));
    expect(s.detection.isConsultation).toBe(false);
  });
  it('the same title without a security heading stays below the bar', () => {
    const s = analyzeStructure(doc(['児童館利用者けが・事故記録システムに記録する個人情報の項目について'], '5. スケジュール'));
    expect(s.detection.isConsultation).toBe(false);
  });
  it('a report on the item says so in its title and is not one', () => {
    const s = analyzeStructure(doc(['児童館利用者けが・事故記録システムに記録する個人情報の項目について（報告）']));
    expect(s.detection.isConsultation).toBe(false);
  });
});
