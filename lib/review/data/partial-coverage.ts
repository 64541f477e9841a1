/**
 * 一部しか書かれていない措置（部分的な記載）— 委員が「○○は書いてあるが、△△はどうなのか」と
 * 問い返した型（../shared/domain.md §2 の Member angle、§3 の質問、§4.2 の pair）。
 *
 * 各規則:
 *   category   … 判定する安全措置の区分
 *   label      … 委員向けの説明（何が足りないか）
 *   covers     … 書かれている側の文にある表現
 *   coversIn   … covers を探す文: 'evidence' = この区分の根拠となった文（既定）
 *                'section' = 対策節の文（区分そのものが書かれていないとき。例: 通信の暗号化だけ）
 *   unless     … その文にこれがあれば対象外（禁止・否定している文など）
 *   stillNeeds … 諮問のどこか（対策節・諮問書・別紙）にこれがあれば、足りている
 *   when       … 諮問にこの事情が書かれているときだけ当てはめる（省略時は常に）
 *   notWhen    … 諮問にこれが書かれていれば当てはめない（「電子データでは提供しない」: 紙だけの事務）
 *   effect     … 'vague' = 区分の判定を「曖昧（一部のみ記載）」にする
 *                'ask'   = 判定は「記載あり」のまま、確認の質問だけを作る
 *                （確認方法・頻度など、記載の細部を問う規則。コーパスの正解でも「記載あり」とされる）
 *   ask        … 質問の後半（「○ページに「…」とありますが、」に続く）
 *
 * 照合する文は NFKC 正規化・空白除去済み（全角英数字は半角）。
 */
import type { SafeguardId } from '../../analysis/schema.ts';

export interface PartialCoverageRule {
  id: string;
  category: SafeguardId;
  label: string;
  covers: RegExp;
  coversIn?: 'evidence' | 'section';
  unless?: RegExp;
  stillNeeds: RegExp;
  when?: RegExp;
  notWhen?: RegExp;
  effect: 'vague' | 'ask';
  ask: string;
  /** 出典（domain.md の節・質問番号）。 */
  source: string;
}

/** 電子データを扱う諮問（ほぼ全て。紙だけの事務を除くため）。 */
const HANDLES_ELECTRONIC = /データ|システム|サーバ|アプリ|端末|パソコン|PC|電子|メール|クラウド|USB|記録媒体/;
/** 受託者・事業者の側に個人情報が置かれる。 */
const VENDOR_HOLDS = /受託者|委託先|委託事業者|事業者|指定管理者|受注者/;
/** データを事業者のサーバ・クラウドに保存する。 */
const STORED_AT_VENDOR_OR_CLOUD =
  /クラウド(サービス|ストレージ|基盤|上|環境|サーバ)|データセンター|SaaS|ASP|IaaS|PaaS|(受託者|事業者|委託先|委託事業者)(が管理する|の)(サーバ|環境|システム)|サーバ(に|へ|上に|内に)(保存|保管|格納|登録|蓄積)/;

