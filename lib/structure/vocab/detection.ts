/**
 * Signals that a PDF (its first pages) or a link is / is not consultation material.
 * Weights add up; a document is consultation material at a score of 0.5 or more.
 * Regular expressions over folded text (NFKC, no spaces).
 */

export interface Signal {
  id: string;
  weight: number;
  re: RegExp;
}

/** Read anywhere in the first pages. */
export const POSITIVE_TEXT: Signal[] = [
  { id: 'request_wording', weight: 0.25, re: /(?:意見|点検|審議|答申)を求め|諮問します|諮問いたします|下記のとおり諮問|審議会の(?:ご|御)?意見を(?:お)?(?:伺|聴|聞)|審議会に(?:お)?諮/ },
  { id: 'pia_form', weight: 0.3, re: /特定個人情報保護評価書|全項目評価書|重点項目評価書|基礎項目評価書/ },
  { id: 'material_title', weight: 0.2, re: /諮問資料|審議会資料|諮問事項説明書|報告・諮問事項|諮問・報告資料/ },
  { id: 'type_wording', weight: 0.1, re: /外部委託|業務の委託|目的外利用|外部結合|オンライン結合|本人以外(?:から)?の(?:個人情報の)?収集|指定管理者|情報システムの(?:導入|変更)|通信回線による/ },
  // 「指定管理者が利用者の個人情報を取り扱うことから、審議会の意見を求めるものである」: the request names the handling as its reason
  { id: 'request_reason', weight: 0.2, re: /個人情報を(取り扱う|取扱う|扱う|利用する|提供する)[^。]{0,40}(ことから|ため)、?[^。]{0,10}意見を求める/ },
  { id: 'council', weight: 0.05, re: /個人情報保護(?:運営)?審議会|情報公開・個人情報保護審議会|個人情報保護委員会/ },
];

/**
 * A running header that names the council and a material number on the pages (「灯台町個人情報保護審議会 資料２」): the
 * document was handed out as the council's material. With a title that names a kind of item (TYPE_PATTERNS) it is an item
 * even with no number, request sentence or security heading (set 164, session 19).
 */
export const COUNCIL_MATERIAL_HEADER: Signal = { id: 'council_material_header', weight: 0.3, re: /個人情報保護(?:運営)?審議会[^。]{0,6}資料[0-9]+|資料[0-9]+[^。]{0,6}個人情報保護(?:運営)?審議会/ };
export const TITLE_TYPES_WEIGHT = 0.2;

/**
 * Without that header: the document's title (its first lines, joined) ends as an item's title does, 「…について」 with at most a
 * bracketed word (「（新規）」「（変更）」), and names a kind of item (TYPE_PATTERNS). With a security heading it is an item
 * (set 250). A report or an answer says so in its title (NEGATIVE_TITLE outweighs this). Narrower than consultations.ts's
 * ITEM_TITLE_END (no 「…の件」, a shorter bracket): here the title alone, with no number, makes the item.
 */
export const ITEM_TITLE: Signal = { id: 'item_title', weight: 0.3, re: /について(?:[(（][^()（）]{1,8}[)）])?$/ };

/** Read in the title area (first lines of the first page): what kind of document this is. */
export const NEGATIVE_TITLE: Signal[] = [
  // 「生成ＡＩを活用した会議録作成支援サービスの利用について」: minutes as the subject of an item (the work or the system), not the document
  // (「第３回会議録の確定について」: an agenda's item that confirms the last minutes, on a bundle's cover)
  { id: 'minutes', weight: -0.9, re: /(会議録|議事録|要録|議事要旨|会議概要|会議要旨|審議経過)(?![^。]*(作成|サービス|システム|業務|の利用|の導入|委託|の確定|の承認))/ },
  // 「広報紙及び市公式動画への市民の写真・映像の掲載について」: the newsletter as the subject of an item (what is printed in it,
  // its delivery), not the document
  { id: 'newsletter', weight: -0.9, re: /(^広報|広報誌|市報|区報|町報|村報|だより|[0-9]+月[0-9]+日号)(?![^。]*(について|掲載|配布|配送|発送|印刷|編集|委託|システム|サービス|アプリ))/ },
  { id: 'budget', weight: -0.9, re: /予算書|予算説明書|予算案|予算の概要|歳入歳出|決算書|補正予算/ },
  // (「委託先 株式会社…（指名競争入札により決定予定）」: how a vendor is chosen, in an item's table, not a tender notice)
  { id: 'tender', weight: -0.9, re: /入札公告|入札説明書|公告$|^公告|(一般|指名)競争入札(?!により|によって|で決定|で選定|を経て|の結果)|プロポーザル(?:の)?(?:実施)?(?:公告|について)|見積(?:合わせ)?(?:依頼|参加)/ },
  // (a sentence of an item's body among the first lines: 「開示決定等を受けた請求者に対し、手続の…」, 「…情報公開請求…の開示決定の
  // 記録を…」 in an item about the disclosure system itself, set 217: no title of a decision has 「、」 or 「。」)
  { id: 'disclosure', weight: -0.9, re: /^(?![^、。]*[、。])[^、。]*(開示決定|公開決定|不開示|非開示|部分開示|決定通知書|開示請求に対する)/ },
  { id: 'answer', weight: -0.5, re: /^答申|答申書|答申について/ },
  // 「令和８年度 消防町職員研修 配付資料」: a handout for staff training (set 207), not a consultation; a training system or its
  // outsourcing as the subject of an item is one (「職員研修管理システムの導入について」)
  { id: 'training', weight: -0.9, re: /(職員研修|研修資料|研修テキスト|研修教材|研修会資料)(?![^。]*(システム|サービス|委託|の導入|について|の実施に))/ },
  // 「委託先における個人情報の漏えい事案について（最終報告）」: a report to the council, not a consultation (domain.md §1 breach_report, report_item)
  // (「…附帯意見への対応状況につ」「いて（報告）」: the title wrapped before its last words, set 293)
  { id: 'report', weight: -0.9, re: /(漏えい|漏洩|事故|事案)[^。]{0,16}[(（](最終|中間|第[0-9]+)?報告[)）]$|(について|^いて|^て)[(（](最終|中間)?報告[)）]$|附帯意見[^。]{0,6}(への|に対する)(対応|措置)(状況)?(につ|について|の報告)/ },
];

