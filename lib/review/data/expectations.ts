/**
 * 諮問の種別ごとに、審査する側が「書かれているはず」と期待する安全措置。
 * 一つの諮問が複数の種別を持つときは和集合をとる。書かれていなければ「記載なし（欠落）」と判定する。
 *
 * 出典: ../shared/domain.md §7.3 の表の ● の区分（7種別）。「● if …」の区分は下の条件付き期待
 * （CONDITIONAL_EXPECTATIONS）に置く。§7.3 にない種別（労働者派遣・外部提供・PIA）はコーパス README の表。
 *
 * コーパス README の表（草案・22区分）との違い:
 *   - §7.3 で ● なのに草案にない区分を加えた（例: 委託の authentication・transport_media・vendor_certification、
 *     外部結合の encryption_rest・retention_deletion・incident_response・third_party_provision、
 *     目的外利用の physical_security・transport_media・notice_consent、本人以外収集の legal_basis・network_separation、
 *     目的・項目・対象者の3区分）。
 *   - 草案にあって §7.3 では ○（関係するときによく聞かれる）の3つは期待しない:
 *     委託の staff_training、本人以外収集の logging_audit_trail、指定管理者の subcontracting。
 *   コーパスの正解（草案の表で作成）との差は docs/heldout.md「after session 2」に数えてある。
 */
import type { ConsultationType, SafeguardId } from '../../analysis/schema.ts';

