import { describe, expect, it } from 'vitest';
import { markerOf } from '../../lib/structure/headings.ts';

describe('markerOf: numbering and bullet styles', () => {
  const cases: [string, string, number | null, string][] = [
    ['1 導入目的', 'num', 1, '導入目的'],
    ['5 個人情報保護対策', 'num', 5, '個人情報保護対策'],
    ['６. セキュリティ対策', 'numdot', 6, 'セキュリティ対策'],
    ['1． 諮問事項', 'numdot', 1, '諮問事項'],
    ['(1) 契約上の措置', 'paren', 1, '契約上の措置'],
    ['（５） 個人情報の取扱いに関する措置', 'paren', 5, '個人情報の取扱いに関する措置'],
    ['⑵ 委託先', 'paren', 2, '委託先'],
    ['ウ 受託者に管理責任者を置かせる。', 'kana', 3, '受託者に管理責任者を置かせる。'],
    ['(イ) 再委託の禁止', 'pkana', 2, '再委託の禁止'],
    ['③ 録画装置は施錠できるラックに収納する。', 'circled', 3, '録画装置は施錠できるラックに収納する。'],
    ['第1 諮問の趣旨', 'dai', 1, '諮問の趣旨'],
    ['第２ 委託の概要', 'dai', 2, '委託の概要'],
    ['第 5 個人情報の保護措置', 'dai', 5, '個人情報の保護措置'],
    ['第三 安全対策', 'dai', 3, '安全対策'],
    ['Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策', 'roman', 3, '特定個人情報ファイルの取扱いプロセスにおけるリスク対策'],
    ['1-2 夜間の運用監視', 'hyphen2', 2, '夜間の運用監視'],
    ['1-1-2 バックアップ', 'hyphen3', 2, 'バックアップ'],
    ['■ 個人情報の保護措置', 'sym:■', null, '個人情報の保護措置'],
    ['○ 諮問事項', 'sym:○', null, '諮問事項'],
    ['【情報セキュリティ対策】', 'bracket', null, '情報セキュリティ対策'],
    ['〔諮問第480号〕 予診票印字・送付業務委託', 'kikko', null, '諮問第480号 予診票印字・送付業務委託'],
  ];
  for (const [text, style, num, title] of cases) {
    it(`${text} → ${style}`, () => {
      const m = markerOf(text);
      expect(m).not.toBeNull();
      expect(m!.style).toBe(style);
      expect(m!.num).toBe(num);
      expect(m!.title).toBe(title);
    });
  }

  it('does not read quantities, dates or articles as section numbers', () => {
    expect(markerOf('4 名に限定する。')).toBeNull();
    expect(markerOf('30 日以内に報告する。')).toBeNull();
    expect(markerOf('2022年10月1日号')).toBeNull();
    expect(markerOf('第3回審議会')).toBeNull();
    expect(markerOf('第1条 受託者は、個人情報を適正に取り扱う。')!.style).toBe('article');
    expect(markerOf('本文の行です。')).toBeNull();
  });
});
