import { describe, expect, it } from 'vitest';
import { SAFEGUARD_IDS, type SafeguardId } from '../../lib/analysis/schema.ts';
import { SAFEGUARDS } from '../../lib/review/data/safeguards.ts';
import { mentionsInUnit } from '../../lib/review/detect.ts';
import { unitOf } from './helpers.ts';

const found = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));

/**
 * Per category: sentences that show it (pos), sentences that must not count as it (neg), and negated
 * sentences with the expected outcome (a prohibition still shows a rule; 「ログは取得しない」 does not).
 */
const CASES: Record<SafeguardId, { pos: string[]; neg: string[]; negated?: [string, boolean][] }> = {
  purpose_necessity: {
    pos: ['(5) 取得した情報は、本給付金の支給事務以外には利用しない。', '職員に対し、業務目的以外での照会を禁止している。'],
    neg: ['本事業の目的は、子育て世帯の負担軽減である。'],
  },
  data_minimization: {
    pos: [
      '(1) 提供を受ける情報は、均等割の課税・非課税の別に限定し、所得金額等の詳細な情報は取得しない。', '児童の個人情報は登録せず、年齢別の児童数のみを取り扱う。', '業務に必要な最小限の項目に限定して抽出する。',
      '撮影範囲は駐輪場内に限り、近隣の住宅が映り込まないようカメラの向きを調整する。',
    ],
    // 項目の欄そのもの（見出し）は文の照合ではなく descriptive-sections.ts で読む
    neg: ['共有フォルダにアクセスできる職員は、給付担当職員4名に限定する。', '個人情報の項目 氏名、住所、電話番号等', 'カメラで出入口を撮影する。'],
    negated: [['氏名以外の情報は取得しない。', true]],
  },
  subject_scope: {
    // 人数を添えて対象の人を示す文も対象者の記載（domain.md §2.3 対象者数）
    pos: ['対象者は市内に住所を有する65歳以上の者に限る。', '対象者 国民健康保険の被保険者（約4万5千人）'],
    neg: ['作業は業務に携わる職員（2名）が行う。', '対象者の範囲は今後検討する予定である。'],
  },
  legal_basis: {
    pos: ['本件は個人情報保護条例第10条第2項第4号に該当する。', '法令上の根拠：番号法第7条（指定及び通知）', '地方公共団体情報システムの標準化に関する法律に基づき、標準準拠システムに移行する。'],
    neg: ['架空市個人情報保護条例第13条第2項の規定により、審議会の意見を求める。', 'あさぎり市個人情報の保護に関する法律施行条例第８条の規定に基づき、次の事項について貴審議会の意見を求めます。', '市のセキュリティポリシーに基づき管理する。'],
  },
  access_control: {
    pos: ['共有フォルダにアクセスできる職員は、給付担当職員4名に限定する。', '利用者ごとに権限を設定し、担当学級の情報のみ閲覧できる。', 'モニターは来館者から見えない位置に設置する。'],
    neg: ['委託期間は契約締結日から令和5年3月31日までとする。'],
  },
  authentication: {
    pos: [
      'ID及びパスワードにより操作できる者を限定する。', '生体認証とパスワードを組み合わせた二要素認証によりログインする。',
      '受付システムの利用者ＩＤはオペレーターごとに付与し、共用しない。', '端末は作業者ごとに付与したＩＤで利用する。',
      '従事者ごとにパスワードを設定したパソコンで管理する。',
    ],
    neg: [
      'ダウンロードする場合はパスワード付きZIPファイルとする。', 'サーバ室は生体認証による入退室管理を行う。',
      // 権限を設定するための ID はアクセス制限の文; ファイルに付けるパスワードは暗号化の文
      'システムの利用者ごとにIDを付与し、担当業務に応じて閲覧・更新の権限を設定する。',
      '抽出データはパスワードを設定した暗号化ファイルとして引き渡す。',
    ],
    negated: [['パスワードは設定しない。', false]],
  },
  encryption_transit: {
    pos: ['通信はTLS1.2以上で暗号化する。', 'インターネットを経由する通信は暗号化する。'],
    neg: ['データベースはAES256方式により暗号化して保存する。'],
    negated: [['庁内の通信は暗号化しない。', false]],
  },
  encryption_rest: {
    // a medium with built-in encryption keeps what is written on it encrypted (session 10)
    pos: ['データベース及びバックアップデータは、AES256方式により暗号化して保存する。', '保存データについては必要な暗号化措置を講じる。', 'データは暗号化機能付きUSBメモリに格納して手渡す。'],
    neg: ['データはUSBメモリに格納して手渡す。', '通信はTLSにより暗号化する。'],
    negated: [['保存するデータの暗号化は行わない。', false]],
  },
  network_separation: {
    pos: ['防犯カメラは、区のネットワーク及びインターネットとは接続しない独立した構成とする。', '庁内からの接続はLGWAN-ASPを経由する。', 'Webサーバは非武装地帯（DMZ）に配置し、ファイアウォールで遮断する。'],
    neg: ['抽出データは庁内ネットワーク上の共有フォルダに格納して受け渡す。'],
    negated: [['端末はインターネットに接続しない。', true]],
  },
  remote_maintenance: {
    pos: ['受託者はリモート保守により障害対応を行う。'],
    neg: ['保守は受託者の技術者が来庁して行う。'],
  },
  logging_audit_trail: {
    pos: ['操作ログを取得し、5年間保存する。', '受渡しの日時、件数及び担当者を受渡記録簿に記録する。', '配信履歴を月1回確認し、誤配信の有無を点検する。'],
    neg: ['ID及びパスワードでログインする。'],
    negated: [['アクセスログは取得しない。', false]],
  },
  data_location: {
    pos: ['データは日本国内のデータセンターにのみ保存する。', 'サーバはセキュリティが確保された場所に設置する。'],
    neg: ['データは日次でバックアップを取得する。'],
  },
  vendor_certification: {
    pos: ['受託者はプライバシーマーク又はISO/IEC 27001の認証を取得している事業者とする。'],
    neg: ['受託者は自治体の業務を受託した実績を有する。'],
  },
  retention_deletion: {
    pos: ['契約終了時は全データを返還させた上で消去させ、データ消去証明書により確認する。', '録画データの保存期間は14日間とし、期間経過後は自動的に上書き消去する。', '返却済みの貸出履歴は保持しない。'],
    neg: ['委託期間は令和5年3月31日までとする。'],
    negated: [['業務終了後はデータを保有しない。', true]],
  },
  outsourcing_contract: {
    pos: ['委託契約書に個人情報取扱特記事項を添付し、秘密保持を義務付ける。', '受託者には、次の措置を講じることを契約の条件とする。'],
    neg: ['契約書データは文書規程に基づき10年間保存する。'],
    negated: [['特記事項は添付しない。', false]],
  },
  subcontracting: {
    // 特記事項の定型「第三者に委託してはならない」も再委託の制限
    pos: ['再委託は禁止する。', '再委託を行う場合は、事前に書面で承諾を得る。', '乙は、甲の書面による承諾を得た場合を除き、個人情報を取り扱う業務を第三者に委託してはならない。'],
    neg: ['業務の一部を委託する。', '入力作業を専門事業者に委託する。'],
    negated: [['再委託は行わない。', true], ['第三者に委託しない。', true]],
  },
  vendor_selection: {
    pos: ['委託先は公募型プロポーザルにより選定する。'],
    neg: ['委託先 株式会社かくうビジネスプリント'],
  },
  vendor_oversight: {
    pos: ['市は、作業期間中に受託者の作業場所に立ち入り、管理状況を確認する。', '受託者に毎月、個人情報の管理状況を記載した作業報告書を提出させる。'],
    neg: ['受託者は、業務完了後に業務完了報告書を提出する。'],
    negated: [['作業場所への立入検査は行わない。', false]],
  },
  insider_threat: {
    pos: ['作業室への私物の電子機器の持込みを禁止する。'],
    neg: ['作業は受託者の本社工場で行う。'],
  },
  physical_security: {
    pos: ['個人情報を含む書類は、施錠できるキャビネットに保管する。', '作業はICカードによる入退室管理が行われた専用室で行う。'],
    neg: ['書類の運搬は施錠できるケースに入れて行う。'],
  },
  transport_media: {
    pos: ['被保険者データは暗号化機能付きUSBメモリに格納し、職員が直接手渡す。', '対象者データは、市が指定する方法により受託者に提供する。', '移行用データの庁外への持出しは禁止する。', '抽出したデータは暗号化ファイルとして、庁内ネットワークを通じて福祉課に引き渡す。'],
    neg: ['委託先に提供する項目は、氏名、住所に限る。', '事業者が提供するクラウド型の予約サービスを導入する。'],
  },
  misdelivery_prevention: {
    pos: ['封入物はバーコードで照合し、誤封入を防ぐ。'],
    neg: ['通知書を印刷する。'],
  },
  staff_training: {
    // 職員への周知も研修・教育・周知（domain.md §2.23）; 住民への周知は notice_consent
    pos: ['従事者に対し業務開始前に個人情報保護に関する研修を実施する。', 'クラブ職員向けの説明会を開催する。', '運用要領に定め、施設職員に周知する。'],
    neg: ['利用目的は申請書に記載し、利用者に周知する。'],
    negated: [['研修は実施しない。', false]],
  },
  incident_response: {
    pos: ['事故が発生した場合は、受託者は直ちに市に報告し、市の指示に従う。', '漏えい等の事故が発生した場合の報告・対応手順を定めている。'],
    neg: ['その他、個人情報の漏えい等の防止のため、十分なセキュリティ対策を講じる。'],
  },
  backup_recovery: {
    pos: ['データは日次でバックアップを取得し、遠隔地に保管する。'],
    neg: ['データは国内のデータセンターで保管する。'],
    negated: [['バックアップは取得しない。', false]],
  },
  identity_verification: {
    pos: ['窓口で本人確認書類により本人であることを確認する。', '公的個人認証により本人確認を行う。'],
    neg: ['住民基本台帳ネットワークシステムへの本人確認情報の通知'],
  },
  notice_consent: {
    pos: ['登録画面で利用目的を表示し、同意を得た上で登録する。', '「防犯カメラ作動中」のステッカーを掲示する。'],
    neg: ['本人確認情報の通知を行う。'],
  },
  vulnerability_management: {
    pos: ['OSはサポート期間内のものとし、セキュリティパッチを月1回適用する。', '運用開始前及び年1回、第三者機関による脆弱性診断を実施する。'],
    neg: ['機器の更新に併せてシステムを更新する。'],
  },
  third_party_provision: {
    pos: ['法令に基づく場合を除き、個人情報を第三者に提供しない。', '録画データは外部に提供しない。'],
    neg: ['提供を受ける情報は課税の別に限定する。'],
    negated: [['第三者への提供は行わない。', true]],
  },
  anonymization: {
    pos: ['提供するデータは匿名加工情報とし、再識別を禁止する。'],
    neg: ['氏名、住所を記録する。'],
  },
  data_subject_rights: {
    pos: ['本人からの開示請求には条例に基づき対応する。'],
    neg: ['本人に通知書を送付する。'],
  },
  governance_documentation: {
    pos: ['管理運営に関する事項は防犯カメラ運用要領に定める。'],
    neg: ['システムを導入する。'],
  },
};

