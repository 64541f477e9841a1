/**
 * 諮問の種別ごとに、審査する側が「書かれているはず」と期待する安全措置。
 * 一つの諮問が複数の種別を持つときは和集合をとる。書かれていなければ「記載なし（欠落）」と判定する。
 *
 * 出典: ../shared/domain.md §7.3 の表（● の区分）と、コーパス README の種別別の表。
 * 「条件付き」は、資料にその状況が書かれているときだけ期待に加える区分。
 */
import type { ConsultationType, SafeguardId } from '../../analysis/schema.ts';

export const EXPECTED_BY_TYPE: Record<ConsultationType, SafeguardId[]> = {
  // 個人情報を取り扱う業務の外部委託
  outsourcing: ['outsourcing_contract', 'subcontracting', 'vendor_oversight', 'access_control', 'physical_security', 'retention_deletion', 'staff_training', 'incident_response'],
  // 労働者派遣（庁舎内で派遣職員が個人情報を扱う）
  worker_dispatch: ['outsourcing_contract', 'access_control', 'physical_security', 'staff_training', 'incident_response'],
  // 目的外利用
  purpose_external_use: ['legal_basis', 'data_minimization', 'access_control', 'retention_deletion'],
  // 外部提供・第三者提供
  external_provision: ['legal_basis', 'data_minimization', 'third_party_provision', 'access_control', 'retention_deletion'],
  // 本人以外からの収集（防犯カメラ等）
  indirect_collection: ['notice_consent', 'access_control', 'physical_security', 'retention_deletion', 'third_party_provision', 'logging_audit_trail'],
  // 電子計算組織への記録
  computer_recording: ['access_control', 'authentication', 'network_separation', 'logging_audit_trail', 'retention_deletion'],
  // 情報システムの導入・変更（クラウドを含む）
  system_change: ['access_control', 'authentication', 'encryption_transit', 'encryption_rest', 'network_separation', 'logging_audit_trail', 'data_location', 'backup_recovery', 'retention_deletion', 'vulnerability_management'],
  // オンライン結合・外部結合
  external_linkage: ['access_control', 'authentication', 'encryption_transit', 'network_separation', 'logging_audit_trail'],
  // 指定管理者の指定
  designated_manager: ['outsourcing_contract', 'subcontracting', 'vendor_oversight', 'staff_training', 'incident_response', 'retention_deletion', 'access_control'],
  // 特定個人情報保護評価（評価書の第三者点検）
  pia: ['data_minimization', 'access_control', 'authentication', 'encryption_transit', 'network_separation', 'logging_audit_trail', 'physical_security', 'retention_deletion', 'outsourcing_contract', 'vendor_oversight', 'staff_training', 'incident_response', 'backup_recovery', 'third_party_provision', 'vulnerability_management'],
  ordinance_amendment: [],
  report: [],
  other: [],
};

export interface ConditionalExpectation {
  /** この種別のどれかを持つ諮問に限る。 */
  types: ConsultationType[];
  /** 諮問のページのどこかにこの表現があれば… */
  when: RegExp;
  /** …この区分も期待する。 */
  expect: SafeguardId[];
  why: string;
}

/** クラウド・データセンター・ASP/SaaS を使う（会社名の「〜クラウド」は数えない）。 */
const CLOUD = /クラウド(サービス|ストレージ|基盤|上|環境|サーバ|事業者)|ガバメントクラウド|データセンター|(?<![A-Za-z])(SaaS|ASP|IaaS|PaaS)(?![A-Za-z])/;
/** 住民あての発送・送信がある（ログイン用のワンタイムパスワードのメールは数えない）。 */
const MAILING = /封入|封緘|(通知書|通知|案内|はがき|ハガキ|督促状|納付書|証明書|決定通知|受給者証)[^。]{0,15}(発送|郵送|送付|差出|差し出)|(メール|SMS|ショートメッセージ)[^。]{0,10}(送信|配信|送付)(?![^。]{0,20}(ワンタイム|認証コード|確認コード|パスワード))|一斉(送信|配信)|メール配信/;
/** 住民がオンラインで申請・予約・申込みをする。 */
const CITIZEN_ONLINE = /オンライン(申請|申込|予約|手続)|電子申請|(Web|ウェブ|WEB)(申請|申込|予約|受付)|インターネット(で|から|による|を利用して)[^。]{0,10}(申請|申込|予約|受付)|マイナポータル|申込フォーム|受付サイト|予約システム/;

