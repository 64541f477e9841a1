/**
 * A provision named by its receiver (round 12, sets 202 and 204): a bank or a company the information goes to makes the
 * item a provision, and the consent (法第69条第2項第1号) it relies on does not make it a use for another purpose.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const first = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations[0];

describe('a provision named by its receiver', () => {
  it('「金融機関への個人情報の提供について」 is a provision', () => {
    const c = first([['諮問第７号', '１ 諮問事項', '中小企業制度融資のあっせんに伴う金融機関への個人情報の提供について', '２ 提供の根拠', '本人の同意があるときの提供（個人情報の保護に関する法律第６９条第２項第１号）として行います。', '３ 安全対策', '提供は紙で行い、受領書を徴する。']]);
    expect(c.types).toEqual(['external_provision']);
  });
  it('「受入れ企業への情報提供について」 is a provision', () => {
    const c = first([['諮問第１５号', '## 技能実習生等の受入れ企業への情報提供について（変更）', '■ 提供の根拠', '本人の同意があるときの提供（個人情報の保護に関する法律第６９条第２項第１号）として行います。', '■ 提供先での取扱い', '提供先とは覚書を交わす。']]);
    expect(c.types).toEqual(['external_provision']);
  });
  it('a use by the city itself under the same ground stays a use for another purpose', () => {
    const c = first([['諮問第８号', '## 企業訪問の記録の活用について', '■ 根拠', '本人の同意があるときの利用（個人情報の保護に関する法律第６９条第２項第１号）として行います。', '■ 安全対策', '記録は施錠できる書庫に保管する。']]);
    expect(c.types).toEqual(['purpose_external_use']);
  });
});
