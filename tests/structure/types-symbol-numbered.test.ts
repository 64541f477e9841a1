/**
 * Set 220 (after its measurement): headings printed as a symbol and a number together (「■５ 諮問事項」) are numbered
 * headings whose title is the words after the number, so the request section 「諮問事項」 is read for the item's types
 * (before, the title kept the number, 「5 諮問事項」, and the request heading was not recognised).
 */
import { describe, expect, it } from 'vitest';
import { markerOf } from '../../lib/structure/headings.ts';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('a symbol and a number as one heading marker', () => {
  it('「■５ 諮問事項」 is heading 5 titled 諮問事項', () => {
    const m = markerOf('■５ 諮問事項');
    expect(m?.num).toBe(5);
    expect(m?.title).toBe('諮問事項');
    expect(m?.style).toBe('symnum:■');
    expect(markerOf('◆１０ 委員からの事前質問')?.title).toBe('委員からの事前質問');
  });
  it('a quantity after the symbol stays a plain bullet', () => {
    const m = markerOf('■ １年間保存する。');
    expect(m?.style).toBe('sym:■');
    expect(m?.num).toBeNull();
    expect(markerOf('■ 諮問事項')?.style).toBe('sym:■');
  });
  it('the request under 「■５ 諮問事項」 gives the item its types', () => {
    const c = analyzeStructure(makeDoc([[
      '## 【諮問第７号】航空写真を用いた家屋異動判読へのＡＩ解析サービスの導入について',
      '■１ 導入の目的',
      'ＡＩによる画像比較で異動の候補を抽出し、職員の現地確認の精度を高める。',
      '■２ 処理の概要',
      '航空写真と家屋の位置データを、クラウド上のＡＩ解析サービスに送る。',
      '■３ 諮問事項',
      '個人情報の処理に係る情報システムの導入及び市の機関以外のものとの通信回線による結合',
      '■４ 安全対策',
      '① 操作ログは１年間保存し、係長が毎月点検する。',
      '② 解析エンジンの保守を開発元に再委託するときは、市の書面による承認を得た場合に限る。',
      '③ 市のデータをＡＩの学習その他の目的に利用し、又は第三者に提供することを禁止する。',
    ]])).consultations[0];
    expect(c.types).toEqual(['system_change', 'external_linkage']);
  });
});
