/**
 * How security-measure sections are named and what measure sentences look like.
 * Regular expressions over folded heading text (NFKC, no spaces, marker removed).
 */

/**
 * The title of a checklist of the measures (「個人情報保護対策チェックシート」「個人情報取扱いチェックリスト」「ＲＰＡ導入時のセキュリティ確認表」
 * 「提供条件チェックリスト」): a heading or an annex.
 */
// (one alternative per subject, so that the line prefilter derives 個・保・安・セ・条 from it: security.ts NAMES_MEASURES_CHARS)
const CHECKLIST_WORD = '(?:チェックリスト|チェックシート|チェック表|確認表|確認票|点検表)';
export const CHECKLIST_TITLE = new RegExp(
  ['(?:個人情報|保護|安全管理)', 'セキュリティ', '(?:提供|委託)条件'].map((subject) => `${subject}[^。]{0,20}${CHECKLIST_WORD}`).join('|'),
);

/** Headings of a section that lists the item's safeguards (role "primary"). */
export const SECURITY_HEADINGS: RegExp[] = [
  /保護(?:対策|措置)/, // 個人情報保護対策 / 個人情報の保護措置(等) / セキュリティ・保護対策 / プライバシー保護対策
  /保護に(?:関する|係る|ついての)(?:主な|主要な)?(?:措置|対策)/, // 個人情報の保護に関する措置 / 「３ 個人情報の保護に関する主な措置」(set 164)
  /^個人情報(?:の)?保護(?:に関する事項|について|のため(?:に講ずる|の)?(?:措置|対策)?)$/,
  /^個人情報(?:等)?の保護$/, // 仕様書の条「6. 個人情報の保護」
  /安全(?:対策|確保措置|確保対策|確保のための措置|管理のための措置|確保の(?:措置|対策))/, // 「５ 安全確保の措置」
  /安全管理(?:措置|対策|体制|について|の方法|方法)?$/, // 安全管理措置 / 個人情報の安全管理
  // 「８ 安全管理措置の確認」: the measures checked (a checklist the contractor fills in), set 159
  /安全管理(?:措置|対策)(?:の)?(?:確認|実施状況|状況|内容)$/,
  /(?:技術的|物理的|人的|組織的)(?:安全管理)?(?:対策|措置)/,
  /セキュリティ(?!ポリシー|評価|クラウド)/, // セキュリティ対策 / 情報セキュリティ対策について / セキュリティ要件
  /(?:リスク|脅威)(?:対策|への対策|に対する(?:措置|対策)|と(?:その)?対策)(?!は十分)/, // 特定個人情報保護評価書 Ⅲ/Ⅳ; 「第８ リスクと対策」「12 想定される脅威と対策」
  /(?:取扱い|取り扱い|取扱|管理|利用)に(?:関する|係る|おける|当たっての|あたっての)(?:措置|対策|安全対策|遵守事項)/, // 「国システムの利用に当たっての措置」
  /(?:漏えい|漏洩|流出)(?:等)?(?:の)?(?:防止)?(?:策|措置|対策|のための措置)$/,
  /(?:保護|安全)のための(?:主な|主要な)?(?:措置|対策)/, // 「４ 個人情報保護のための主な措置」(set 172)
  // 「【個人情報を保護するための措置】」
  /保護するための(?:措置|対策)/,
  // 「個人情報を守るための仕組み」(set 186): the plain way of saying it
  /(?:個人情報|情報|プライバシー)を守る(?:ため)?の?(?:仕組み|措置|対策|取組み?|取り組み)/,
  /個人情報の(?:適正な)?管理(?:措置|対策|方法)$/,
  /適正(?:な)?管理(?:措置|対策|のための措置)?$/,
  // 「5. リモート保守の方式と対策」: the subject's measures named at the end of the heading
  /(?:方式|方法|運用|体制|仕組み)(?:と|及び)(?:その)?(?:対策|措置)$/,
  // 「■ 個人情報保護チェックリスト」「【チェックリスト】外部委託における個人情報保護のための確認表」: the measures as a checklist
  CHECKLIST_TITLE,
  /(?<=(?:チェックリスト|チェックシート)[^。]{0,20})(?:個人情報|保護)/, // (the checklist word behind: the line prefilter reads 個・保)
];

/** Headings that look like the above but are something else (報告's 再発防止策, PIA row questions, lists). */
// 「評価書」 only outside a bracketed note: 「４ リスク対策（全項目評価書 Ⅲ より抜粋）」 says where the part comes from
// 「一覧」 unless it lists the measures themselves (「８ セキュリティ対策一覧」)
// 「情報セキュリティ監視（ＳＯＣ）業務の委託について」: security work as the subject of an item (its title), not its measures
export const NOT_SECURITY_HEADINGS: RegExp[] = [
  /再発防止/,
  /十分か/,
  /評価書(?![^(（]*[)）])/,
  /(?<!対策|措置|対策の|措置の)一覧$/,
  /^目次/,
  /審議会/,
  /条例/,
  /^(?!.*(?:対策|措置|保護|要件)).*セキュリティ.*(?:業務|事業|サービス|システム|ソフト|機器).*(?:について|の(?:委託|導入|構築|更新|利用))$/,
  // 「定期保守の際に定義ファイルとセキュリティ更新プログラムを適」: a thing named セキュリティ… (a patch, a program), not a title
  /セキュリティ(?:更新|パッチ|ホール|アップデート|ソフト)(?!.*(?:対策|措置)$)/,
];

/**
 * 「Ⅴ 提供に当たっての条件」「第９ 委託の条件」「【受託者に求める条件】」「(3) 提供の条件」: what the city requires of the party
 * that receives the data. Taken (role "scattered") when its body states a measure (set 282); in items whose measures are
 * scattered it is one of their sections, and the search for the others goes on (sets 23, 54, 103).
 */
