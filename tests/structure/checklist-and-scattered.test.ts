/**
 * A checklist of the measures (「個人情報の取扱いに関するチェックリスト」) ticks off measures the item states elsewhere: when it is
 * the only section named as the measures, the item's own sections that state measures are still found, two of them at least (set 276 p04:
 * 「４ 通報の流れ」「５ 委託先と契約」「６ 運用」; one such section beside a checklist is most often the item's outline). An attached 特記事項 is the measures themselves and keeps that search off.
 */
import { describe, expect, it } from 'vitest';
import { firstConsultation } from '../fixtures/structure/build.ts';

const body = [
  '## 避難行動要支援者への電話一斉通報システムの導入について',
  '諮問第３号',
  '本件は、個人情報を取り扱う業務の外部委託について諮問するものです。',
  '# １ 事業の目的',
  '大雨の際、避難情報を自動音声の電話とＳＭＳで一斉に届けます。',
  '# ２ 取り扱う情報',
  '氏名、電話番号、居住地区。支援区分及び家族構成は登録しません。',
  '# ３ 通報の流れ',
  '・登録データは、暗号化された管理画面から町職員がアップロードします。',
  '・管理画面を利用するのは保健福祉課の職員３名に限り、ＩＤとパスワードで利用します。',
  '# ４ 委託先と契約',
  '・委託契約には町の個人情報取扱特記事項を付け、再委託は町の書面による承諾がない限り禁止します。',
  '・契約終了時には、受託者に登録データを消去させ、消去証明書を提出させます。',
];
const headings = (pages: string[][]) => firstConsultation(pages).securitySections.map((s) => s.heading);

describe('a checklist as the only named section', () => {
  it('the item\'s sections that state measures are found beside it', () => {
    const pages = [body, ['## 個人情報の取扱いに関するチェックリスト', '1 | 利用者を限定しているか | ○ | 職員３名に限る', '2 | 再委託を制限しているか | ○ | 書面による承諾']];
    const found = headings(pages);
    expect(found).toContain('３ 通報の流れ');
    expect(found).toContain('４ 委託先と契約');
    expect(found.some((h) => h.includes('チェックリスト'))).toBe(true);
    // a section that describes the item is not taken
    expect(found).not.toContain('１ 事業の目的');
  });

  it('an attached 特記事項 is the measures themselves: the body sections are not searched', () => {
    const pages = [body, ['## 別紙 個人情報取扱特記事項', '第１条 受託者は、個人情報を適正に取り扱わなければならない。', '第２条 受託者は、再委託をしてはならない。']];
    const found = headings(pages);
    expect(found).not.toContain('３ 通報の流れ');
    expect(found).not.toContain('４ 委託先と契約');
  });

  it('a numbered checklist is the item\'s own section of the measures: the body sections are not searched (set 179)', () => {
    const pages = [[...body, '# ５ 個人情報保護対策チェックリスト', '1 | 利用者を限定しているか | ○ | 職員３名に限る', '2 | 再委託を制限しているか | ○ | 書面による承諾']];
    const found = headings(pages);
    expect(found).toContain('５ 個人情報保護対策チェックリスト');
    expect(found).not.toContain('３ 通報の流れ');
  });

  it('one section stating measures beside a checklist is not taken', () => {
    const pages = [body.slice(0, -3), ['## 個人情報の取扱いに関するチェックリスト', '1 | 利用者を限定しているか | ○ | 職員３名に限る']];
    expect(headings(pages)).not.toContain('３ 通報の流れ');
  });
});
