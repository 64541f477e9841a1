/**
 * Types read from round 24 (sets 271–276, after their measurement): a title that names what is given and a receiver who is
 * not a unit of the city is a provision; the title's own lines, joined to the request sentence under them, do not add the
 * system change the request does not ask about.
 */
import { describe, expect, it } from 'vitest';
import { firstConsultation } from '../fixtures/structure/build.ts';

const itemOf = firstConsultation;

describe('types read from round 24', () => {
  const provision = (title: string) =>
    itemOf([
      [
        `## ${title}（諮問第１３号）`,
        '■ 提供の目的',
        'ケアプランを作成する介護支援専門員が、利用者の心身の状況を正確に把握できるようにするため、認定結果等を提供します。',
        '■ 提供の根拠',
        '個人情報の保護に関する法律第６９条第２項第１号（本人の同意がある場合）',
        '■ 提供の方法',
        '① 窓口で介護支援専門員証の提示を受け、届出書に記載された担当者本人であることを確認したうえで交付します。',
      ],
    ]);
  it('「…結果等の介護支援専門員への提供について」 is a provision, not a use for another purpose', () => {
    expect(provision('要介護認定結果等の介護支援専門員への提供について').types).toEqual(['external_provision']);
  });
  it('a provision to a unit of the city is not read as one by this wording', () => {
    expect(provision('要介護認定結果等の高齢福祉課への提供について').types).not.toContain('external_provision');
  });

  const requestUnderTitle = (title: string) =>
    itemOf([
      [
        `## ${title}`,
        '諮問第３号 ひなん町保健福祉課',
        '本件は、個人情報を取り扱う業務の外部委託及び実施機関以外のものとの通信回線による結合について諮問するものです。',
        '１ 事業の目的',
        '大雨の際、避難情報を自動音声の電話とショートメッセージで一斉に届けます。',
        '２ 委託先と契約',
        '・委託契約には町の個人情報取扱特記事項を付け、再委託は町の書面による承諾がない限り禁止します。',
      ],
    ]);
  it('a title naming a system\'s introduction does not add a system change the request does not ask about', () => {
    expect(requestUnderTitle('避難行動要支援者への電話・ＳＭＳ一斉通報システムの導入について').types.sort()).toEqual(['external_linkage', 'outsourcing']);
  });
});
