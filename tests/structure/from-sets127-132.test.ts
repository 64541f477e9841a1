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
  [...analyzeStructure(makeDoc([item(title, request, body)])).consultations[0].types].sort();

describe('types in the request\'s words (sets 127–132)', () => {
  it('「…の電子計算組織と通信回線により結合すること」: an external linkage beside the outsourcing', () => {
    expect(typesOf('市税等のコンビニ収納の導入について', '市税等の収納事務を収納代行事業者に委託すること及び収納代行事業者の電子計算組織と通信回線により結合すること')).toEqual(['external_linkage', 'outsourcing']);
  });
  it('「照会業務の一部を…に委託し、同事業者の電子計算組織と町の端末を結合する」: both acts', () => {
    expect(typesOf('預貯金等照会の電子化について', '照会業務の一部をサービス提供事業者に委託し、同事業者の電子計算組織と町の端末を結合することについて意見を求める。')).toEqual(['external_linkage', 'outsourcing']);
  });
  it('「…を浄化槽台帳システムに記録すること及び同システムを導入すること」: a recording and a system change', () => {
    expect(typesOf('浄化槽台帳のシステム化について', '浄化槽の設置者に関する個人情報を浄化槽台帳システムに記録すること及び同システムを導入すること')).toEqual(['computer_recording', 'system_change']);
  });
  it('a defined short name inside the sentence (「…連合会（以下「国保連」という。）に提供すること」) does not hide the provision', () => {
    expect(typesOf('受給者情報の提供について', '受給者情報を県国民健康保険団体連合会（以下「国保連」という。）に提供すること。')).toEqual(['external_provision']);
  });
  it('a title 「…システムへの記録について」 is a recording', () => {
    expect(typesOf('ごみ集積所管理者情報の清掃管理システムへの記録について', '下記のとおり意見を求める。')).toEqual(['computer_recording']);
  });
  it('a title 「…システムへの記録及び県…システムとの結合について」 names both acts', () => {
    expect(typesOf('障害者手帳交付台帳システムへの記録及び県障害者手帳システムとの結合について', '下記のとおり意見を求める。')).toEqual(['computer_recording', 'external_linkage']);
  });
  it('data 「…オンライン申請で受け付けた」 recorded in the city\'s system is a recording, not a linkage', () => {
    expect(typesOf('保育システムへのオンライン申請データの記録について', '諮問第８号のオンライン申請で受け付けた申請データを保育システムに記録するため、電子計算組織への記録について意見を求める。')).toEqual(['computer_recording']);
  });
  it('no act in the request: a sentence that links the systems in the law\'s words names the acts (「…に委託し、…の電子計算組織と町の端末を通信回線で結合する。」)', () => {
    expect(typesOf('町税等の口座振替Web受付サービスの導入について', '下記のとおり。', 'サービスは決済代行事業者が提供するもので、受付業務の一部を同事業者に委託し、あわせて同事業者の電子計算組織と町の端末を通信回線で結合する。')).toEqual(['external_linkage', 'outsourcing']);
  });
  it('a title 「債権管理システム（クラウド型）の導入について」 with a note in brackets is a system change (not the outsourcing of the data move)', () => {
    expect(typesOf('債権管理システム（クラウド型）の導入について', '下記のとおり。', '各課の台帳からの初期データ移行は事業者に委託する。委託先には特記事項を遵守させる。')).toEqual(['system_change']);
  });
});

describe('the request read where it is printed', () => {
  it('「諮問事項」 as a plain line with the request under it', () => {
    const s = analyzeStructure(makeDoc([[
      '諮問第９号',
      '## 電子書籍貸出サービス（市電子図書館）の導入について',
      '諮問事項',
      '実施機関以外のものとの通信回線による結合（電子書籍事業者のクラウドサービスと図書館システムの結合）',
      '１ 導入の目的',
      '図書館に来館することが難しい方にも図書館サービスを届ける。',
      '２ 個人情報保護対策',
      '(1) 通信はＴＬＳで暗号化する。',
    ]]));
    expect(s.consultations[0].types).toEqual(['external_linkage']);
  });
  it('a 諮問書 whose 「記」 heads the request with the number alone (「【諮問第２号】」)', () => {
    const s = analyzeStructure(makeDoc([[
      '春日町個人情報保護審議会 会長 様',
      '## 出産・子育て応援給付金の電子申請受付及び面談記録の管理について（諮問）',
      '春日町個人情報保護審議会条例第２条第２項の規定により、次のとおり諮問します。',
      '記',
      '# 【諮問第２号】',
      '給付金の申請を電子申請サービスで受け付けること、及び面談記録を同サービスに記録することについて',
      '# 【事業の概要】',
      '町では、妊娠届出時と出生届出後の２回、保健師が面談を行っている。',
      '# 【個人情報の保護措置】',
      '(1) 通信はＴＬＳで暗号化する。',
    ]]));
    expect([...s.consultations[0].types].sort()).toEqual(['computer_recording', 'external_linkage']);
  });
});

describe('a recording in another body\'s platform (set 131)', () => {
  it('「…受給者情報を、国が運用する…連携基盤に登録し、…と通信回線により結合すること」: a recording and a linkage', () => {
    expect(typesOf('医療費受給者証の電子化について', '子ども医療費助成の受給者情報を、国が運用する医療費助成情報連携基盤（以下「連携基盤」という。）に登録し、市の電子計算組織と連携基盤とを通信回線により結合すること。')).toEqual(['computer_recording', 'external_linkage']);
  });
});

describe('two column headings on one baseline (an A3 sheet, set 131 p02)', () => {
  it('「１ 諮問事項　４ 対象者」 read as one line: the request under it is still read', () => {
    const s = analyzeStructure(makeDoc([[
      '資料２－１',
      '紅葉町個人情報保護審議会 諮問第５号',
      '## 重度心身障害者医療費助成の現物給付化について',
      '１ 諮問事項　　　　　　　　　　４ 対象者',
      '(1) 受給者情報を県国民健康保険団体連合会（以下「国保連」という。）に提供すること。',
      '(2) 医療機関から請求される助成額の審査及び支払の事務を国保連に委託すること。',
      '２ 背景・目的',
      '窓口での立替払いをなくす。',
      '３ 個人情報の保護措置',
      '(1) 提供は専用回線で行い、ＴＬＳで暗号化する。',
    ]]));
    expect([...s.consultations[0].types].sort()).toEqual(['external_provision', 'outsourcing']);
  });
});
