/**
 * Consultation types (ConsultationType of the analysis contract) and the wording that names them
 * in a 諮問書's 「諮問事項」, an item's title or its headings. Regular expressions over folded text
 * (NFKC, no spaces). One item can match several types (委託 + 外部結合 + 記録).
 * See ../../../../shared/domain.md §1 for the vocabulary.
 */
import type { ConsultationType } from '../../analysis/schema.ts';

export const TYPE_PATTERNS: { type: ConsultationType; re: RegExp }[] = [
  // 「…アプリを導入するため、その運用を事業者に委託し、…と結合することについて意見を求める」
  //   「（１）…事業の…社会福祉協議会への委託（個人情報を取り扱う事務の委託）」
  { type: 'outsourcing', re: /外部委託|業務委託|業務の委託|処理の委託|事務の委託|事業の委託|(?:会|社|法人|団体|事業者)への委託|委託(?:する|の内容|内容|及び|等の内容|について)|(?<!諮問第[0-9]+号の)委託に|(?:運用|業務|作業|処理|事務|入力|発送|印刷)(?:の一部)?を[^。、]{0,12}に委託し/ },
  { type: 'worker_dispatch', re: /労働者派遣|派遣労働者/ },
  //   「…アンケートの分析のための個人情報の目的外利用及び提供について」 (set 243): the law's pair names both acts
  //   (not a measure that forbids them: 「目的外利用及び提供の禁止」)
  { type: 'external_provision', re: /目的外(?:の)?利用(?:及び|並びに|・|と)(?:外部|第三者)?(?:への)?提供(?![^。、]{0,6}(?:の)?(?:禁止|制限|をしない|をさせない|しない|させない))/ },
  //   「…を、まちづくり課が利用すること（保有目的以外の目的のための利用）」
  //   「…のデータを、高齢福祉課が見守りに利用することについて」「利用目的以外の利用となるため」「取得した目的以外の利用に当たる」:
  //   the city's information put to another use by another of its departments, even when the law's ground is a provision to
  //   another organ (第69条第2項第3号: 教育委員会 → 市長部局)
  //   「市民税課が保有する地方税関係情報を庁内連携により利用すること」 (set 159: a department's information used by another
  //   through the city's own link)
  { type: 'purpose_external_use', re: /目的外(?:の)?利用|目的外使用|(?:保有|利用)目的以外の目的(?:のため)?の(?:利用|使用)|目的以外の(?:目的での)?利用(?:と|に)(?:なる|当た|該当)|(?:情報|データ|記録|結果)(?:の一部)?を、?[^。]{0,60}に利用すること|(?:課|部|局|室)が保有する[^。]{0,30}(?:情報|データ|記録)を、?[^。]{0,20}により利用すること/ },
  // 「…を、…町外の関係者に提供することについて」 in the request; 「これは実施機関以外の者への提供に当たるため」
  //   (「諮問第１２号の委託に伴い、…台帳に記録する」: another item's act, named as the occasion, is not this item's)
  //   「名簿の情報を、…消防本部（一部事務組合）に提供することについて」: the data given to a body outside (a 課 or 係 of the
  //   city is a use for another purpose, not a provision)
  { type: 'external_provision', re: /外部提供|目的外提供|第三者(?:への)?提供|外部への提供|(?:実施機関|本市|本町|本村)以外の(?:者|もの)(?:へ|に)の提供|情報提供(?:の制限)?の例外|(?:関係者|関係機関|団体|協会|警察|大学|市町村|自治体|社会福祉協議会)[^。、]{0,10}(?:に|へ)提供する|(?:情報|名簿|データ)を、?[^。]{0,45}(?<!課|係|室|部|局|センター)(?:[)）])?(?:に|へ)(?:提供|交付)すること/ },
  // (法の語は「取得」: 「本人以外の者からの取得」)
  //   「…緊急連絡先を、本人のほか、担当の介護支援専門員及び地域包括支援センターから収集すること」
  //   「…を本人以外の者（県警察）から収集すること」 (set 228: the source named in brackets)
  { type: 'indirect_collection', re: /本人以外(?:の者|のもの)?(?:\([^()]{1,20}\))?(?:から)?の(?:個人情報の)?(?:収集|取得)|本人以外(?:収集|取得)|本人以外(?:の者|のもの)?(?:\([^()]{1,20}\))?から(?:の)?(?:個人情報を)?(?:収集|取得)|本人のほか[、,]?[^。]{0,40}から(?:収集|取得)(?:する|すること)/ },
  // 「通報の内容を高齢者福祉システムに記録すること」 in the request: recording in the city's own system; 「対象者名簿の電子化」
  //   (「…の「アレルギー対応管理システム」（新規・小型）に記録する」: the system's name quoted, a note after it;
  //   「電子計算機処理に係る個人情報の記録（ＲＰＡの導入）」: the request in the ordinance's words;
  //   「受給者情報を、国が運用する医療費助成情報連携基盤に登録し」: another body's platform, set 131)
  //   「市の相談記録サーバ（電子計算組織）に記録することについて諮問します」 (set 203: the ordinance's word in brackets)
  //   「…に係る個人情報を電子計算組織（障害福祉総合システム）に記録すること」 (set 262: the system's name in brackets)
  //   「審査の記録を紙の台帳から電子計算組織へ移し、記録することについて諮問する」 (set 277)
  { type: 'computer_recording', re: /電子計算(?:組織|機)(?:[(（][^()（）]{1,20}[)）])?[)）]?(?:に|へ|への)(?:の)?(?:個人情報の)?(?:記録|登録)|電子計算(?:組織|機)(?:に|へ)移し、?(?:記録|登録)|電子計算(?:組織|機)(?:による)?処理に係る(?:個人情報の)?記録|記録する個人情報の項目|記録項目の(?:追加|変更)|(?:システム|基盤|サーバー?)[」』]?(?:[(（][^()（）]{1,10}[)）])?(?:に|へ)(?:記録|登録)(?:する|すること|し)|(?:名簿|台帳)(?:の)?(?:電子化|データ化|システム化)|システムへの(?:個人情報の)?(?:記録|登録)(?:について|及び|並びに|・)|サービス(?:に|へ)記録(?:する|すること)/ },
  {
    type: 'system_change',
    //   「① 個人情報を取り扱うシステムの導入（ＡＩ－ＯＣＲサービスの利用）」
    //   (not 「…システムの導入に伴う実施機関以外のものとの通信回線による結合」, set 264: the introduction is the occasion,
    //   the act is what follows)
    re: /情報システムの(?:導入|変更|更新|構築)|(?:個人情報を)?(?:処理する|取り扱う|扱う)(?:情報)?システムの(?:導入|変更)|電子計算組織の(?:導入|変更|新設)|システム(?:の)?(?:導入|変更|更新)(?:及び|・|、|について|に係る)|システムを(?:導入|更新|変更)すること/,
  },
  // 「実施機関以外のものとの結合として意見を求める」 (domain.md §7.1: 区の機関以外のものとの外部結合)
  { type: 'external_linkage', re: /外部結合|オンライン結合|通信回線(?:による|で)(?:電子計算組織の)?結合|通信回線を(?:用いた|利用した|使用した)結合|結合の(?:内容|方法)|以外のもの(?:と|との)(?:の)?[^。、]{0,16}結合|電子計算(?:組織|機)(?:と|との|の)(?:の)?結合|(?:システム|サービス|サーバ|クラウド)[^。、]{0,4}(?:と|とを)結合(?:する|し)|通信回線(?:により|によって|を通じて|を介して|を用いて)結合|(?:システム|ネットワーク|基盤)との結合(?:について|及び|並びに|・|$)|(?:システム|サービス|サーバ|クラウド|電子計算(?:組織|機)|基盤)(?:と|とを)[^。、]{1,20}を(?:通信回線(?:で|により|によって))?結合(?:する|し)/ },
  // an application taken in online, named as the item's act (「…の申告の電子申請による受付について」「…のオンライン申請の開始について」):
  //   the form runs on a service outside the city, linked to it
  { type: 'external_linkage', re: /(?:電子申請|オンライン申請)(?:サービス)?(?:による|での|で)[^。、]{0,12}(?:受付(?!番号)|受け付ける|受け付けること)|オンライン(?:申請|受付|請求)の(?:導入|開始)/ },
  { type: 'designated_manager', re: /指定管理者/ },
  { type: 'pia', re: /特定個人情報保護評価|(?:全項目|重点項目|基礎項目)評価書|評価書の(?:承認|点検)|第三者点検/ },
  // 条例改正等 (domain.md §1): the city's own rules too (「…防犯カメラの設置及び運用に関する要綱の一部改正について」)
  { type: 'ordinance_amendment', re: /条例(?:等|及び同施行規則|施行規則)?の(?:一部)?改正|条例改正|(?:規則|要綱|規程|要領)(?:等)?の(?:一部)?改正について/ },
];

