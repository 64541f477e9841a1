/**
 * Structure read from held-out sets 139–150 after their one measurement (session 17). Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('measures scattered over the steps of one numbered section', () => {
  const item = (steps: string[]) => [
    '諮問第２１号',
    '## 住宅用火災警報器の訪問点検業務の委託について',
    '1. 諮問事項',
    '個人情報を取り扱う事務の委託',
    '2. 委託の理由',
    '高齢者世帯を訪問して点検を行うため、専門の事業者に委託する。',
    '3. 業務の内容',
    ...steps,
    '4. 委託期間',
    '令和９年４月１日から令和10年３月31日まで',
  ];
  const allSteps = [
    '(1) 訪問案内の送付',
    '宛名データは暗号化した電子媒体で受け渡し、受渡簿に記録する。',
    '受託者の作業場所は施錠できる部屋とし、入退室を記録する。',
    '(2) 訪問点検',
    '点検員には身分証を携帯させ、点検票は施錠できる鞄で持ち運ぶ。',
    '点検票を持ち出す際は持出簿に記録し、当日中に事務所の金庫に返却させる。',
    '(3) 結果の報告',
    '点検結果のデータはパスワードを設定して消防本部に送付し、受託者の手元のデータは消去して消去証明書を提出させる。',
    '点検票の原本は業務終了後に返却させ、複写を禁止する。',
  ];
  it('every step states measures: the section over them is the measures section, not each step', () => {
    const c = analyzeStructure(makeDoc([item(allSteps)])).consultations[0];
    expect(c.securitySections.map((s) => s.heading)).toEqual(['3. 業務の内容']);
  });
  it('one step of three states them: that step alone is the section, as before', () => {
    const steps = [
      '(1) 訪問案内の送付',
      '案内は市の封筒で郵送する。',
      '(2) 訪問点検',
      '点検は申込みのあった世帯に限る。',
      '(3) 結果の報告',
      '点検結果のデータはパスワードを設定して消防本部に送付し、受託者の手元のデータは消去して消去証明書を提出させる。',
      '点検票の原本は業務終了後に返却させ、複写を禁止する。',
      '作業場所は施錠できる部屋とし、入退室を記録する。',
    ];
    const c = analyzeStructure(makeDoc([item(steps)])).consultations[0];
    expect(c.securitySections.map((s) => s.heading)).toEqual(['(3) 結果の報告']);
  });
});

describe('a system named in the title, acts named in the sentence that asks', () => {
  const item = (request: string) => [
    '諮問第８号',
    '## おくやみコーナーの開設とおくやみ手続支援システムの導入について',
    'ご家族を亡くされた方の手続をひとつの窓口で案内するコーナーを開設します。',
    request,
    'Ⅰ 事業の概要',
    '① 担当職員がご遺族と一緒に必要な手続を確認し、申請書をまとめて作成します。',
    'Ⅱ おくやみ手続支援システム',
    '① システムは専用端末２台でのみ利用でき、利用できる職員は２名に限ります。',
  ];
  it('the acts of the request are the types, not a system change', () => {
    const c = analyzeStructure(
      makeDoc([item('開設にあたりシステムを導入するため、電子計算組織への記録及び個人情報の目的外利用について諮問します。')]),
    ).consultations[0];
    expect([...c.types].sort()).toEqual(['computer_recording', 'purpose_external_use']);
  });
  it('without such a sentence the title still makes it a system change', () => {
    const c = analyzeStructure(makeDoc([item('開設にあたり、申請書の作成を支援するシステムを導入します。')])).consultations[0];
    expect(c.types).toEqual(['system_change']);
  });
});

describe('the request in a table row labelled 「諮問事項」, beside the measures column of an A3 sheet', () => {
  const sheet = (label: string) => [
    '資料２（諮問第５号）',
    '## 個人情報取扱事務の概要',
    '事務の名称 | 町営墓地使用者台帳の電子化 | 安全管理措置',
    `${label} | 電子計算組織への記録（墓地使用者台帳システムの新設） | ① 台帳システムを利用できるのは職員３名に限る。`,
    '事務の目的 | 区画ごとの使用者と承継の経過を窓口ですぐに確認できるようにする。 | ② 利用者ごとにＩＤを付与する。',
  ];
  it('is read: the item records in a computer', () => {
    const c = analyzeStructure(makeDoc([sheet('諮問事項')])).consultations[0];
    expect(c.types).toEqual(['computer_recording']);
  });
  it('not from a row with another label', () => {
    const c = analyzeStructure(makeDoc([sheet('記録の方法')])).consultations[0];
    expect(c.types).not.toContain('computer_recording');
  });
});

describe('a 諮問書 listing its enclosures (「３ 添付資料」 over 「別紙１ …」「別紙２ …」)', () => {
  const doc = () =>
    makeDoc([
      [
        '## 諮 問 書（諮問第５号）',
        '１ 諮問事項',
        '申請書作成支援システム（書かない窓口）の導入について',
        '２ 添付資料',
        '> 別紙１ 事業概要',
        '> 別紙２ 個人情報の保護対策',
        '（担当）住民課 住民窓口係',
      ],
      ['別紙１', '## 事業概要', '1. 事業の概要', '来庁者の記入の負担をなくし、窓口の滞在時間を短縮する。'],
      [
        '別紙２',
        '## 個人情報の保護対策',
        '1. 管理的対策',
        '(1) システムを利用できる者は、住民課の職員１４名に限る。',
        '(2) 利用者は職員証（ＩＣカード）とパスワードによりログインする。',
        '(3) ログは１年間保存し、毎月確認する。',
      ],
    ]);
  it('the list names the attachments; the measures section is the real one on its own page', () => {
    const c = analyzeStructure(doc()).consultations[0];
    expect(c.securitySections.map((s) => [s.heading, s.pageStart])).toEqual([['個人情報の保護対策', 3]]);
  });
});

describe('a numbered section whose short steps each give one rule (「4. 運用の方法」 (1)…(5))', () => {
  const item = (title: string) => [
    '諮問第１７号',
    '## 公害苦情相談記録システムへの個人情報の記録について',
    '1. 諮問の内容',
    '公害苦情の相談記録をシステムに記録することについて',
    '2. 現状と課題',
    '相談の内容は手書きの相談票に記録しており、経過が引き継がれにくい。',
    title,
    '(1) 利用する職員',
    'システムを閲覧し、入力できるのは、環境保全係の職員５名と係長に限る。他の係の職員には権限を付与しない。',
    '(2) 相談票の取扱い',
    '紙の相談票は１か月以内にシュレッダーで廃棄する。それまでの間は鍵付きキャビネットで保管する。',
    '(3) 記録の保存',
    '相談の記録は５年間保存し、保存期間が満了した年度末に削除する。',
    '(4) 利用の履歴',
    'システムでは閲覧と更新の履歴が自動的に記録される。',
    '(5) 発生源事業者への対応',
    '相談者の氏名や連絡先を事業者に伝えない。',
    '5. スケジュール',
    '令和９年４月 運用開始',
  ];
  it('is the measures section as a whole', () => {
    const c = analyzeStructure(makeDoc([item('4. 運用の方法')])).consultations[0];
    expect(c.securitySections.map((s) => s.heading)).toEqual(['4. 運用の方法']);
  });
  it('not when the section is the item itself (「第４ 目的外利用の内容（諮問第１７号）」)', () => {
    const c = analyzeStructure(makeDoc([item('4. 目的外利用の内容（諮問第１７号）')])).consultations[0];
    expect(c.securitySections.map((s) => s.heading)).not.toContain('4. 目的外利用の内容（諮問第１７号）');
  });
});