export const CONDITION_HEADINGS: RegExp[] = [
  /^(?:個人情報の|データの)?(?:提供|外部提供|委託|再委託)(?:に当たって|にあたって|に際して|する際)?の?条件(?:及び.*|[(（].*[)）])?$/,
  /^(?:受託者|提供先|委託先|受注者|受領者)に(?:求める|課す|付す)条件$/,
];

/**
 * 「個人情報の取扱いについて」: often where measures are written, often only what data is handled.
 * Taken (role "scattered") when the item has no primary section or when its body states measures.
 */
export const HANDLING_HEADINGS: RegExp[] = [
  /^個人情報(?:等)?の(?:取扱い|取り扱い|取扱|管理)(?:について|等|等について|方法)?$/,
  // 「第４ 映像の取扱い」「名簿の管理」: the item's own data named instead of 個人情報
  /^(?:映像|画像|録画データ|録画|名簿|名簿情報|データ|情報|記録|台帳|申請書|調査票)(?:等)?の(?:取扱い|取り扱い|取扱|管理)(?:について|等|方法)?$/,
  // 「第４ 提供先における取扱い」「受託者における個人情報の管理」: how the party that receives the data must handle it
  //   also at the end of a compound heading (「第６ 提供の方法と組合での取扱い」) and with the oversight (「受託者の管理と監督」)
  //   and the city's own side beside the receiver's (「■ 事業所での取扱い」「■ 市での取扱い」, set 261)
  /(?:^|と|及び|並びに)(?:(?:提供先|提供を受ける者|受領者|受託者|委託先|指定管理者|受注者|組合|協会|協議会|社協)(?:における|での|で|の)|(?:事業所|市|町|村|区)(?:における|での))(?:個人情報の|名簿の|情報の|データの)?(?:取扱い|取り扱い|取扱|管理)(?:(?:と|及び)監督)?$/,
  // 「【リモート保守の方法】」「4. リモート保守の方法」: how the vendor connects, taken beside the item's security section
  // when its body states measures (domain.md §2.19)
  /^リモート(?:保守|接続|メンテナンス)(?:の)?(?:方法|方式|手順|条件)$/,
  // 「4. 記録する項目と利用する職員」「【町の職員の取扱い】」 (sets 263, 264): who may use the data, and how the city's own
  // staff handle it (the staff alone, 「(1) 利用する職員」, is a part of a section on how the data is used, set 146)
  /(?:と|及び|並びに)(?:利用|操作|閲覧|取り扱う|取扱う|利用でき|操作でき|閲覧でき)(?:する|る)?職員$/,
  /^(?:市|町|村|区|本市|本町)?(?:の)?職員(?:の|による)(?:取扱い|取り扱い|取扱)$/,
  ...CONDITION_HEADINGS,
];

/** Generic headings under which measures are often scattered (a lower bar for "scattered"). */
export const GENERIC_HEADINGS: RegExp[] = [/個人情報の取扱い/, /個人情報の取り扱い/, /運用/, /管理/, /留意/, /配慮/, /その他/, /(取扱い|取り扱い|取扱)(の方法|方法)?$/];

/** Row labels of forms that hold measures (PIA 「リスクに対する措置の内容」), role "form_row". */
export const FORM_ROW_LABELS: RegExp[] = [/^リスクに対する措置の内容/];

/** Attachments (別紙) that carry measures for their item: 特記事項, security requirements. */
// (「資料４ 別紙」 over 「個人情報取扱いチェックリスト」: the measures as a checklist, set 173)
export const SECURITY_ATTACHMENTS: RegExp[] = [/特記事項/, /セキュリティ/, /保護(?:対策|措置)/, /安全管理/, /個人情報の取扱いに関する/, /^(?:外部委託|電子計算組織|外部結合|目的外利用)記録票$/, CHECKLIST_TITLE];

/**
 * A page label that says the page is an attachment of the item: 「別紙」「別紙2」「資料3 別紙」「資料4-1別添」「（別紙）」
 * 「別記」 (contracts attach their 特記事項 as 別記).
 */
// 「【諮問第９号】別紙」: the item's number printed with the label
// 「資料１（別添）」: the label in brackets after the 資料 number
export const ANNEX_LABEL = /^[(（【\[]?(資料[0-9\-－ー]*(の[0-9]+)?[(（]?|諮問第[0-9]+号[)）】\]]?)?(別紙|別添|別記|別表)[0-9\-]*[)）】\]]?$/;

/** Words of a measure sentence (for measures stated without a security heading). */
export const MEASURE_WORDS: RegExp =
  /パスワード|認証|暗号|アクセス|権限|ログ|バックアップ|削除|消去|廃棄|施錠|持出|持ち出|研修|再委託|特記事項|漏えい|漏洩|TLS|SSL|VPN|LGWAN|閉域|ファイアウォール|ウイルス|ウィルス|脆弱性|同意|利用目的|に限る|に限り|に限定|守秘|秘密保持|立入|監査|点検|入退室|入室|記録簿|暗証|盗難|紛失|誤送|ワンタイム|二要素|多要素|2段階|二段階|マスキング|黒塗り|読み合わせ|匿名|インターネット|分離|記録媒体|USB|禁止|複写|複製|協定|契約書|誓約|シュレッダー|溶解|裁断|回収|受領書|手渡|照合|突き合わせ|突合|入札|選定|プライバシーマーク|ISMS|ISMAP|持ち込|監視カメラ|説明会|届け出|届出|見えない|納品|責任者/;