/** Weak wording used only when nothing else names the type: the title alone says 「…の導入」. */
export const WEAK_TYPE_PATTERNS: { type: ConsultationType; re: RegExp }[] = [
  // 「要保護児童等に関する情報共有システムとの接続について」: a connection to another body's system
  { type: 'external_linkage', re: /(?:システム|ネットワーク)(?:と|へ)の(?:接続|結合)/ },
  // 「避難行動要支援者名簿情報の自主防災組織等への提供について」: information given to another body
  //   「住民税の課税状況の銀河台市社会福祉協議会への提供について」: a body outside the city named as the receiver
  // (「居住支援協議会への住宅確保要配慮者に係る個人情報の提供について」: the recipient first, then what is given)
  //   「中小企業制度融資のあっせんに伴う金融機関への個人情報の提供について」「技能実習生等の受入れ企業への情報提供について」
  //   (round 12: a bank or a company named as the receiver)
  //   「保護司への支援対象者連絡票の提供について」「災害ボランティアセンターへの被災者情報の提供について」 (round 16): any
  //   receiver but a unit of the city, then what is given
  //   「空き家相談会における相談者情報の司法書士会及び宅地建物取引業協会への提供について」 (set 265: two receivers named)
  { type: 'external_provision', re: /(?:情報|名簿|データ|記録)[^。、]{0,16}への(?:平常時)?提供|(?:情報|名簿|データ|記録)の[^。、]{0,30}(?:協議会|協会|士会|法人|団体|組合|大学|事業者|医療機関|金融機関)への(?:平常時の?)?提供|(?<!課|係|室|部|局)への[^。、]{0,30}(?:情報|名簿|データ|記録|連絡票|台帳|書類|資料|写し)の提供|(?:協議会|法人|団体|組合|大学|警察署?|事業者|医療機関|金融機関|支援機関|企業|会社|事業所)への(?:平常時の?)?(?:個人)?(?:情報)?(?:の)?提供|(?:協議会|法人|団体|組合|大学|警察署?|事業者|医療機関|金融機関|支援機関|企業|会社|事業所)への[^。、]{0,30}(?:個人情報|情報|名簿|データ|記録)の提供/ },
  //   「照会に当たり申請者の個人情報を金融機関に提供するため、審議会の意見を伺います。」 (set 246): a receiver outside the city
  //   named as the one given the information (not a contractor: an outsourcing's request may say its data goes to the 事業者)
  { type: 'external_provision', re: /(?:個人情報|情報|名簿|データ|記録)を、?[^。、]{0,20}(?:協議会|団体|組合|大学|警察署?|医療機関|金融機関|支援機関)に提供(?:する|し)/ },
  // 「要介護認定結果等の介護支援専門員への提供について」 (set 275): what is given, then a receiver who is not a unit of the city
  { type: 'external_provision', re: /(?:結果|情報|名簿|データ|記録|写し|画像|映像|資料|台帳|調書)(?:等)?の[^。、\n]{1,24}(?<!課|係|室|部|局|部署|所属|庁内|担当)への提供について/ },
  // 「協賛店でのポイント交換に伴う個人情報の提供について」 (set 263): the title names a provision and no receiver
  //   (not to a unit of the city: 「福祉課への被災者情報の提供について」 is a use for another purpose)
  //   「契約情報の公表に伴う個人事業主の氏名の提供について」 (set 293): the names given
  { type: 'external_provision', re: /(?:^|\n)(?![^\n]*(?:課|係|室|部|局)への)[^\n]*(?:情報|氏名)の(?:外部)?提供について(?=\n|$)/ },
  // 「社会福祉法人等指導監査結果の公表について」「補助金等の交付先に関する情報のホームページでの公表について」 (sets 119–287: the
  //   authors typed such titles a provision to others in 7 of 10; a publication of statistics is a use for another purpose)
  { type: 'external_provision', re: /(?:^|\n)(?![^\n]*(?:統計|分析|集計|オープンデータ公開前))[^\n]*(?:結果|交付先|氏名|名簿|処分|写真|台帳|情報|一覧)(?:等)?の(?:[^\n、。]{0,14}(?:で|での|への))?(?:公表|公開)について(?=\n|$)/ },
  // 「介護給付費の不正請求に関する通報受付フォームの導入について」 (set 287): a form on a service outside the city
  { type: 'external_linkage', re: /(?:受付|申請|通報|申込み?|予約|相談)(?:用の)?(?:Web|ウェブ|オンライン)?フォームの(?:導入|設置|開設)/ },
  // 「出張所における窓口端末の更新について」: the machines that process the data replaced (set 158)
  //   「庁内ネットワーク（三層の対策）の見直しについて」 (set 267): the city's network rebuilt
  { type: 'system_change', re: /(?:システム|サービス|クラウド)(?:[(（][^()（）]{1,10}[)）])?(?:の|へ|への)?(?:導入|移行|更新|変更)|(?:ネットワーク|システム|基盤)(?:[(（][^()（）]{1,12}[)）])?の(?:見直し|再構築|更改|刷新)|オンライン化|電子化|電子申請化|(?:端末|サーバー?)(?:等)?の(?:更新|入替え|入れ替え|更改)について/ },
  // 「ＲＰＡによる国民健康保険の異動入力の自動化について」 (set 278): a software robot takes over the city's processing
  { type: 'system_change', re: /RPA|AI-?OCR|ソフトウェアロボット|(?:入力|転記|処理|事務|作業|業務)(?:の)?自動化/ },
  // 「建設リサイクル法に基づく届出の電子申請化について」: the forms move to an online service outside the city (the authors of
  //   sets 1–150 gave titles naming 電子申請・オンライン申請・オンライン化・電子化 外部結合 in 70 of 100 items, 情報システムの導入 in 36)
  { type: 'external_linkage', re: /(?:電子申請|オンライン申請)化/ },
  // 「…大会の参加申込みのオンライン受付について」: a form on a service outside the city
  { type: 'external_linkage', re: /オンライン(?:での|による)?(?:受付|申請|申込み?|予約|請求|手続き?)(?:について|の導入)/ },
  { type: 'outsourcing', re: /委託/ },
  //   「市立小学校昇降口への見守りカメラの設置について」: a camera put up films the people who pass
  { type: 'indirect_collection', re: /防犯カメラ|監視カメラ|見守りカメラ|街頭カメラ|ドライブレコーダー|車載カメラ|ウェアラブルカメラ|カメラ(?:の|を)(?:設置|増設)/ },
  // 「空家等対策における固定資産税の課税情報の利用について」: the city's own information put to another use
  { type: 'purpose_external_use', re: /情報の(?:[^。、]{0,12}(?:への|における))?利用について/ },
  // 「長期欠席の児童生徒に関する情報の学校からの収集について」
  { type: 'indirect_collection', re: /(?:から|より)の(?:個人情報の|情報の)?(?:収集|取得)/ },
];