export const PARTIAL_COVERAGE_RULES: PartialCoverageRule[] = [
  {
    id: 'deletion_paper_only',
    category: 'retention_deletion',
    label: '紙の廃棄・保存だけが書かれ、電子データ（サーバ・端末・バックアップ）の消去が書かれていない',
    covers: /紙|書類|書面|帳票|調査票|申請書|予診票|名簿|損紙/,
    unless: /データ|電子|サーバ|端末|媒体|システム|ファイル|パソコン|PC|記録/,
    stillNeeds:
      /(データ|電子|サーバ|端末|媒体|パソコン|PC|HDD|ハードディスク|バックアップ|ファイル|記録)[^。]{0,30}(消去|削除|初期化|物理的(に|な)?破壊|上書き|返還|返却|保存期間|\d+(年|か月|ヶ月|日)間?(保存|保管|保有))|データ消去|消去ソフト/,
    when: HANDLES_ELECTRONIC,
    // 紙だけで扱うと書かれている（「電子データでは提供しない」「紙の名簿のみを提供する」）
    notWhen: /電子データ(で|は|として)(は)?[^。]{0,8}(提供|作成|保存|保有|引き渡|渡)(しない|せず|しません|を行わない)|紙(の[^。]{0,8})?(のみ|だけ)(で|を|により)/,
    effect: 'vague',
    ask: '電子データ（サーバ・端末・バックアップ）の保存期間と消去方法、消去の確認方法（消去証明書の提出、職員の立会い等）をお示しください。',
    source: 'domain.md §2.14（「紙の場合は五年保存とあるが、電子データは」）、§3 Q145',
  },
  {
    id: 'deletion_without_proof',
    category: 'retention_deletion',
    label: '受託者による消去・廃棄は書かれているが、消去したことを市が確かめる方法が書かれていない',
    covers: /(消去|削除|廃棄|破棄|裁断|溶解)(する|し、|させ|して|の上)|(消去|削除|廃棄|破棄)(を行|すること)/,
    unless: /自動的に|上書き/,
    stillNeeds: /証明書|報告書|証する書面|(消去|削除|廃棄|破棄|破壊)[^。]{0,20}(報告|確認)|立会|立ち会/,
    when: VENDOR_HOLDS,
    effect: 'ask',
    ask: '消去・廃棄したことを市がどのように確認するのか（消去証明書の提出、職員の立会い等）、また作業用端末やバックアップに残る複製も対象となるのかをお示しください。',
    source: 'domain.md §2.14 Member angle、§3 Q006・Q035、§4.2 P20',
  },
  {
    id: 'log_without_review',
    category: 'logging_audit_trail',
    label: 'ログを取得・保存するとあるが、誰がいつ確認するのかが書かれていない',
    covers: /ログ(を|は|の)?[^。]{0,10}(取得|記録|保存|保管|残)/,
    stillNeeds: /(ログ|記録|履歴)[^。]{0,30}(点検|確認|監査|分析|チェック|監視)|(点検|監査|分析)(する|し、|を行)/,
    effect: 'ask',
    ask: '取得したログを、誰が・どの頻度で確認し、不審な操作をどのように発見するのかをお示しください。',
    source: 'domain.md §2.11 Member angle（ログは実際に確認されるのか）、§4.2 P28',
  },
  {
    id: 'subcontracting_without_conditions',
    category: 'subcontracting',
    label: '再委託を認めているが、その条件（事前承諾・再委託先の義務）が書かれていない',
    covers: /再委託(する|を行う|を認める|できる|することができる|することがある|する場合がある|可|あり|の有無[^。]{0,6}(有|あり|する))|再委託(は|を)、?[^。]{0,30}(認める|認めることがある|認める場合がある|許可する)/,
    unless: /禁止|しない|行わない|認めない|させない|できない|無し|なし/,
    stillNeeds: /再委託[^。]{0,80}(承諾|承認|書面|同等|届出|届け出|報告|事前|許可)|再委託先[^。]{0,30}(義務|措置|管理|監督|遵守)/,
    effect: 'vague',
    ask: '再委託を認める業務の範囲と、認める条件（事前の書面による承諾、再委託先の名称・安全管理措置の報告、再委託先への同等の義務）をお示しください。',
    source: 'domain.md §2.16、§3 Q117、§4.1 V29',
  },
  {
    id: 'location_not_domestic',
    category: 'data_location',
    label: 'クラウド・データセンターを使うが、所在（国内か）が書かれていない',
    covers: /クラウド|データセンター|サーバ|SaaS|ASP/,
    stillNeeds: /国内|日本|庁舎|サーバ室|ガバメントクラウド|所在地/,
    effect: 'vague',
    ask: 'データを保存するサーバ・データセンターの所在（国内か）と、その管理者（市専用か共用か）をお示しください。',
    source: 'domain.md §2.12、§3 Q107・Q125、§4.2 P23',
  },
  {
    id: 'remote_without_control',
    category: 'remote_maintenance',
    label: 'リモート保守を行うが、接続を誰がいつ許可・遮断し、作業を記録するのかが書かれていない',
    covers: /リモート|遠隔(保守|接続)|保守拠点から|保守(用)?(端末|回線)/,
    stillNeeds: /許可|承認|申請|遮断|切断|作業時(のみ|に限)|録画|作業(の)?記録|ログ|作業報告/,
    effect: 'vague',
    ask: 'リモート保守の接続を誰がどのように許可・遮断するのか（常時接続か、作業時のみか）、作業の記録（ログ・録画）を誰が確認するのかをお示しください。',
    source: 'domain.md §2.10（誰が接続を管理するか、作業の記録）、§3 Q063',
  },
  {
    id: 'media_without_encryption',
    category: 'transport_media',
    label: 'USB等の記録媒体で受け渡すが、媒体の暗号化が書かれていない',
    covers: /USB|記録媒体|外部媒体|電子媒体|DVD|CD-R|SDカード/,
    unless: /禁止|しない|使用せず|できない|接続を制限|書き出しを制限/,
    stillNeeds: /暗号化|パスワードロック|パスワード付き|暗号/,
    effect: 'vague',
    ask: '受け渡しに使う記録媒体の暗号化の有無と、媒体を誰が運び、到着と返却・消去をどう確認するのかをお示しください。',
    source: 'domain.md §2.21、§4.2 P25（「USB があり暗号化がない」）',
  },
  {
    id: 'encryption_transit_only',
    category: 'encryption_rest',
    label: '通信の暗号化だけが書かれ、事業者のサーバ・クラウドに保存するデータの暗号化が書かれていない',
    covers: /(通信|通信経路|送受信|送信|回線)[^。]{0,20}暗号化|暗号化(した|された)?通信|TLS|SSL|HTTPS/,
    coversIn: 'section',
    stillNeeds: /(保存|保管|格納)(する|した|される)?(データ|情報|ファイル)?[^。]{0,12}暗号化|暗号化(して|した上で|したうえで)(保存|保管|格納)|データベース(の)?暗号化|ディスク(の)?暗号化|AES|暗号鍵|鍵(の)?管理/,
    when: STORED_AT_VENDOR_OR_CLOUD,
    effect: 'ask',
    ask: '通信だけでなく、事業者のサーバ・クラウドに保存されるデータ（バックアップを含む）を暗号化するのか、その方式と暗号鍵の管理者をお示しください。',
    source: 'domain.md §2.7 Member angle（暗号化されないもの）、§2.8、§3 Q017',
  },
  {
    id: 'oversight_paper_only',
    category: 'vendor_oversight',
    label: '受託者からの報告（書面）で確認するとあるが、現地での確認が書かれていない',
    covers: /報告書|報告(させ|を受け|を求め|する|を提出)/,
    stillNeeds: /立入|立ち入|実地|現地|抜き打ち|作業場所[^。]{0,15}(確認|調査|検査)/,
    when: VENDOR_HOLDS,
    effect: 'ask',
    ask: '書面の報告に加えて、市の職員が作業場所に立ち入って管理状況を確認することはあるのか、あるとすれば誰が・どの頻度で・何を確認するのかをお示しください。',
    source: 'domain.md §2.18 Member angle（書類は整っているが実効性は）、§3 Q006・Q042・Q046',
  },
];