describe('safeguard catalogue', () => {
  it('has all 32 categories with a label, an explanation and patterns', () => {
    expect(SAFEGUARDS.map((s) => s.id).sort()).toEqual([...SAFEGUARD_IDS].sort());
    for (const s of SAFEGUARDS) {
      expect(s.label).toMatch(/\p{Script=Han}|\p{Script=Katakana}/u);
      expect(s.explain.length).toBeGreaterThan(8);
      expect(s.show.length).toBeGreaterThan(0);
    }
  });

  for (const id of SAFEGUARD_IDS) {
    const c = CASES[id];
    describe(id, () => {
      for (const s of c.pos) it(`shows in 「${s}」`, () => expect(found(s).has(id)).toBe(true));
      for (const s of c.neg) it(`does not show in 「${s}」`, () => expect(found(s).has(id)).toBe(false));
      for (const [s, want] of c.negated ?? []) {
        it(`negated 「${s}」 ${want ? 'still shows the rule' : 'is not the measure'}`, () => expect(found(s).has(id)).toBe(want));
      }
    });
  }
});

/** Wording seen in real council minutes (../shared/domain.md §2), not used to write the corpus. */
const SEED_WORDING: [string, string][] = [
 ['access_control','IPアドレスの制限やクライアント証明を行っている。'],['authentication','指静脈とパスワードを併用する。'],
 ['encryption_rest','256 ビット AES 暗号化によって保存されている。'],['data_location','国内サーバーであることを条件とする。'],
 ['retention_deletion','個人情報の消去報告書を提出させる。'],['vendor_oversight','実地調査を年1回以上行う。'],
 ['transport_media','鍵のかかる保管箱に収め車両にて移送する。'],['incident_response','住基ネット緊急時対応訓練を実施する。'],
 ['vulnerability_management','OS がサポート対象のものになるためセキュリティが確保できる。'],['network_separation','ファイアウォールを導入します。'],
 ['physical_security','専用キーで施錠のうえ事務室内に保管する。'],['logging_audit_trail','予診票の受渡及び受取は管理簿を作成する。'],
 ['subcontracting','再委託をやむを得ずする場合は、事業者と同等の保護措置を求める。'],['outsourcing_contract','情報セキュリティに関する合意書を締結する。'],
 ['staff_training','情報セキュリティに係る研修を定期的に行います。'],['backup_recovery','障害時においても短時間で復旧可能である。'],
 ['identity_verification','JPKI認証により利用者認証を行い、なりすましを防止する。'],['notice_consent','申請書に利用目的を記載し、本人に通知する。'],
 ['third_party_provision','撮影データを警察に提供する際のルールを定める。'],['authentication','職員一人一人にIDを付与している。'],['remote_maintenance','原則委託者（市）側の意思で接続・遮断が出来るリモート保守とする。'],
];

