/**
 * 安全措置の区分（32区分）— 委員が読める形のデータ。
 *
 * 各区分について:
 *   label    … 表に出す日本語名
 *   explain  … 委員向けの一行説明
 *   show     … その措置が書かれていることを示す語・表現（正規表現）。
 *              照合する文は NFKC 正規化・空白除去済み（全角英数字は半角、「（」は「(」になる）。
 *   negation … 否定文の扱い。'counts' = 「再委託は行わない」のように、しないと決めること自体が措置
 *              （禁止・限定の類）。'absent' = 「ログは取得しない」のように、否定されたら措置がない。
 *   outside  … 対策節の外（諮問書・目的・取り扱う個人情報など）でも拾うか。
 *              'always' = 常に / 'ifExpected' = その種別で期待される区分のときだけ / 'never' = 対策節の中だけ。
 *   specific … 同じ文にあれば「具体的」とみなす語（曖昧表現があっても曖昧扱いにしない）。
 *   requires … 指定があれば、文にこの語も含まれるときだけ数える（誤検出よけ）。
 *
 * 出典: ../shared/domain.md §2（審議会の会議録に現れた表現）と一般的な自治体実務の用語。
 */
import type { SafeguardId } from '../../analysis/schema.ts';

export type NegationPolicy = 'counts' | 'absent';
export type OutsidePolicy = 'always' | 'ifExpected' | 'never';

export interface SafeguardDef {
  id: SafeguardId;
  label: string;
  explain: string;
  show: RegExp[];
  negation: NegationPolicy;
  outside: OutsidePolicy;
  specific?: RegExp;
  requires?: RegExp;
  /** 指定があれば、文にこの語が含まれるときは数えない（例: 運搬用ケースの施錠は運搬の措置）。 */
  unless?: RegExp;
  /** 0–10: how hard members press on this category (domain.md §7.2); orders the questions. */
  weight: number;
}

/** 数や頻度・期間が書かれていれば具体的（全区分共通）。 */
export const GENERAL_SPECIFIC = /\d+(名|人|回|世代|時間|営業日)|\d+(か月|ヶ月|カ月|日|年|週間)(間|以内|ごと|後|毎)|毎(日|週|月|年|年度)|日次|週次|月次|四半期/;