/**
 * Last resort, over the item's whole text: the legal provision it relies on names the act.
 * 個人情報保護法第69条第2項第1・2号 = use for another purpose (目的外利用, incl. 内部利用),
 * 第3・4号 = provision to others (外部提供); 第4号 (research, statistics) is also use for another purpose.
 */
export const BODY_TYPE_PATTERNS: { type: ConsultationType; re: RegExp }[] = [
  // 第4号（学術研究・統計のための提供）: 集めた目的とは別の研究に使わせる提供で、目的外利用でもある
  // （domain.md §1: 研究機関への匿名加工データの提供が「…データの目的外利用について」として諮問された 000/489）
  //   第4号 for a provision that is plainly in the person's interest (「本人以外の者に提供することが明らかに本人の利益になる
  //   とき」: a list given to 民生委員 or a 社協 for visits) is a provision only (held-out sets 6 and 26)
  //   nor one for the person's life or body (「本人の生命又は身体の保護のために必要」: a missing person's details to the police, set 73)
  //   nor one for a special reason to provide (「…提供することについて特別の理由があるとき」: an applicant's details to the
  //   utility companies that dig the same road, set 155)
  { type: 'purpose_external_use', re: /(?:法|法律)第69条第2項第[12]号|(?:法|法律)第69条第2項第4号(?![^。]{0,30}(本人の利益|生命|身体の保護|特別の理由))|相当な理由のある内部利用|利用目的以外の目的(?:のため)?に(?:利用|使用)/ },
  { type: 'external_provision', re: /(?:法|法律)第69条第2項第[34]号/ },
];