describe('wording from real minutes', () => {
  it.each(SEED_WORDING)('%s in 「%s」', (id, s) => expect(found(s).has(id as SafeguardId)).toBe(true));
});

/** Standard wording listed in domain.md §2 ([add] and seed terms), written as sentences (session 2 probe). */
const DOMAIN_WORDING: [string, string][] = [
 ['access_control','個人情報を取り扱う者は、業務上必要な者に限る。'],['access_control','異動・退職時にはアカウントを速やかに削除する。'],
 ['access_control','アクセス権限の付与・変更・削除は所属長の承認を得て行う。'],['access_control','取扱者を指定し、取扱者名簿を作成する。'],
 ['access_control','覗き見防止フィルターを装着する。'],['authentication','ICカードによる認証を行う。'],
 ['authentication','共有アカウントは使用しない。'],['authentication','パスワードは英数字記号を混在させた12桁以上とする。'],
 ['authentication','ログインには多要素認証を用いる。'],['encryption_transit','VPNにより通信を保護する。'],
 ['encryption_transit','メールの添付ファイルは暗号化して送信する。'],['encryption_rest','端末のハードディスクはBitLockerにより暗号化する。'],
 ['encryption_rest','保存するデータは暗号化する。'],['network_separation','マイナンバー利用事務系の端末はインターネット接続系から分離する。'],
 ['network_separation','自治体情報セキュリティクラウドを経由して接続する。'],['network_separation','UTMを設置して不正な通信を遮断する。'],
 ['network_separation','画面転送方式によりインターネットを閲覧する。'],['remote_maintenance','オンサイト保守とし、外部からの接続は行わない。'],
 ['logging_audit_trail','アクセスログを1年間保存し、月1回点検する。'],['logging_audit_trail','持出し簿に記録する。'],
 ['logging_audit_trail','媒体管理台帳で管理する。'],['data_location','データは日本国内に所在するサーバに保存する。'],
 ['data_location','準拠法は日本法とし、管轄裁判所は日本の裁判所とする。'],['data_location','サーバは庁舎内のサーバ室に設置する。'],
 ['vendor_certification','受託者はISMS認証を取得していること。'],['vendor_certification','ISMAPに登録されたクラウドサービスを利用する。'],
 ['retention_deletion','保存年限は5年とする。'],['retention_deletion','契約終了時にはデータを返却させる。'],
 ['retention_deletion','廃棄証明書を提出させる。'],['retention_deletion','記録媒体は物理的に破壊する。'],
 ['outsourcing_contract','個人情報の保護に関する特記仕様書を契約に添付する。'],['outsourcing_contract','秘密保持契約を締結する。'],
 ['outsourcing_contract','受託者に誓約書を提出させる。'],['subcontracting','業務の全部又は一部を第三者に再委託してはならない。'],
 ['vendor_selection','一般競争入札により受託者を決定する。'],['vendor_selection','同種業務の実績を有する事業者を選定する。'],
 ['vendor_selection','随意契約により委託する。'],['vendor_oversight','市は必要に応じて受託者に対し監査を行う。'],
 ['vendor_oversight','受託者に従事者名簿を提出させる。'],['vendor_oversight','作業責任者を定め、市に報告させる。'],
 ['vendor_oversight','市は受託者の作業場所を年1回以上確認する。'],['vendor_oversight','受託者は月1回、業務の実施状況を書面で報告する。'],
 ['insider_threat','私物のスマートフォン等の持込みを禁止する。'],['insider_threat','作業は二人以上で行い、相互に確認する。'],
 ['physical_security','書類は施錠できるキャビネットに保管する。'],['physical_security','サーバ室への入室はICカードで管理する。'],
 ['physical_security','執務室は来訪者の立入りを制限する。'],['transport_media','外部記録媒体の使用を禁止する。'],
 ['transport_media','書類は書留郵便により送付する。'],['transport_media','調査票の運搬は鍵のかかるケースで行う。'],
 ['misdelivery_prevention','発送前に宛名と封入物を二人で照合する。'],['misdelivery_prevention','送信前に宛先を確認する。'],
 ['misdelivery_prevention','メールは一斉送信とせず、個別に送信する。'],['staff_training','従事者に対しeラーニングによる研修を毎年度実施する。'],
 ['staff_training','標的型メール訓練を実施する。'],['incident_response','事故発生時は直ちに市に報告する。'],
 ['incident_response','個人情報の漏えい等が生じた場合には、個人情報保護委員会へ報告する。'],['incident_response','インシデント対応手順書を整備する。'],
 ['backup_recovery','毎日バックアップを取得し、別の場所に保管する。'],['backup_recovery','データは冗長化された構成で保管する。'],
 ['identity_verification','マイナンバーカードによる公的個人認証で本人確認を行う。'],['identity_verification','窓口で運転免許証等の提示を求め、本人であることを確認する。'],
 ['notice_consent','利用目的をホームページで公表する。'],['notice_consent','カメラの設置場所に防犯カメラ作動中の表示を行う。'],
 ['notice_consent','申請書に個人情報の利用目的を記載する。'],['notice_consent','本人から同意書を徴取する。'],
 ['vulnerability_management','ウイルス対策ソフトを導入し、定義ファイルを毎日更新する。'],['vulnerability_management','年1回、脆弱性診断を実施する。'],
 ['vulnerability_management','OSのセキュリティ更新プログラムを適用する。'],['third_party_provision','警察からの照会には刑事訴訟法第197条第2項に基づき回答する。'],
 ['third_party_provision','国保連合会に被保険者情報を提供する。'],['anonymization','k-匿名化の処理を行う。'],
 ['data_subject_rights','本人から開示の請求があったときは、条例に基づき対応する。'],['governance_documentation','運用マニュアルを作成し、職員に周知する。'],
 ['governance_documentation','情報セキュリティ対策基準に基づき運用する。'],['legal_basis','個人情報の保護に関する法律第69条第2項第3号に該当する。'],
 ['legal_basis','住民基本台帳法第12条の規定により交付する。'],
];
/** More [add] terms of domain.md §2.17–§2.30. */
const DOMAIN_WORDING_2: [string, string][] = [
 ['third_party_provision','番号法に基づく情報連携により他の機関に情報を照会する。'],['identity_verification','窓口では運転免許証の提示を求める。'],
 ['identity_verification','利用者証明用電子証明書によりログインする。'],['notice_consent','利用目的はプライバシーポリシーに掲載する。'],
 ['backup_recovery','データは3世代分を保管する。'],['backup_recovery','事業継続計画に基づき復旧する。'],
 ['vendor_oversight','市は委託業務の履行確認を行う。'],['vendor_oversight','不備があれば是正を指示する。'],
 ['anonymization','提供先には識別行為を禁止する。'],
];
describe('more standard wording from domain.md §2', () => {
  it.each(DOMAIN_WORDING_2)('%s in 「%s」', (id, s) => expect(found(s).has(id as SafeguardId)).toBe(true));
});

/** Look-alikes of that wording that must not count. */
const DOMAIN_LOOKALIKES: [string, string][] = [
 ['encryption_rest','利用者端末とサーバ間の通信は暗号化する。'],
 ['data_location','日本国内に住所を有する者を対象とする。'],
 ['logging_audit_trail','アプリのプログラムを改修する。'],
 ['retention_deletion','異動・退職時にはアカウントを速やかに削除する。'],
 ['vendor_oversight','執務室は来訪者の立入りを制限する。'],
 ['third_party_provision','受託者に対象者データを提供する。'],
 ['legal_basis','審議会条例第2条の規定により諮問する。'],
];

describe('standard wording from domain.md §2', () => {
  it.each(DOMAIN_WORDING)('%s in 「%s」', (id, s) => expect(found(s).has(id as SafeguardId)).toBe(true));
  it.each(DOMAIN_LOOKALIKES)('not %s in 「%s」', (id, s) => expect(found(s).has(id as SafeguardId)).toBe(false));
});
