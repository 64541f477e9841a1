/**
 * Structure read from held-out sets 127–132 after their one measurement (session 15). Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('an item page that cites other items in brackets', () => {
  const agenda = [
    '## 第２回個人情報保護審議会 次第',
    '３ 諮問事項',
    '(1) 諮問第１２号 データ連携基盤の構築について（資料１）',
    '(2) 諮問第１３号 ポイントアプリ運用業務の委託について（資料２）',
    '(3) 諮問第１４号 データ連携基盤に記録する個人情報の項目の追加について（資料３）',
  ];
  const item12 = (cite: string) => [
    '~ 資料１',
    '諮問第１２号',
    '## データ連携基盤の構築について',
    '第１ 諮問事項',
    '情報システムの導入及び実施機関以外のものとの通信回線による結合',
    '第２ 事業の概要',
    '市の行政サービスは分野ごとのシステムに分散しており、市民は手続のたびに同じ情報を入力する必要がある。',
    '分野ごとのシステムに分散しているデータを連携し、一つのＩＤで各サービスを利用できるようにする。',
    '基盤は、公募型プロポーザルにより選定した事業者が提供するクラウドサービス上に構築する。',
    '当該クラウドサービスは、ＩＳＭＡＰクラウドサービスリストに登録されたものとする。',
    '第３ 連携するサービス',
    '(1) 市民ポータル（手続案内、施設予約）',
    `(2) 星ヶ丘ポイントアプリ${cite}`,
    '(3) ＡＩオンデマンド交通「ほしまる号」の予約（諮問第１４号）',
    '(4) 防災情報の配信',
    '第４ 安全管理措置',
    '(1) 管理画面を操作できる者は、担当職員４名に限る。',
  ];
  const item13 = ['~ 資料２', '諮問第１３号', '## ポイントアプリ運用業務の委託について', '1. 諮問事項', '業務の外部委託', '2. 保護措置', '(1) 再委託は禁止する。'];
  it('「(2) 星ヶ丘ポイントアプリ（諮問第１３号）」 under its own bare number: the page opens item 12, not a list', () => {
    const s = analyzeStructure(makeDoc([agenda, item12('（諮問第１３号）'), item13]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第12号', 2, 2], ['諮問第13号', 3, 3]]);
  });
});