/**
 * Last of all, when nothing above named a type (the item would be typed 「その他」, which no council uses): what the
 * item's text says it does, over its whole text. Only the two acts that items most often leave unnamed in their
 * title and request: the work given to a contractor (「町が委託する事業者が、利用者の居室にセンサーを設置する」) and a
 * connection to another body's system (a form headed 「外部結合記録票」 with a row 「結合の相手方」).
 */
export const FALLBACK_TYPE_PATTERNS: { type: ConsultationType; re: RegExp }[] = [
  //   「…が提供するクラウドサービスを、同社への委託により導入する」「委託契約には…特記事項を付ける」
  { type: 'outsourcing', re: /(?:が|の)委託する(?:事業者|業者|法人|団体)|業務を[^。、]{0,20}に委託|委託先(?:の|は|に|として)|受託(?:者|事業者)(?:は|が|に|の)|(?:会|社|法人|団体|事業者)への委託|委託契約(?:書)?(?:に|には|を|で|において)/ },
  { type: 'external_linkage', re: /外部結合|結合の相手方|結合先(?:の|は)?|通信回線(?:による|で)結合/ },
];
/**
 * When not even those name an act: an item that brings in a service or a system (「オンライン診療を導入し」「クラウド型の…
 * サービスを利用します」「【導入の目的】 …AI-OCRにより読み取った結果を取り込む」) changes how the city's work is processed.
 */