export const SAFEGUARDS: SafeguardDef[] = [
  {
    id: 'purpose_necessity',
    label: '利用目的の限定・必要性',
    explain: '何のために使うか、その目的以外に使わないことが書かれているか。',
    show: [/(目的|事務|業務)以外(に|で|の目的に|の目的で)?(は)?(利用|使用|照会)(しない|させない|を禁止|してはならない)/, /業務目的以外での(照会|利用|使用)を禁止/],
    negation: 'counts',
    outside: 'always',
    weight: 6,
  },
  {
    id: 'data_minimization',
    label: '個人情報の項目の必要最小限',
    explain: '扱う個人情報を必要な項目だけに絞っているか。',
    show: [
      /(情報|項目|データ|番号|の別)(は|を)[^。]{0,60}?[^名者員課係]に限(る|定)/,
      /(情報|項目)[^。]{0,12}?は?(登録|取得|入手|記録|収集|保有)(せず|しない)/,
      /必要最小限|最小限の(項目|範囲|情報)|必要以上の(情報|項目)を(入手|取得|収集)しない/,
      /のみを(取り扱|登録|記録|提供|利用|収集)/,
    ],
    negation: 'counts',
    outside: 'always',
    weight: 6,
  },
  {
    id: 'subject_scope',
    label: '対象者の範囲',
    explain: '誰の情報を扱うのか、その範囲が限定されているか。',
    show: [/対象(者|となる(個人|者|本人))(は|を|の範囲は)[^。]{0,40}?(に限る|に限定|のみ)/],
    negation: 'counts',
    outside: 'always',
    weight: 5,
  },
  {
    id: 'legal_basis',
    label: '根拠法令・条例',
    explain: 'どの法令・条例の規定に基づくのか（例外規定の号まで）が示されているか。',
    show: [/(条例|法|規則|政令|省令)第\d+条(の\d+)?(第\d+項)?第\d+号/, /番号法第\d+条/, /法令(上)?の根拠/, /根拠(法令|規定)(は|:)/],
    negation: 'counts',
    outside: 'ifExpected',
    weight: 4,
  },
  {
    id: 'access_control',
    label: 'アクセス制限（利用者・権限・端末）',
    explain: '誰が（何人が）見られる・操作できるのかが限定されているか。',
    show: [
      /(職員|従事者|担当者|利用者|作業者|取扱者|操作者|できる者|する者|行う者|た者|担当|係員)[^。]{0,30}?(に限る|に限定|のみが|のみと|までとする|以内とする|\d+名以内)/,
      /\d+名(以内|まで)?(に限る|に限定|とする)/,
      /アクセス権限|アクセス制限|権限を(設定|付与|制限|管理)|権限の(設定|付与|管理)|アクセス(できる|可能な)(者|職員)|閲覧(できる|可能な)(者|職員)|利用できる者|操作できる者|取り扱う者を|取扱者を/,
      /(モニター|画面)[^。]{0,12}(設置|見えない|見られない)/,
      /(閲覧|視聴|利用)(には|に当たっては|する際は)[^。]{0,20}承認/,
      /承認を要する|権限を失効|失効させ/,
    ],
    negation: 'counts',
    outside: 'never',
    specific: /\d+名|名以内|名まで|のみ|限定|限る|権限|承認|ごとに/,
    weight: 10,
  },
  {
    id: 'authentication',
    label: '認証（ID・パスワード・多要素）',
    explain: '本人だけがログインできる仕組み（個人ID、多要素認証など）があるか。',
    show: [
      /パスワード(?!付き|ロック|付の|付ZIP)/,
      /ID(及び|・|と|、)/,
      /(多要素|二要素|2要素|2段階|二段階)認証|ワンタイムパスワード|静脈認証|指紋認証|顔認証|利用者認証|ユーザ(ー)?認証|端末認証|ログイン/,
      /生体認証(?!による入退|等による入退)/,
    ],
    negation: 'absent',
    outside: 'never',
    specific: /二要素|多要素|2要素|2段階|二段階|ワンタイム|生体|静脈|電子証明書|\d+(桁|文字)|個人ごと|利用者ごと|職員ごと|一人一人/,
    weight: 9,
  },
  {
    id: 'encryption_transit',
    label: '通信の暗号化',
    explain: 'ネットワークでやり取りするデータが暗号化されているか。',
    show: [/(通信|通信経路|送受信|送信|回線)[^。]{0,20}暗号化/, /暗号化(した|された)?通信/, /TLS|SSL|HTTPS|IPsec|S\/MIME/],
    negation: 'absent',
    outside: 'never',
    specific: /TLS|SSL|HTTPS|VPN|IPsec|\d+ビット|AES/,
    weight: 4,
  },
  {
    id: 'encryption_rest',
    label: '保存データの暗号化',
    explain: 'サーバや媒体に保存するデータが暗号化されているか（鍵の管理を含む）。',
    show: [
      /(保存|保管|格納)(する|した|される)?(データ|情報|ファイル)?[^。]{0,12}暗号化(?!機能付き)/,
      /暗号化(して|した上で|したうえで)(保存|保管|格納)/,
      /AES|データベース(の)?暗号化|ディスク(の)?暗号化|ファイル(の)?暗号化|暗号化措置|暗号鍵|鍵(の)?管理|パスワード付き(の)?(ZIP|ファイル|圧縮)/,
    ],
    negation: 'absent',
    outside: 'never',
    specific: /AES|\d+ビット|方式|鍵|BitLocker/,
    weight: 5,
  },
  {
    id: 'network_separation',
    label: 'ネットワーク分離・境界防御',
    explain: 'インターネット等から分離された回線・構成か、ファイアウォール等で守られているか。',
    show: [
      /LGWAN|閉域|専用線|専用回線|IP-VPN|ファイア(ー)?ウォール|ファイヤ(ー)?ウォール|DMZ|非武装地帯|WAF|三層分離|インターネット分離|不正侵入検知|IDS|IPS/,
      /インターネット(と|から|に|には|とは|からは)[^。]{0,14}(分離|接続しない|接続せず|遮断|独立|直接接続できない|接続できない|接続されていない)/,
      /(独立した|分離された|切り離された)(ネットワーク|構成|環境|端末|回線)/,
      /ネットワーク(は|を|に)[^。]{0,25}(利用する|使用する|分離|構築|接続しない|接続せず)/,
      /(外部|他の)ネットワーク(と|から)(は)?[^。]{0,10}(分離|接続しない|独立)/,
    ],
    negation: 'counts',
    outside: 'never',
    specific: /LGWAN|閉域|専用線|専用回線|VPN|分離|独立|ファイア|ファイヤ|DMZ|非武装|WAF|接続しない|接続せず|遮断/,
    weight: 6,
  },
  {
    id: 'remote_maintenance',
    label: 'リモート保守の管理',
    explain: '外部からの保守接続を誰がいつ許可・遮断し、記録するか。',
    show: [/リモート(保守|メンテナンス|接続|操作|作業)|遠隔(保守|操作|接続|監視)|保守(用)?(端末|回線)/],
    negation: 'counts',
    outside: 'never',
    specific: /許可|承認|遮断|切断|作業時のみ|記録|ログ/,
    weight: 6,
  },
  {
    id: 'logging_audit_trail',
    label: 'ログ・記録と点検',
    explain: '操作や受渡しの記録を残し、誰かが定期的に確認しているか。',
    show: [
      /ログ(?!イン)/,
      /記録簿|受渡簿|受払簿|管理簿|管理台帳|持出(し)?簿/,
      /(日時|件数|受渡者|担当者)[^。]{0,25}記録/,
      /履歴[^。]{0,10}(確認|点検|記録|保存)/,
      /監査証跡|使用者名を記入|使用の記録|入退室(の)?記録|作業記録/,
    ],
    negation: 'absent',
    outside: 'never',
    specific: /\d+(年|か月|ヶ月)間?保存|毎(日|週|月|年)|月\d+回|年\d+回|週\d+回|システム管理者が|責任者が|点検する|点検し/,
    weight: 7,
  },
  {
    id: 'data_location',
    label: 'データの保管場所（国内・クラウドの種類）',
    explain: 'データがどこに（国内か、どの施設・クラウドに）保存されるか。',
    show: [
      /データセンター|国内リージョン|ガバメントクラウド/,
      /国内(の|に)?[^。]{0,10}(サーバ|データセンター|リージョン|クラウド)/,
      /サーバ(ー)?(機器)?(は|を)[^。]{0,25}(に設置|に置く|に置き)/,
      /保管場所/,
    ],
    negation: 'counts',
    outside: 'never',
    specific: /国内|日本|所在地|リージョン|市庁舎|庁舎内|サーバ室/,
    weight: 6,
  },
  {
    id: 'vendor_certification',
    label: '第三者認証（Pマーク・ISMS・ISMAP）',
    explain: '委託先やクラウドが第三者認証を取得しているか、その範囲。',
    show: [/プライバシーマーク|Pマーク|ISO\/?(IEC)?27001|ISO\/?(IEC)?27017|ISMS|ISMAP|JISQ15001|(公的)?認証を(取得|受けて)/],
    negation: 'absent',
    outside: 'never',
    weight: 3,
  },
  {
    id: 'retention_deletion',
    label: '保存期間・消去・廃棄（証明）',
    explain: 'いつまで保存し、いつ・どう消すか、消したことをどう確かめるか。',
    show: [
      /消去|削除|廃棄|破棄|溶解|裁断|シュレッダー|物理的(な)?破壊|処分|上書き/,
      /保存期間|保管期間|保有期間|保存年限|\d+(年|か月|ヶ月|日)間?(保存|保管|保有)/,
      /(データ|情報|媒体)[^。]{0,15}(返還|返却)させ|全て(の)?データを[^。]{0,8}返還|保持しない|保有しない/,
    ],
    negation: 'counts',
    outside: 'never',
    specific: /証明書|報告書|復元(でき|不可能|不能)|物理的(な)?破壊|溶解|シュレッダー|裁断|\d+(年|か月|ヶ月|日)|上書き|立会|立ち会/,
    weight: 9,
  },
  {
    id: 'outsourcing_contract',
    label: '委託契約・特記事項',
    explain: '契約書・特記事項・仕様書で受託者の義務（秘密保持等）を定めているか。',
    show: [
      /特記事項|委託契約書|契約書(に|で|において|中|上|の(条項|規定))|仕様書|協定書|誓約書|覚書|秘密保持|守秘義務|特約条項/,
      /契約(に|の|上の|において)[^。]{0,15}(定め|明記|規定|付す|義務|条件)/,
      /(?<!再委託先[^。]{0,10})(と)?同等の義務を課/,
    ],
    negation: 'absent',
    outside: 'never',
    specific: /特記事項|契約書|仕様書|協定書|誓約書|特約/,
    weight: 7,
  },
  {
    id: 'subcontracting',
    label: '再委託の制限',
    explain: '再委託を禁止しているか、認める場合の条件（事前承諾・同等の義務）があるか。',
    show: [/再委託|再々委託/],
    negation: 'counts',
    outside: 'never',
    specific: /禁止|承諾|承認|書面|同等|しない|行わない/,
    weight: 7,
  },
  {
    id: 'vendor_selection',
    label: '委託先の選定',
    explain: '委託先をどう選ぶか（選定委員会、実績、個人情報保護体制の評価）。',
    show: [/選定委員会|プロポーザル|入札|選定(に当たって|の際|基準|要件)|受託実績|実績を有する/],
    negation: 'counts',
    outside: 'never',
    weight: 3,
  },
  {
    id: 'vendor_oversight',
    label: '委託先の監督（立入検査・報告）',
    explain: '市が受託者の管理状況を、いつ・誰が・どう確かめるか。',
    show: [
      /立入|立ち入|実地(に)?(調査|確認|検査)|作業報告書|抜き打ち/,
      /管理状況[^。]{0,15}(確認|報告|検査|点検|調査)/,
      /(受託者|委託先|事業者|指定管理者|作業場所)[^。]{0,25}(監査|検査する|点検する|調査する)/,
    ],
    negation: 'absent',
    outside: 'never',
    specific: /年\d+回|月\d+回|毎(月|年|週)|作業報告書|立ち?入|抜き打ち|実地/,
    weight: 9,
  },
  {
    id: 'insider_threat',
    label: '内部不正の防止',
    explain: '従事者による持ち出し・不正を防ぐ仕組み（私物の持込禁止など）があるか。',
    show: [/持込(み)?を禁止|持ち込み(を)?禁止|持ち込まない|持ち込ませない|私物|内部不正|相互(牽制|けん制)|二人(体制|以上で)/],
    negation: 'counts',
    outside: 'never',
    weight: 5,
  },
  {
    id: 'physical_security',
    label: '物理的安全管理（施錠・入退室）',
    explain: '書類・機器を施錠保管し、作業場所の入退室を管理しているか。',
    show: [
      /施錠|鍵(付き|のかかる|を管理|は[^。]{0,6}管理)|入退室|入退館|入室管理|金庫|キャビネット|書庫|セキュリティカード|監視カメラ|サーバ室/,
      /専用(の)?(作業)?室/,
      /(書類|帳票|機器)[^。]{0,15}(に)?保管/,
    ],
    negation: 'counts',
    outside: 'never',
    unless: /運搬|移送|搬送/,
    specific: /施錠|鍵|入退室|入退館|金庫|キャビネット|書庫|カード|生体/,
    weight: 6,
  },
  {
    id: 'transport_media',
    label: '運搬・記録媒体・持ち出し',
    explain: 'データや書類の受け渡し・運搬・媒体の扱い（暗号化、施錠、立寄禁止）が決まっているか。',
    show: [
      /USB|記録媒体|外部媒体|電子媒体|DVD|CD-R|SDカード|運搬|移送|搬送|郵送|宅配|書留|立寄り|立ち寄/,
      /(データ|媒体|電子|情報)[^。]{0,12}持ち?出/,
      /(受託者|委託先|事業者|指定管理者)[^。]{0,25}(引き渡|引渡|手渡|受け渡|受渡|提供する(?!項目|情報|データ|個人情報))/,
      /(市|区|町|村|県)が指定する方法/,
    ],
    negation: 'counts',
    outside: 'never',
    specific: /暗号化|施錠|鍵|立ち?寄|手渡|記録簿|受渡簿|複数|追跡/,
    weight: 6,
  },
  {
    id: 'misdelivery_prevention',
    label: '誤送付・誤送信の防止',
    explain: '封入誤り・メール誤送信などを防ぐ確認手順があるか。',
    show: [/誤送付|誤送信|誤配信|誤封入|誤発送|BCC|ダブルチェック|照合|突合|宛先[^。]{0,10}確認/],
    negation: 'counts',
    outside: 'never',
    weight: 5,
  },
  {
    id: 'staff_training',
    label: '研修・教育',
    explain: '職員・従事者に、いつ・誰に・どんな研修をするか。',
    show: [/研修|教育(を|・|の実施|する|し、)|説明会を(開催|実施)|啓発|周知徹底/],
    negation: 'absent',
    outside: 'never',
    specific: /年\d+回|毎年|毎年度|業務開始前|従事前|作業開始前|配属時|採用時|着任時|全員|受講/,
    weight: 5,
  },
  {
    id: 'incident_response',
    label: '事故時の対応・報告',
    explain: '漏えい等が起きたとき、誰が誰にいつまでに報告し、どう対処するか。',
    show: [
      /(事故|漏えい|漏洩|滅失|き損|毀損|インシデント|不正アクセス|紛失)[^。]{0,25}(場合|とき|際|おそれ)/,
      /(直ちに|速やかに|遅滞なく)[^。]{0,10}報告|報告義務|連絡体制|対応手順|緊急時(の)?対応|再発防止|原因(の)?究明|被害(の)?拡大/,
    ],
    negation: 'absent',
    outside: 'never',
    specific: /直ちに|\d+(時間|日)以内|報告し|報告させ|報告する|連絡する|手順/,
    weight: 8,
  },
  {
    id: 'backup_recovery',
    label: 'バックアップ・障害時の復旧',
    explain: 'バックアップの頻度・保管先と、障害・災害時の復旧方法。',
    show: [/バックアップ|復旧|冗長化|災害対策|ディザスタリカバリ|遠隔地(に)?保管/],
    negation: 'absent',
    outside: 'never',
    specific: /日次|毎(日|週|月)|\d+世代|世代|遠隔地|別リージョン|\d+時間以内/,
    weight: 4,
  },
  {
    id: 'identity_verification',
    label: '本人確認・なりすまし防止',
    explain: '申請者・利用者が本人であることをどう確認するか。',
    show: [/本人確認(?!情報)|身元確認|番号確認|なりすまし|公的個人認証|JPKI|署名用電子証明書/],
    negation: 'absent',
    outside: 'never',
    weight: 5,
  },
  {
    id: 'notice_consent',
    label: '本人への通知・同意・掲示',
    explain: '本人に利用目的を知らせ、同意を得る・掲示する等をしているか。',
    show: [
      /同意(を得|を取|書)|本人の同意|掲示|ステッカー|作動中|利用目的を(明示|表示|記載|通知)/,
      /(撮影|カメラ|利用目的)[^。]{0,15}表示/,
      /(住民|市民|区民|保護者|利用者|本人|来館者|対象者)(に|へ|に対し|に対して|への)[^。]{0,8}(周知|通知|お知らせ)/,
    ],
    negation: 'absent',
    outside: 'never',
    weight: 5,
  },
  {
    id: 'vulnerability_management',
    label: '脆弱性・ウイルス対策',
    explain: 'ウイルス対策、修正プログラムの適用、脆弱性診断をしているか。',
    show: [/脆弱性|セキュリティパッチ|修正プログラム|ウイルス対策|ウィルス対策|マルウェア|パターンファイル|不正プログラム|EDR|サポート期間内/],
    negation: 'absent',
    outside: 'never',
    specific: /年\d+回|月\d+回|毎(月|日|週)|即日|\d+日以内|自動|脆弱性診断/,
    weight: 4,
  },
  {
    id: 'third_party_provision',
    label: '外部提供・第三者提供',
    explain: '第三者（警察・他機関等）に提供するか、提供のルールと記録。',
    show: [/第三者(に|へ)?(の)?提供|外部(に|へ)?(の)?提供|提供先|提供・移転|目的外(の)?提供/],
    negation: 'counts',
    outside: 'never',
    weight: 5,
  },
  {
    id: 'anonymization',
    label: '匿名加工・統計化',
    explain: '個人が分からない形に加工するか、再識別を禁じているか。',
    show: [/匿名加工|匿名化|仮名加工|再識別|個人を(特定|識別)できない|統計(的に|情報として|処理)/],
    negation: 'counts',
    outside: 'never',
    weight: 4,
  },
  {
    id: 'data_subject_rights',
    label: '本人の権利（開示・訂正）',
    explain: '本人からの開示・訂正・利用停止の請求への対応。',
    show: [/開示請求|訂正請求|利用停止請求|開示・訂正|自己情報の開示/],
    negation: 'absent',
    outside: 'never',
    weight: 3,
  },
  {
    id: 'governance_documentation',
    label: '運用ルール・手順の文書化',
    explain: '運用の決まりや手順が要領・マニュアル等として文書になっているか。',
    show: [/(要領|要綱|マニュアル|手順書|規程|ルール|対策基準|実施手順)(に|を)(定め|作成|整備|規定)|運用要領|チェックリスト|自己点検/],
    negation: 'absent',
    outside: 'never',
    weight: 4,
  },
];

export const SAFEGUARD_BY_ID: ReadonlyMap<SafeguardId, SafeguardDef> = new Map(SAFEGUARDS.map((s) => [s.id, s]));
