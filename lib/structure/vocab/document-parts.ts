/**
 * Words that name parts of a council packet (folded text: NFKC, no spaces).
 * Edit freely: each entry is a regular expression over one line.
 */

/** Titles of tables of contents / lists of sections. */
export const TOC_TITLES: RegExp[] = [/^目次$/, /^もくじ$/, /^項目一覧$/, /^目録$/, /^contents$/i, /^構成$/];

/** Lines that open an attachment belonging to the current item (別紙1, 別添, 別表2 …). */
// (not a pointer to one: 「別表のとおり」「別紙のとおりとする」 under 「８ 安全対策」 is that section's body)
//   (nor 「別添「個人情報保護対策チェックリスト」のとおり」: a pointer naming the attachment)
export const ATTACHMENT_HEAD = /^(?:別紙|別添|別表|添付資料|添付)[0-9]*(?:[-の][0-9]+)?(?!(?:に記載の|に示す)?(?:のとおり|の通り|を参照|参照))(?![^。]*(?:のとおり|の通り|を参照)(?:とする|です|である)?。?$)(?:$|[:：「『(（]|(?=[^0-9]))/;

/**
 * An excerpt of a contract-layer document attached to the item (domain.md §5.2: 仕様書, 契約書, 協定書 (指定管理者),
 * 合意書, 特約条項/特記事項, 覚書): 「基本協定書（案）抜粋」「別添 仕様書（抜粋）」. Folded text (NFKC, no spaces).
 */
// (a work's long name before 仕様書: 「郷土資料館収蔵資料管理システム移行・保守業務委託仕様書（抜粋）」, set 177)
export const EXCERPT_HEAD = /^(?:別添|別紙|参考)?[0-9]*[^。]{0,36}(?:協定書|契約書|仕様書|合意書|覚書|特約条項|特記事項)(?:\(案\))?(?:の)?(?:\(抜粋\)|抜粋)$/;

/**
 * A whole agreement or contract attached as a draft (「別紙」 over 「救急活動における…情報の提供に関する協定書（案）」): like an excerpt,
 * its articles are the measures when most of them state one.
 */
export const AGREEMENT_HEAD = /^(?:別添|別紙|参考)?[0-9]*[^。]{0,40}(?:協定書|契約書|合意書|覚書)(?:\(案\))?$/;

/** A page whose first lines carry one of these titles starts a part that is NOT a consultation. */
export const NON_CONSULTATION_PARTS: { kind: string; re: RegExp }[] = [
  { kind: 'report', re: /[(（]報告[)）]$|^報告事項|^報告第[0-9]+号|について[(（]報告[)）]|^[0-9.．]*報告$/ },
  { kind: 'reference', re: /^参考資料[0-9]*$|^参考資料[0-9]*[^の]*$/ },
  { kind: 'minutes', re: /(?:会議録|議事録|要録|議事要旨|会議概要|会議要旨)(?:[(（]案[)）])?$/ },
  { kind: 'members', re: /委員名簿$|^名簿$|座席表$|席次表?$/ },
  { kind: 'agenda', re: /次第$/ },
  { kind: 'list', re: /(?:諮問|報告)事項一覧$|^一覧$|答申一覧$/ },
  { kind: 'toc', re: /^目次$/ },
  // the council's answer to a 諮問 (domain.md §6.3): 「答申書」「答申」「…について（答申）」 — it cites the item, it is not one
  { kind: 'answer', re: /^答申書?(?:[(（]案[)）])?$|^答申[(（]|[(（]答申(?:案)?[)）]$/ },
];

/**
 * Lines that are the title of a 諮問書 (the formal request page). The item's number may be printed in the
 * title itself: 「諮問書（諮問第20号）」 (domain.md §5.3 item ids). A letter titled 「…について（諮問）」 is one too, also when
 * its title wraps and the last line is short (「…業務委託及びシステム」「の変更について（諮問）」).
 */
export const SHIMONSHO_TITLE =
  /^諮問書(?:[(（](?:写|案|写し|(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号)[)）]|[:：]?(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号)?$|^諮問について$|^諮問文$|^.{2,80}について[(（]諮問[)）]$/;
