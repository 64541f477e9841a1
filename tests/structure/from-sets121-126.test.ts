/**
 * Structure read from held-out sets 121–126 after their one measurement (session 14): an item that starts mid-page under
 * its town's name and number (set 126), a move of the system named only as
 * the occasion of another act, and an application taken in online named as the act. Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const item = (title: string, request: string, body: string) => [
  '諮問第１２号',
  `## ${title}`,
  '１ 諮問事項',
  request,
  '２ 概要',
  body,
  '３ 個人情報保護対策',
  '(1) 作業は市の執務室内で行い、記録媒体の持出しは行わない。',
];
const typesOf = (title: string, request: string, body = '事務の効率化を図る。') =>
  analyzeStructure(makeDoc([item(title, request, body)])).consultations[0].types;

describe('a move of the system', () => {
  it('as the item itself (「…システムのクラウドサービスへの移行について」): a system change beside the request\'s act', () => {
    expect(typesOf('住民記録システムのクラウドサービスへの移行について', '個人情報を取り扱う事務の委託')).toEqual(['outsourcing', 'system_change']);
  });
  it('as the occasion of another act (「…への移行に伴うデータ移行業務の委託について」): the act only', () => {
    expect(typesOf('基幹業務システムの標準準拠システムへの移行に伴うデータ移行業務の委託について', '個人情報を取り扱う事務の委託')).toEqual(['outsourcing']);
  });
});

describe('a recording in a system named in quotes', () => {
  it('「…を、…の「アレルギー対応管理システム」（新規・小型）に記録する」 under a title 「…情報の電子化について」: a recording only', () => {
    expect(typesOf('学校給食における食物アレルギー対応情報の電子化について', '食物アレルギー対応に関する情報を、給食センターの「アレルギー対応管理システム」（新規・小型）に記録する。')).toEqual(['computer_recording']);
  });
});

describe('a recording named in the ordinance\'s words', () => {
  it('「電子計算機処理に係る個人情報の記録（ＲＰＡの導入）」: a recording, not a system change', () => {
    expect(typesOf('ＲＰＡによる児童手当現況届等の入力処理について', '電子計算機処理に係る個人情報の記録（ＲＰＡの導入）', 'ＲＰＡを導入し、電子申請で受け付けたデータを自動で入力する。')).toEqual(['computer_recording']);
  });
});

describe('an application taken in online', () => {
  it('「…の申告の電子申請による受付について」 beside a recording request: also an external linkage', () => {
    expect(typesOf('原動機付自転車等の申告の電子申請による受付について', '電子計算組織への記録')).toEqual(['computer_recording', 'external_linkage']);
  });
  it('「…のオンライン申請の開始について」 with no act in the request: an external linkage', () => {
    expect(typesOf('り災証明書のオンライン申請の開始について', '下記のとおり意見を求める。')).toContain('external_linkage');
  });
  it('an online form only mentioned in the body does not make the title\'s recording a linkage', () => {
    expect(typesOf('予防接種記録のシステムへの記録について', '電子計算組織への記録', '申込みは窓口で受け付け、電子申請は行わない。')).toEqual(['computer_recording']);
  });
});

describe('an item that starts mid-page under its town\'s name and number', () => {
  const pages = (head: string) => [
    [
      '谷口市諮問第１５号',
      '## り災証明書のオンライン申請の開始について',
      '１ 諮問事項',
      '外部結合',
      '２ 個人情報の保護措置',
      '(1) 通信はＴＬＳ１．２以上で暗号化する。',
      ...Array.from({ length: 24 }, (_, i) => `(${i + 2}) 申請データは市の基幹系ネットワーク内のサーバに保存し、${i + 1}日ごとに点検する。`),
      head,
      '住家被害認定調査業務の委託について',
      '■委託の理由',
      '大規模な災害では、職員だけでは交付までに２か月以上を要するおそれがある。',
    ],
    ['■個人情報の保護措置', '① 委託契約書に個人情報取扱特記事項を添付する。', '② 再委託は禁止する。'],
  ];
  it('「谷口市諮問第１６号」 with its title below opens the item there', () => {
    const s = analyzeStructure(makeDoc(pages('谷口市諮問第１６号')));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第15号', 1, 1], ['諮問第16号', 1, 2]]);
  });
  it('a sentence that cites another item\'s number does not', () => {
    const s = analyzeStructure(makeDoc(pages('なお、本件は令和７年度の谷口市諮問第９号で承認を受けた事務である。')));
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第15号']);
  });
});