export const CONDITIONAL_EXPECTATIONS: ConditionalExpectation[] = [
  {
    types: ['outsourcing', 'designated_manager', 'worker_dispatch'],
    when: /(受託者|委託先|事業者)(に|へ)[^。]{0,6}(引き渡|引渡|手渡|受け渡|提供する(?!項目|情報|データ|個人情報))|USB|DVD|CD-R/,
    expect: ['transport_media'],
    why: 'データや媒体を受託者に渡すため、受け渡し・運搬の方法を確認したい。',
  },
  {
    // domain.md §7.3: data_location は「委託 ● if cloud」「外部結合 ●」。§3 Q107・Q113〜Q115・Q125
    types: ['outsourcing', 'designated_manager', 'worker_dispatch', 'external_linkage', 'computer_recording', 'external_provision'],
    when: CLOUD,
    expect: ['data_location'],
    why: 'クラウド・データセンターを使うため、データの所在（国内か）と管理者を確認したい。',
  },
  {
    // domain.md §2.13: Pマーク・ISMS・ISMAP は「ほぼ全ての委託・クラウドの議題に現れ、質問された」。§3 Q013・Q115
    types: ['outsourcing', 'external_linkage', 'system_change', 'computer_recording'],
    when: CLOUD,
    expect: ['vendor_certification'],
    why: 'クラウドサービスを使うため、第三者認証（ISMAP・ISO/IEC 27017 等）の取得状況と範囲を確認したい。',
  },
  {
    // domain.md §7.3: remote_maintenance は「● if 保守」。§3 Q055〜Q058・Q074（東村山市 H30諮問第2号）
    types: ['outsourcing', 'designated_manager', 'external_linkage', 'computer_recording', 'system_change', 'worker_dispatch'],
    when: /リモート(保守|メンテナンス|接続|作業|操作)|遠隔(保守|操作|監視|地から)|保守(用)?回線/,
    expect: ['remote_maintenance'],
    why: '外部から保守のために接続するため、接続の許可・遮断と作業記録を確認したい。',
  },
  {
    // domain.md §7.3: misdelivery_prevention は「委託 ● if mailing」。§2.22、§3 Q015・Q026・Q037・Q091
    types: ['outsourcing', 'designated_manager', 'external_linkage', 'worker_dispatch'],
    when: MAILING,
    expect: ['misdelivery_prevention'],
    why: '通知の発送やメール・SMSの送信があるため、誤送付・誤送信を防ぐ手順を確認したい。',
  },
  {
    // domain.md §7.3: identity_verification は「if citizen-facing」。§2.26、§3 Q078・Q087・Q136
    types: ['outsourcing', 'external_linkage', 'system_change', 'computer_recording'],
    when: CITIZEN_ONLINE,
    expect: ['identity_verification'],
    why: '住民がオンラインで申請・予約するため、本人確認（なりすまし防止）の方法を確認したい。',
  },
  {
    // domain.md §7.3: anonymization は「目的外利用 ● if 研究/統計」。§2.30、§3 Q030
    types: ['purpose_external_use', 'external_provision'],
    when: /研究者|研究機関|研究目的|学術研究|大学|統計(の作成|処理|資料|データ|分析)/,
    expect: ['anonymization'],
    why: '研究・統計のために提供・利用するため、個人を識別できない形への加工と再識別の禁止を確認したい。',
  },
];

/** 優先度を上げる事情（要配慮個人情報など）。見つかると、関係する区分の質問が上に来る。 */
export interface PriorityModifier {
  id: string;
  label: string;
  when: RegExp;
  /** 特に重くなる区分（空なら全区分）。 */
  raises: SafeguardId[];
}

export const PRIORITY_MODIFIERS: PriorityModifier[] = [
  { id: 'sensitive', label: '要配慮個人情報', when: /要配慮個人情報|機微(な)?情報|病歴|障害の(有無|状況)|犯罪(の)?経歴|犯罪歴/, raises: [] },
  { id: 'mynumber', label: 'マイナンバー（特定個人情報）', when: /マイナンバー(?!カード)|個人番号(?!カード)|特定個人情報/, raises: ['access_control', 'authentication', 'logging_audit_trail', 'network_separation', 'vendor_oversight', 'subcontracting'] },
  { id: 'children', label: '子ども（児童・生徒）の情報', when: /児童|生徒|乳幼児|未成年|子ども|子供|こども/, raises: ['access_control', 'notice_consent', 'retention_deletion'] },
  { id: 'poverty', label: '生活困窮・生活保護', when: /生活困窮|生活保護|非課税世帯|就学援助/, raises: ['access_control', 'data_minimization'] },
  { id: 'koseki', label: '戸籍・本籍', when: /戸籍|本籍/, raises: ['access_control', 'logging_audit_trail'] },
  { id: 'infection', label: '感染症・健康情報', when: /感染症|新型コロナ|健康診断|診査|予防接種|検診/, raises: ['access_control', 'retention_deletion'] },
  { id: 'abuse', label: '児童虐待・DV', when: /虐待|DV|配偶者からの暴力/, raises: [] },
  { id: 'residence', label: '在留資格', when: /在留資格|在留カード/, raises: ['third_party_provision'] },
];