/**
 * An answer letter's own title (「個人情報の取扱いについて（答申）」「答申書」) below its letterhead (文書番号, date, addressee,
 * sender), where the title lines above are not read: as sure a sign as a title in the first lines. Its 「諮問事項」 and number
 * are quoted, so a weaker sign is outweighed by them.
 */
export const ANSWER_LETTER_TITLE: Signal = { id: 'answer', weight: -0.9, re: /[(（]答申[)）]$|^答申書$/ };

/**
 * An office notice below its letterhead (「広域連携・共同処理に伴う個人情報の取扱いと審議会への諮問について（通知）」 to 各課長):
 * it tells departments how to consult the council, it is not an item. No item of sets 1–168 or the corpus carries such a
 * title; four negatives do (session 19, set 165). A packet that opens with a meeting notice still has its items' numbers.
 */
export const NOTICE_LETTER_TITLE: Signal = { id: 'notice', weight: -0.5, re: /[(（]通知[)）]$/ };

/** Link texts / surrounding text (link detection). */
export const LINK_POSITIVE: Signal[] = [
  { id: 'number', weight: 0.7, re: /諮問第?[0-9一二三四五六七八九十]+号|諮問[0-9]+/ },
  { id: 'shimon', weight: 0.5, re: /諮問(?:書|資料|事項説明)|審議会資料|会議資料|諮問・報告資料/ },
  { id: 'pia', weight: 0.5, re: /特定個人情報保護評価|評価書/ },
  { id: 'material_no', weight: 0.2, re: /^資料[0-9]+(?:-[0-9]+)?/ },
  { id: 'subject', weight: 0.3, re: /委託|外部結合|オンライン結合|目的外利用|本人以外|指定管理者|防犯カメラ|システム|クラウド|サービスの導入|について$|について[(（]/ },
  { id: 'reference_example', weight: 0.1, re: /^参考/ },
];
export const LINK_NEGATIVE: Signal[] = [
  { id: 'minutes', weight: -1, re: /会議録|議事録|要録|議事要旨|会議概要/ },
  { id: 'list', weight: -1, re: /一覧|次第|名簿|座席表|目次/ },
  { id: 'newsletter', weight: -1, re: /広報|市報|区報|だより|[0-9]+日号/ },
  { id: 'budget', weight: -1, re: /予算|決算/ },
  { id: 'tender', weight: -1, re: /入札|公告|調達/ },
  { id: 'disclosure', weight: -1, re: /開示決定|公開決定|決定通知/ },
  { id: 'answer', weight: -0.6, re: /答申/ },
  { id: 'external', weight: -0.4, re: /外部リンク|外部サイト|別ウインドウ|新しいウィンドウ/ },
  { id: 'navigation', weight: -1, re: /^(?:ページの先頭|トップページ|ホーム|戻る|前へ|次へ|印刷)/ },
];
/** Page-level context that makes an ambiguous link more likely (a council's materials page). */
export const LINK_CONTEXT: Signal[] = [
  { id: 'council_page', weight: 0.2, re: /審議会/ },
  { id: 'materials_page', weight: 0.1, re: /会議資料|諮問資料|審議会資料/ },
];