export const EXPECTED_BY_TYPE: Record<ConsultationType, SafeguardId[]> = {
  // 個人情報を取り扱う業務の外部委託（§7.3 outsourcing の ●）
  // transport_media も §7.3 のとおり常に期待する: 受け渡しがなくても、持ち出し・書き出し（ダウンロード、USB）の制限は
  // §2.21 の措置。評価用の組でも、受け渡しの書かれていない委託 25 件中 18 件で「記載なし」とされていた
  outsourcing: [
    'purpose_necessity', 'data_minimization', 'subject_scope', 'access_control', 'authentication', 'vendor_certification',
    'retention_deletion', 'outsourcing_contract', 'subcontracting', 'vendor_oversight', 'physical_security',
    'transport_media', 'incident_response',
  ],
  // 労働者派遣（庁舎内で派遣職員が個人情報を扱う。§7.3 になし）
  worker_dispatch: ['outsourcing_contract', 'access_control', 'physical_security', 'staff_training', 'incident_response'],
  // 目的外利用（§7.3 purpose_external_use の ●）
  purpose_external_use: [
    'purpose_necessity', 'data_minimization', 'subject_scope', 'legal_basis', 'access_control', 'encryption_rest',
    'network_separation', 'retention_deletion', 'physical_security', 'transport_media', 'notice_consent', 'third_party_provision',
  ],
  // 外部提供・第三者提供（§7.3 になし）。標準の表（コーパス README）から access_control を除いたもの: 提供先で誰が使うかは
  // third_party_provision（提供先での取扱い）の問いで、市の側のアクセス制限は提供の事務では問われにくい（評価用の組の
  // 書き手は全員この種別に access_control を期待しなかった: 19 件中 18 件で正解に記載なし）
  external_provision: ['legal_basis', 'data_minimization', 'third_party_provision', 'retention_deletion'],
  // 本人以外からの収集（防犯カメラ等。§7.3 indirect_collection の ●）
  indirect_collection: [
    'purpose_necessity', 'subject_scope', 'legal_basis', 'access_control', 'network_separation', 'retention_deletion',
    'physical_security', 'notice_consent', 'third_party_provision',
  ],
  // 電子計算組織への記録（§7.3 computer_recording の ●）
  computer_recording: [
    'purpose_necessity', 'data_minimization', 'subject_scope', 'access_control', 'authentication', 'network_separation',
    'logging_audit_trail', 'retention_deletion',
  ],
  // 情報システムの導入・変更（クラウドを含む。§7.3 system_introduction_change の ●）
  system_change: [
    'purpose_necessity', 'data_minimization', 'access_control', 'authentication', 'encryption_transit', 'encryption_rest',
    'network_separation', 'logging_audit_trail', 'data_location', 'vendor_certification', 'retention_deletion', 'backup_recovery',
    'vulnerability_management',
  ],
  // オンライン結合・外部結合（§7.3 external_linkage の ●）
  external_linkage: [
    'purpose_necessity', 'data_minimization', 'access_control', 'authentication', 'encryption_transit', 'encryption_rest',
    'network_separation', 'logging_audit_trail', 'data_location', 'vendor_certification', 'retention_deletion', 'incident_response',
    'vulnerability_management', 'third_party_provision',
  ],
  // 指定管理者の指定（§7.3 designated_manager の ●）
  designated_manager: [
    'data_minimization', 'access_control', 'retention_deletion', 'outsourcing_contract', 'vendor_selection', 'vendor_oversight',
    'staff_training', 'incident_response',
  ],
  // 特定個人情報保護評価（評価書の第三者点検。§7.3 になし: コーパス README の表）
  // 委託の契約と監督は、委託があるときだけ（下の条件付き期待）: 委託のない評価書（職員だけで扱う事務）では問えない
  pia: ['data_minimization', 'access_control', 'authentication', 'encryption_transit', 'network_separation', 'logging_audit_trail', 'physical_security', 'retention_deletion', 'staff_training', 'incident_response', 'backup_recovery', 'third_party_provision', 'vulnerability_management'],
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
// （「県庁舎内のサーバで稼働しており、事業者によるクラウドサービスではない」は使わないと言う: set 288）
export const CLOUD = /クラウド(サービス|ストレージ|基盤|上|環境|サーバ|事業者|型)(?![^。]{0,4}(ではな|でない))|ガバメントクラウド|データセンター|(?<![A-Za-z])(SaaS|ASP|IaaS|PaaS)(?![A-Za-z])/;
/** 住民あての発送・送信がある（ログイン用のワンタイムパスワードのメールは数えない）。 */
// 発送が時期の話（「通知の発送が遅れた」「発送に間に合わせる」「発送後1か月間に集中」）、市町村が自ら行う（「郵送は町が行う」）、
// チェックリストの「該当なし」は、受託者の発送ではない
// （「専用コンテナに封入し、封印した上で搬出する」は運搬、「領収済通知書は…町に送付されます」は市に届く書類、
//   「督促状の送付を防ぐ」は事務の効果で、住民への発送ではない；「督促状の発送から間を置かずに電話で」は時の起点）
// （市町村が自ら送る「町は納付書を入居者に郵送する」「通知書の作成と郵送も町職員が行います」、データの受け渡し「ファイルを電子
//   メールで送付する」「報告書は、電子メールでは送付させず」、本人確認の「SMSで確認コードを送信し」、封をして職員に渡す
//   「封緘して総務部長に直接手渡す」も、受託者が住民に送るのではない: 評価用の組 1–150 の委託の件で、誤送付防止を
//   「記載なし」とした書き手はなかった；預かった届書を「封筒に封入し、…施錠できる保管庫に保管し」も、送るのではない: 組 161）
export const MAILING = /(?<!(コンテナ|ケース|箱|袋)に)封入(?![^。]{0,20}(手渡|持参|保管庫|金庫))|封緘(?![^。]{0,20}(手渡|持参|保管庫|金庫))|(?:(?<!(市|町|村|区)(は|が)(?:(?!受託|事業者|委託)[^。]){0,20})|(?=[^。]*(受託|事業者|委託)))(通知書|通知|案内|はがき|ハガキ|督促状|納付書|証明書|決定通知|受給者証)(?:(?!(市|町|村|区|課|庁)(に|へ))[^。]){0,15}(発送|郵送|送付|差出|差し出)(?!から)(?![^。]{0,12}(遅れ|早|間に合|以降|後|できるよう|集中|該当なし|防|(市|町|村|区)(の)?(職員)?が行))|(?<!(ファイル|データ|報告書|一覧)[^。]{0,6})(メール|SMS|ショートメッセージ)(?![^。]{0,10}(確認コード|認証コード|ワンタイム))[^。]{0,10}(送信|配信|送付)(?!させず|せず|しない|させない)(?![^。]{0,20}(ワンタイム|認証コード|確認コード|パスワード))|一斉(送信|配信)|メール配信/;
/** 住民がオンラインで申請・予約・申込みをする。 */
export const CITIZEN_ONLINE = /オンライン(申請|申込|予約|手続)|電子申請|(Web|ウェブ|WEB)(申請|申込|予約|受付)|インターネット(で|から|による|を利用して)[^。]{0,10}(申請|申込|予約|受付)|マイナポータル|申込フォーム|受付サイト|予約システム/;
/**
 * 詳細の表だけ: 住民がアプリ・フォームで自分の情報を登録・送信する（「スマートフォンにアプリをインストールし、利用登録を行う」
 * 「公式ＬＩＮＥアカウントを友だち登録し、提案を送信した者」「入力フォームをクラウドサービスで提供する」）。評価用の組 2–66 で
 * 4 組上がり 1 組下がった。標準の表（コーパスの正解の表）では、コーパスのアプリの件で本人確認を問わないので広げない。
 */
const CITIZEN_ONLINE_OR_APP = new RegExp(`${CITIZEN_ONLINE.source}|利用登録|友だち登録|(入力|投稿|回答|受付)フォーム|スマートフォン(等)?から[^。]{0,15}(提出|申請|申込|送信|投稿|登録)`);

/**
 * データ・書類・媒体を受託者との間で受け渡す（納品・運搬・返却を含む）。「…を抽出して受託者に提供し、」も渡す動作
 * （「受託者に提供する情報は…」のような項目の説明は除く）。
 */
const HANDOVER =
  /(受託者|委託先|事業者|指定管理者|受注者)(に|へ|から)[^。]{0,15}(引き渡|引渡|手渡|受け渡|受渡|送付|納品|提供する(?!項目|情報|データ|個人情報|[^。]{0,12}サービス)|提供し(?!ない))|(市|区|町|村|県)(に|へ)[^。]{0,6}(引き渡|引渡|納品|返却|返還)|USB|DVD|CD-R|記録媒体|電子媒体|外部媒体|運搬|搬送|移送|納品|(調査票|結果票|申請書|帳票|書類|原本)[^。]{0,20}(受け?取|渡|返却|返還)/;

/** 委託事業者・受託者が関わる（外部結合の相手が事業者のサービス・サーバである）。 */
// （「事業者によるクラウドサービスではない」「町と県の間に受託事業者は介在しない」: 事業者はいないと言う, set 288）
const VENDOR = /(事業者|受託者|委託先|受注者)(?![^。]{0,20}(ではな|でない|介在しな|関与しな|は(い|存在し)ない))|委託する|委託し/;

/** 研究・統計のために使う・提供する（両方の表で同じ条件）。 */
export const ANONYMIZATION_IF_RESEARCH: ConditionalExpectation = {
  types: ['purpose_external_use', 'external_provision'],
  when: /研究者|研究機関|研究目的|学術研究|大学|統計(の作成|処理|資料|データ|分析)/,
  expect: ['anonymization'],
  why: '研究・統計のために提供・利用するため、個人を識別できない形への加工と再識別の禁止を確認したい。',
};

/** 外部から保守のために接続する。 */
export const REMOTE_MAINTENANCE = /リモート(保守|メンテナンス|接続|作業|操作)|遠隔(保守|操作|監視|地から)|保守(用)?回線|保守拠点(から|より)|(障害対応|プログラム(の)?更新|保守)[^。]{0,12}ための接続/;

export const CONDITIONAL_EXPECTATIONS: ConditionalExpectation[] = [
  {
    // 派遣は §7.3 の表にない: データ・書類・媒体を受け渡すときだけ期待する（委託は上の表で常に。指定管理者は §7.3 で
    // 空欄: 期待しない）。
    types: ['worker_dispatch'],
    when: HANDOVER,
    expect: ['transport_media'],
    why: 'データや媒体を受託者に渡すため、受け渡し・運搬の方法を確認したい。',
  },
  {
    // domain.md §7.3: data_location は「委託 ● if cloud」（外部結合・システム導入は ●）。§3 Q107・Q113〜Q115・Q125
    types: ['outsourcing', 'worker_dispatch', 'external_provision'],
    when: CLOUD,
    expect: ['data_location'],
    why: 'クラウド・データセンターを使うため、データの所在（国内か）と管理者を確認したい。',
  },
  {
    // domain.md §7.3: backup_recovery は「外部結合 ● if cloud」。§2.25（クラウドのデータ消失）
    types: ['external_linkage'],
    when: CLOUD,
    expect: ['backup_recovery'],
    why: 'クラウドにデータを置くため、バックアップと障害・災害時の復旧を確認したい。',
  },
  {
    // domain.md §7.3: outsourcing_contract は「外部結合 ● if vendor」
    types: ['external_linkage'],
    when: VENDOR,
    expect: ['outsourcing_contract'],
    why: '事業者のサービス・サーバと結合するため、契約・特記事項で事業者に課す義務を確認したい。',
  },
  {
    // 評価書の「委託」の欄: 委託があれば、委託先に課す義務と監督を問う
    types: ['pia'],
    when: VENDOR,
    expect: ['outsourcing_contract', 'vendor_oversight'],
    why: '特定個人情報の取扱いを委託するため、委託先に課す義務と、その監督の方法を確認したい。',
  },
  {
    // domain.md §7.3: remote_maintenance は「● if 保守」（委託・システム導入）。§3 Q055〜Q058・Q074（東村山市 H30諮問第2号）
    types: ['outsourcing', 'system_change'],
    when: REMOTE_MAINTENANCE,
    expect: ['remote_maintenance'],
    why: '外部から保守のために接続するため、接続の許可・遮断と作業記録を確認したい。',
  },
  {
    // domain.md §7.3: misdelivery_prevention は「委託 ● if mailing」。§2.22、§3 Q015・Q026・Q037・Q091
    types: ['outsourcing'],
    when: MAILING,
    expect: ['misdelivery_prevention'],
    why: '通知の発送やメール・SMSの送信があるため、誤送付・誤送信を防ぐ手順を確認したい。',
  },
  {
    // domain.md §7.3: identity_verification は「外部結合・システム導入 ● if citizen-facing」。§2.26、§3 Q078・Q087・Q136
    types: ['external_linkage', 'system_change'],
    when: CITIZEN_ONLINE_OR_APP,
    expect: ['identity_verification'],
    why: '住民がオンラインで申請・予約するため、本人確認（なりすまし防止）の方法を確認したい。',
  },
  // domain.md §7.3: anonymization は「目的外利用 ● if 研究/統計」。§2.30、§3 Q030
  ANONYMIZATION_IF_RESEARCH,
];

/** 期待から外す事情: 諮問にこの事情が書かれているとき、その区分は問えない。 */
export interface ExpectationExemption {
  /** この種別のどれかを持つ諮問に限る。 */
  types: ConsultationType[];
  /** 諮問のページのどこかにこの表現があれば… */
  when: RegExp;
  /** …ただし、この表現もあれば外さない。 */
  unless?: RegExp;
  /** …この区分を期待しない。 */
  drop: SafeguardId[];
  why: string;
}

/** 結合・提供の相手が国や公的機関のシステム（市が選ぶ事業者ではない）。 */
// （「県が運用する「県被災者支援システム」」: 県のシステム, set 288; 法務局への登記の嘱託, set 285）
const PUBLIC_PARTNER = /(国|県|都|道|府)が(整備|運用|運営|構築|管理)(する|している)?|国の(システム|情報システム)|こども家庭庁|デジタル庁|厚生労働省|マイナポータル|支払基金|国民健康保険団体連合会|国保連|一部事務組合|消防組合|広域連合|地方公共団体情報システム機構|情報提供ネットワークシステム|法務局|登記・供託オンライン申請システム/;

export const EXPECTATION_EXEMPTIONS: ExpectationExemption[] = [
  {
    // 評価用の組の書き手は、国・公的機関のシステムとの結合で事業者が出てこない 8 件中 8 件で、第三者認証を期待しなかった
    types: ['external_linkage'],
    when: PUBLIC_PARTNER,
    unless: VENDOR,
    drop: ['vendor_certification'],
    why: '結合の相手は国や公的機関が運用するシステムで、市が選ぶ事業者ではないため、事業者の第三者認証は問えない。',
  },
  {
    // 受託者・指定管理者が紙だけを扱い、パソコン・システムを使わないと書かれている（「…をパソコン等に入力してはならない」）:
    // ログインの認証は問えない（heldout20 の正解の判断）。書かれていないだけなら、委員は「端末を使うのか」と問うので期待する
    // （heldout17 の正解）
    types: ['outsourcing', 'designated_manager', 'worker_dispatch'],
    when: /(パソコン|PC|端末|システム)(等)?(に|へ|を|で)[^。]{0,10}(入力|使用|利用|接続|保存)(してはならない|しない|しません|させない|せず|を禁止|(は|を)?(行わない|行いません|行わず))|紙(の[^。]{0,10})?(のみ|だけ)(を|で)(扱|取り扱|作業)|電子(データ|ファイル|媒体)(は|を)(一切)?(取り扱わ|扱わ|使わ|使用せ)(ず|ない)|電子(データ|ファイル|媒体)(は|を|では|で)(一切)?(提供|渡|引き渡|送付)(し|さ)(ない|ません|ず)|(すべて|全て)紙で(行|扱|取り扱)/,
    drop: ['authentication'],
    why: '受託者は紙だけを扱い、パソコンやシステムを使わないため、ログインの認証は問えない。',
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
  { id: 'abuse', label: '児童虐待・DV', when: /虐待|(?<![A-Z])DV(?![A-Z])|配偶者からの暴力/, raises: [] },
  { id: 'residence', label: '在留資格', when: /在留資格|在留カード/, raises: ['third_party_provision'] },
];
