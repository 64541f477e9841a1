/**
 * Structure rules met in held-out set 11 (docs/heldout11.md), on tiny synthetic documents of our own: an attached 別表
 * that names the measures, a 仕様書 excerpt whose 「第８ 個人情報の取扱い」 holds them, linkage to another body's system
 * typed from a 「結合先」 label, a title 「…システムとの接続について」 or a sentence saying what the item legally is.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const first = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations[0];

describe('sections', () => {
  it('an attached 別表 whose title names the measures (「国システムの利用に当たっての措置」)', () => {
    const c = first([
      ['諮問第9号', '## 情報共有システムとの接続について', 'Ⅰ 諮問の趣旨', '国のシステムに町の端末を接続することについて意見を求める。', 'Ⅴ 情報の管理', '措置は別表のとおりとする。'],
      ['別表 国システムの利用に当たっての措置', '利用者 担当職員4名に限り登録する。', '端末 施錠できる相談室内に設置する。', '記録 利用記録簿に記入し、係長が毎週確認する。'],
    ]);
    expect(c.securitySections.map((x) => x.heading)).toContain('別表 国システムの利用に当たっての措置');
  });
  it('a 仕様書 excerpt: its 「第８ 個人情報の取扱い」 is the section, not the whole excerpt', () => {
    const c = first([
      ['諮問第42号', '## 届書審査補助業務の委託について', '１ 委託の内容', '届書の審査補助を事業者に委託する。'],
      ['業務委託仕様書（抜粋）', '第７ 業務の場所', '市役所本庁舎1階とする。', '第８ 個人情報の取扱い', '１ 受託者は従事者の名簿を業務開始の14日前までに市に提出する。', '２ 再委託は禁止する。', '３ 書類は施錠できる保管庫に保管する。'],
    ]);
    expect(c.securitySections.map((x) => x.heading)).toEqual(['第８ 個人情報の取扱い']);
  });
});

describe('external linkage', () => {
  it('from a 「結合先　…」 heading line with its value', () => {
    expect(first([['諮問第9号', '## 情報共有システムの利用について', 'Ⅲ 接続の概要', '１ 結合先 国システム（こども家庭庁）', '２ 接続方法 LGWANを経由して接続する。', 'Ⅳ 安全対策', '(1) 利用者は4名に限る。']]).types).toContain('external_linkage');
  });
  it('from a title 「…システムとの接続について」 when nothing else names the type', () => {
    expect(first([['諮問第9号', '## 要保護児童等に関する情報共有システムとの接続について', 'Ⅰ 背景', '転居した家庭の情報を引き継ぐ。', 'Ⅱ 安全対策', '(1) 利用者は4名に限る。']]).types).toEqual(['external_linkage']);
  });
  it('from a sentence saying what the item legally is (「…電子計算組織との結合に当たる」)', () => {
    const c = first([['諮問第3号', '## 預貯金等照会の電子化について', '【照会の概要】', '金融機関から回答を得ることは本人以外からの収集に当たり、サービスの利用は外部の電子計算組織との結合に当たる。', '【安全対策】', '(1) 利用者は保護係の職員3名に限る。']]);
    expect(c.types.slice().sort()).toEqual(['external_linkage', 'indirect_collection']);
  });
});
