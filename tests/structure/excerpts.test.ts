/**
 * Attached excerpts of the item's contract documents (domain.md §5.2: 仕様書, 協定書, 契約書 — quoted with their own
 * clause numbers) and an unnumbered measures heading over indented numbered items (docs/heldout3.md "after set-3 fixes").
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const HEAD = ['## 公民館の指定管理者による個人情報の取扱いについて（諮問第41号）', '# 1 目的', '公民館の管理を指定管理者に行わせるため。'];

describe('an unnumbered heading printed like body text over indented numbered items', () => {
  it('is the primary section and ends at the next line back at its indent', () => {
    const doc = makeDoc([[...HEAD, '個人情報の保護措置', '> (1) 利用申込書は施錠できる書庫に保管する。', '> (2) 端末の操作は館長と職員2名に限る。', '管理運営協定書（案）抜粋', '> 第8条 乙は、個人情報の漏えいが生じたときは、直ちに甲に報告しなければならない。', '> 第9条 乙は、業務を再委託してはならない。']]);
    const secs = analyzeStructure(doc).consultations[0].securitySections;
    expect(secs.map((s) => [s.heading, s.role])).toEqual([['個人情報の保護措置', 'primary'], ['管理運営協定書（案）抜粋', 'attachment']]);
    expect(secs[0].text).not.toContain('第8条');
    expect(secs[1].text).toContain('再委託してはならない');
  });
  it('an excerpt that states no measures is not a section', () => {
    const doc = makeDoc([[...HEAD, '個人情報の保護措置', '> (1) 利用申込書は施錠できる書庫に保管する。', '管理運営協定書（案）抜粋', '> 第3条 指定期間は5年とする。', '> 第4条 開館時間は午前9時から午後9時までとする。']]);
    expect(analyzeStructure(doc).consultations[0].securitySections.map((s) => s.heading)).toEqual(['個人情報の保護措置']);
  });
});

describe('a 仕様書（抜粋） quoting its clause 「６．個人情報の保護」', () => {
  it('the clause is an attachment section although its numbering starts at 6', () => {
    const doc = makeDoc([
      [...HEAD, '# 2 保護措置', '・ データは暗号化して渡す。', '・ その他は別添仕様書のとおりとする。'],
      ['別添 仕様書（抜粋）', '６．個人情報の保護', '> (1) 受託者は、本業務を再委託してはならない。', '> (2) 業務完了後10日以内にデータを消去し、消去報告書を提出すること。', '７．納品', '> 成果物は市に納品すること。'],
    ]);
    const secs = analyzeStructure(doc).consultations[0].securitySections;
    expect(secs.map((s) => [s.heading, s.role, s.pageStart])).toEqual([['2 保護措置', 'primary', 1], ['６．個人情報の保護', 'attachment', 2]]);
    expect(secs[1].text).not.toContain('納品すること');
  });
});
