/**
 * Item heads met in held-out sets 43–44 after their measurement, on synthetic documents of our own: a measure's heading
 * that forbids an act is not the item's act, 「本人のほか…から収集すること」 is an indirect collection, a 件名 whose last
 * words wrap onto a line of their own, a title that names an act the request does not, and an online entry form.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const item = (lines: string[]) => analyzeStructure(makeDoc([lines])).consultations[0];

describe('item heads (sets 43–44)', () => {
  it('「ア 目的外の利用、複写及び第三者への提供の禁止」 under the measures does not type the item', () => {
    const c = item([
      '諮問第１２号',
      '## 申告書等のデータ入力業務の委託について',
      '第１ 委託の概要',
      '申告書の記載内容を入力し、電子データとして納品する。',
      '第３ 個人情報の保護のための措置',
      'ア 目的外の利用、複写及び第三者への提供の禁止',
      '受託者には特記事項を守らせる。',
    ]);
    expect(c.types).toEqual(['outsourcing']);
  });

  it('a request to collect 「本人のほか、…センターから」, and a 件名 that wraps 「…収集に」「ついて」', () => {
    const c = item([
      '諮 問 書',
      '下記のとおり諮問します。',
      '記',
      '１ 諮問番号',
      '諮問第５号',
      '２ 件名',
      '配食見守り事業における利用者情報の電子計算機への記録及び本人以外の者からの収集に',
      'ついて',
      '３ 諮問の内容',
      '（１）利用者台帳を、町の福祉総合システムへ記録する方法に改めること',
      '（２）利用者の緊急連絡先を、本人のほか、担当の介護支援専門員から収集すること',
    ]);
    expect(c.title).toBe('配食見守り事業における利用者情報の電子計算機への記録及び本人以外の者からの収集について');
    expect(c.types).toContain('indirect_collection');
  });

  it('a title that names a use for another purpose beside the provision the request speaks of', () => {
    const c = item(['諮問第１４号', '## 健診データの共同研究のための目的外利用及び提供について', '１ 諮問事項', '健診データを大学に提供すること', '２ 安全対策', 'データは暗号化して手渡す。']);
    expect(c.types).toEqual(['external_provision', 'purpose_external_use']);
  });

  it('an online entry form for an event', () => {
    const c = item(['諮問第３号', '## 健康マラソン大会の参加申込みのオンライン受付について', '１ 概要', '申込みを事業者の申込フォームで受け付ける。', '２ 安全対策', '通信はTLSで暗号化される。']);
    expect(c.types).toEqual(['external_linkage']);
  });
});

describe('an item that cites the previous one at the start of a sentence (set 45)', () => {
  it('「諮問第３号で作成する分析用データを…提供すること」 does not make the page a list of items', () => {
    const s = analyzeStructure(
      makeDoc([
        ['資料３', '諮問第３号', '## 健診データの分析への利用について', 'Ⅰ 諮問の内容', '健診結果を健康増進課が分析に利用すること（目的外利用）について、意見を求める。', 'Ⅳ 取扱いの方法', '分析は健康増進課の職員２名に限る。'],
        ['資料３', '諮問第４号', '## 健診データの大学への提供について', 'Ⅰ 諮問の内容', '諮問第３号で作成する分析用データを、大学に提供すること（外部提供）について、意見を求める。', 'Ⅳ 提供の方法', 'データは暗号化して手渡す。'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.types])).toEqual([
      ['諮問第3号', 1, ['purpose_external_use']],
      ['諮問第4号', 2, ['external_provision']],
    ]);
  });
});

describe('a title whose last words wrap onto a short line (set 45, and 18 older titles)', () => {
  it('「…登記情報の取得に」「ついて」 is one title; a number cut by the wrap is not part of it', () => {
    const a = item(['資料５', '## 空き家の所有者調査における課税情報の利用及び登記情報の取得に', '## ついて', '（諮問第２７号）', '【お諮りしたいこと】', '課税情報を空き家対策に利用すること（目的外利用）について、ご意見をお伺いします。']);
    expect(a.title).toBe('空き家の所有者調査における課税情報の利用及び登記情報の取得について');
    const b = item(['## 図書館のはがきの印刷・発送業務の委託について（諮問第９', '## 号）', '１ 委託の内容', '督促はがきの印刷を委託する。']);
    expect(b.title).toBe('図書館のはがきの印刷・発送業務の委託について');
  });
});

describe('a provision to a body named in the title, on the consent ground (set 11)', () => {
  it('「…の社会福祉協議会への提供について」 under 第69条第2項第1号 is a provision, not a use for another purpose', () => {
    const c = item(['資料３', '## 住民税の課税状況の市社会福祉協議会への提供について', '諮問第４４号 市民税課', '１ 提供先', '社会福祉法人市社会福祉協議会', '３ 提供の根拠', '個人情報の保護に関する法律第６９条第２項第１号（本人の同意があるとき）', '４ 提供の方法', '回答書は封筒に入れて手渡す。']);
    expect(c.types).toEqual(['external_provision']);
  });
  it('a research provision under 第4号 is still both', () => {
    const c = item(['資料４', '## 健診データの市立大学への提供について', '諮問第５号', '１ 根拠', '個人情報の保護に関する法律第６９条第２項第４号（学術研究の目的のために提供するとき）', '２ 提供の方法', 'データは暗号化して手渡す。']);
    expect(c.types).toEqual(['external_provision', 'purpose_external_use']);
  });
});

describe('a use for another purpose named in the law\'s long words (set 39)', () => {
  it('「（保有目的以外の目的のための利用）」 in the request, and 「…課税情報の利用について」 in a title', () => {
    expect(item(['諮問第５号', '## 空家等対策における課税情報の利用について', 'Ⅰ 諮問の趣旨', '税務課の課税情報を、まちづくり課が利用すること（保有目的以外の目的のための利用）について、意見を求める。', 'Ⅱ 安全対策', '閲覧は空家対策係の職員２名に限る。']).types).toEqual(['purpose_external_use']);
    expect(item(['諮問第５号', '## 空家等対策における課税情報の利用について', 'Ⅰ 背景', '空家が増えている。', 'Ⅱ 安全対策', '閲覧は空家対策係の職員２名に限る。']).types).toEqual(['purpose_external_use']);
  });
});
