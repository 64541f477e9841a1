/**
 * Structure read from held-out sets 79–84 after their one measurement (session 11): item types named in words the
 * patterns did not know, items whose act nothing names, a heading 「個人情報を保護するための措置」, and a form whose
 * left cell 「安全対策」 is printed as a line of its own beside its contents. Documents are our own, tiny and synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import type { TextDocument } from '../../lib/text/types.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const only = (doc: TextDocument) => {
  const s = analyzeStructure(doc);
  expect(s.consultations).toHaveLength(1);
  return s.consultations[0];
};

describe('types', () => {
  it('「本人以外のものからの個人情報の収集」 in the request is an indirect collection', () => {
    const c = only(makeDoc([[
      '## 諮問第１４号 ＡＩカメラを活用した人流計測業務の委託について',
      '# 第１ 諮問事項',
      '１ 個人情報を取り扱う業務の外部委託',
      '２ 本人以外のものからの個人情報の収集',
      '# 第２ 個人情報の保護措置',
      '(1) 画像は装置内で解析し、保存しない。',
    ]]));
    expect([...c.types].sort()).toEqual(['indirect_collection', 'outsourcing']);
  });

  it('a cloud service and the town\'s system 「とを結合する」 is a linkage', () => {
    const c = only(makeDoc([[
      '## 諮問第５号 母子健康手帳アプリの導入について',
      '# 【諮問の内容】',
      'アプリの運用を事業者に委託すること、及び事業者が提供するクラウドサービスと町の健康管理システムとを結合することについて、審議会の意見を求めるものである。',
      '# 【安全管理措置】',
      '１ 通信はＨＴＴＰＳにより暗号化する。',
    ]]));
    expect([...c.types].sort()).toEqual(['external_linkage', 'outsourcing']);
  });

  it('a title 「…のオンライン請求の導入について」 with nothing else is a linkage', () => {
    const c = only(makeDoc([[
      '## 住民票の写し等のオンライン請求の導入について（諮問第２６号）',
      '# ■ 導入の目的',
      'スマートフォンから請求と手数料の支払いができるようにする。',
      '# ■ 電子申請サービスについて',
      '通信はＴＬＳで暗号化される。',
    ]]));
    expect(c.types).toEqual(['external_linkage']);
  });

  it('data the city already records in its system is not a new recording', () => {
    const linkage = [
      '## 諮問第４２号 子育て応援アプリへの予防接種記録の連携について',
      '# １ 概要',
      '市の健康管理システムに記録している予防接種の履歴を、民間事業者のアプリに１日１回連携する。本件は、市の電子計算組織と実施機関以外の者の電子計算組織との結合に当たる。',
      '# ２ 安全対策',
      '(1) 通信はＴＬＳ１．２以上で暗号化する。',
    ];
    expect(only(makeDoc([linkage])).types).toEqual(['external_linkage']);
    // registering data in the city's system is one
    const recording = linkage.map((l) => l.replace('市の健康管理システムに記録している予防接種の履歴を、民間事業者のアプリに１日１回連携する。', '受け付けた申請の内容は市の健康管理システムに登録し、民間事業者のアプリに１日１回連携する。'));
    expect([...only(makeDoc([recording])).types].sort()).toEqual(['computer_recording', 'external_linkage']);
  });

  it('an item whose title and request name no act: the contractor and the linkage its text describes', () => {
    const sensor = only(makeDoc([[
      '## 諮問第６号 高齢者見守りセンサー事業の実施について',
      '# 第１ 事業の目的',
      '居室に人の動きを検知するセンサーを設置し、安否を確認する。',
      '# 第３ 事業の内容',
      '町が委託する事業者が、利用者の居室に人感センサーを設置する。',
      '# 第４ 個人情報の保護措置',
      '管理画面を見ることができるのは職員４名に限る。',
    ]]));
    expect(sensor.types).toEqual(['outsourcing']);
    const form = only(makeDoc([[
      '外部結合記録票',
      '令和８年度 山茶花町個人情報保護審議会 諮問第７号',
      '件名 町立保育所の登降園管理アプリの導入について（新規）',
      '結合の相手方 | 株式会社ひなたテックが運用するクラウドサーバー',
      '安全対策 | 通信はＴＬＳにより暗号化する。',
    ]]));
    expect(form.types).toEqual(['external_linkage']);
    // the form's 件名 row is the title, not the header line above it
    expect(form.title).toBe('町立保育所の登降園管理アプリの導入について（新規）');
    // an item that names no act anywhere stays 「その他」
    const none = only(makeDoc([[
      '## 諮問第８号 窓口の混雑状況の表示について',
      '# １ 目的',
      '窓口の待ち人数を庁舎の案内板に表示する。',
      '# ２ 安全対策',
      '(1) 表示するのは人数だけとし、氏名は表示しない。',
    ]]));
    expect(none.types).toEqual(['other']);
  });
});

describe('security sections', () => {
  it('「【個人情報を保護するための措置】」 heads the measures', () => {
    const c = only(makeDoc([[
      '## 【諮問第３号】予防接種予診票のデータ入力業務の委託について',
      '# 【委託の目的】',
      '入力業務を専門の事業者に委託する。',
      '# 【個人情報を保護するための措置】',
      '１ 契約上の義務',
      '> 契約書に特記事項を添付する。',
      '２ 再委託',
      '> 再委託は禁止します。',
      '３ 作業場所',
      '> 入力作業は分室で行い、分室は作業中以外は施錠する。',
      '４ 端末とアカウント',
      '> 従事者ごとにＩＤを発行し、ログインは静脈認証と組み合わせる。',
      '# 【委託の期間】',
      '令和９年４月から３年間',
    ]]));
    // as the item's primary section (not a handling section taken because its lines state measures)
    expect(c.securitySections.map((s) => [s.heading, s.role])).toEqual([['【個人情報を保護するための措置】', 'primary']]);
  });

  it('a form\'s left cell 「安全対策」 printed alone, with its contents beside it on the same baseline', () => {
    const doc = makeDoc([[
      '## 諮問第７号 登降園管理アプリの導入について',
      '通信回線 インターネット',
      '安全対策',
      '① 保護者の初回登録は、園が配布する招待用ＱＲコードにより行う。',
      '② 通信はＴＬＳにより暗号化する。',
      '利用開始予定 令和９年４月１日',
    ]]);
    const lines = doc.pages[0].lines;
    // the measures sit in the right-hand cell: the first on the label's baseline, the next below it
    lines[3] = { ...lines[3], x: 160, y: lines[2].y };
    lines[4] = { ...lines[4], x: 160, y: lines[2].y + 15 };
    lines[5] = { ...lines[5], y: lines[2].y + 30 };
    const c = only(doc);
    const sec = c.securitySections.find((s) => s.heading === '安全対策');
    expect(sec?.text).toContain('招待用ＱＲコード');
    expect(sec?.text).toContain('ＴＬＳ');
    expect(sec?.text).not.toContain('利用開始予定');
    // the same label with its contents on the lines below at the left margin, after a line that runs on, is body text
    const plain = makeDoc([[
      '## 諮問第７号 登降園管理アプリの導入について',
      '通信回線 インターネット',
      '安全対策',
      '① 保護者の初回登録は、園が配布する招待用ＱＲコードにより行う。',
    ]]);
    expect(only(plain).securitySections.map((s) => s.heading)).not.toContain('安全対策');
  });

  it('a checklist\'s numbered rows under a numbered heading do not end its section', () => {
    const c = only(makeDoc([[
      '## 諮問第１８号 特定保健指導業務の委託について',
      '３ 業務の概要',
      '面談はオンラインで行う。',
      '４ 個人情報保護対策チェックリスト',
      '「○」は対策を講じるもの、「×」は講じないものを示す。',
      'No. | 確認項目 | 対応 | 具体的な対策',
      '1 | 委託先は第三者認証を取得しているか | ○ | プライバシーマーク',
      '5 | 従事者の端末に認証を設けているか | ○ | 顔認証とパスワードでログインする',
      '6 | 通信は暗号化されているか | ○ | ＴＬＳ１．３で暗号化する',
      '11 | 事故発生時の報告体制を定めているか | ○ | ３日以内に書面で報告させる',
    ]]));
    const sec = c.securitySections.find((s) => s.heading === '４ 個人情報保護対策チェックリスト');
    expect(sec?.text).toContain('３日以内に書面で報告させる');
    // a numbered line that is not a table row still ends it
    const next = only(makeDoc([[
      '## 諮問第１８号 特定保健指導業務の委託について',
      '４ 個人情報保護対策',
      '(1) 通信はＴＬＳ１．３で暗号化する。',
      '５ 委託期間',
      '令和９年４月から３年間',
    ]]));
    expect(next.securitySections.find((s) => s.heading === '４ 個人情報保護対策')?.text).not.toContain('委託期間');
  });

  it('a numbered 「８ 安全対策」 whose body only points to the 別表 stays a section beside the 別表', () => {
    const c = only(makeDoc([
      [
        '## 感染症自宅療養者支援システムの導入について（諮問第９号）',
        '７ 諮問の理由',
        '情報システムを新たに導入することから、審議会の意見を求める。',
        '８ 安全対策',
        '別表のとおり',
      ],
      [
        '別表 支援管理システムの安全対策',
        '区分 | 項目 | 対策内容',
        '技術的対策 | 保存データ | データベースはＡＥＳ２５６方式で暗号化する。',
      ],
    ]));
    expect(c.securitySections.map((s) => s.heading)).toEqual(['８ 安全対策', '別表 支援管理システムの安全対策']);
  });
});