export const SYSTEM_FALLBACK_TYPE_PATTERNS: { type: ConsultationType; re: RegExp }[] = [
  { type: 'system_change', re: /導入の(?:目的|背景|理由)|導入する(?:サービス|システム)|(?:サービス|システム|アプリ|AI)[^。]{0,30}を(?:導入|利用)(?:し|する|します)|(?:オンライン|システム|サービス)[^。]{0,10}の導入(?:について|により|を図)/ },
];

/**
 * Added to the types found otherwise: the item's own sections say what it does (domain.md §1, §5.2).
 * - a section heading of the 外部結合 sheet (「結合先」「結合する市のシステム」「外部結合を必要とする理由」「結合により送信する情報」);
 * - the purpose/outline saying the city records the data in its own system (「画像データは市の文書管理システムに
 *   登録し」: 電子計算組織への記録).
 */
export const SECTION_TYPE_HEADINGS: { type: ConsultationType; re: RegExp }[] = [
  // 「結合先　国システム（こども家庭庁）」: the label with its value on the heading line
  { type: 'external_linkage', re: /^(?:結合先|結合の相手方)|^(?:結合する(?:[^。]{0,8})?システム|(?:外部)?結合(?:を必要とする|の)理由|結合により(?:送信|提供|送受信)する(?:情報|個人情報|項目))$/ },
  // the sheet of a 電子計算組織への記録 item lists what is recorded (domain.md §1: 「…に記録する個人情報の項目」)
  { type: 'computer_recording', re: /^(?:[^。]{0,12}(?:システム|電子計算組織)に)?記録する(?:個人情報|項目)(?:の項目|の内容)?$/ },
];
export const PURPOSE_HEADINGS = /目的|概要|趣旨|理由|内容/;
export const PURPOSE_TYPE_PATTERNS: { type: ConsultationType; re: RegExp }[] = [
  { type: 'computer_recording', re: /(?:市|区|町|村|県|本市|当市)の[^。、]{0,20}システム(?:に|へ)(?:登録|記録|格納)(?!して(?:いる|お)|されて)/ },
  // 「システムは、事業者が提供するサービスを利用し、その運用を事業者に委託します」: the purpose says the work is outsourced
  { type: 'outsourcing', re: /(?:その|システムの)?(?:運用|運営|保守|業務|作業|事務)(?:を|は)[^。、]{0,12}(?:事業者|民間事業者|業者|専門業者)に委託(?:します|する|し)/ },
];

/** Headings whose body states what is requested (諮問事項) — read for the types first. */
export const REQUEST_HEADINGS = /^(?:諮問事項|諮問する事項|諮問の(?:趣旨|内容|事項|理由|区分|種類|種別)|諮問する内容|諮問内容|諮問区分|お諮りする(?:事項|内容)|諮問理由|審議事項|件名|諮問の概要|(?:ご|御)?(?:審議|意見)(?:を)?(?:いただき|頂き|お願いし)たい(?:こと|事項|内容)|お諮りしたい(?:こと|事項))$/;
