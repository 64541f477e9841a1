/**
 * です・ます調の述語を常体に読み替えた検索キー（同じ長さ: 短くなった分は全角空白で埋め、位置はそのまま）。
 * 区分の語（「限る」「接続しない」「行う」）は常体で書いてあるので、「限ります」「接続しません」「行います」の
 * 資料（住民向けの説明、質問と回答の表）でも同じ規則で読めるようにする。
 */
const PAIRS: [string, string][] = [
  ['ていません', 'ていない'], ['できません', 'できない'], ['されません', 'されない'], ['しません', 'しない'],
  ['りません', 'らない'], ['いません', 'わない'],
  ['ています', 'ている'], ['できます', 'できる'], ['されます', 'される'], ['します', 'する'], ['ります', 'る'],
  ['います', 'う'], ['きます', 'く'], ['みます', 'む'], ['ちます', 'つ'], ['びます', 'ぶ'], ['ぎます', 'ぐ'],
  ['せます', 'せる'], ['れます', 'れる'], ['けます', 'ける'], ['えます', 'える'], ['べます', 'べる'], ['めます', 'める'],
  ['ねます', 'ねる'], ['じます', 'じる'],
];
const PLAIN = new Map(PAIRS.map(([a, b]) => [a, b.padEnd(a.length, '\u3000')]));
const POLITE = new RegExp(PAIRS.map(([a]) => a).sort((x, y) => y.length - x.length).join('|'), 'g');

export function plainKey(key: string): string {
  if (!key.includes('ま')) return key;
  return key.replace(POLITE, (m) => PLAIN.get(m)!);
}

/**
 * A form's check boxes (domain.md §5.1 「外部委託記録票」 with items such as 再委託の禁止 marked): 「■」 is ticked, 「□」
 * is not, and an unticked item states nothing. The text of each 「□」 item (to the next box or the end of the clause) is
 * blanked, same length. A lone 「□」 without any 「■」 is a bullet (domain.md §5.4 ■□ headings). A checklist row answered
 * 「×」「該当なし」 is blanked the same way first (withoutNotApplicable, below).
 */
const UNTICKED_ITEM = /[□☐][^■□☐☑。、]*/g;
export function withoutUnticked(key: string): string {
  key = withoutNotApplicable(key);
  const at = key.search(/[□☐]/);
  if (at < 0) return key;
  // a check-box list: a ticked box beside it, or two boxes or more; a lone 「□」 is a bullet
  if (!/[■☑]/.test(key) && (key.match(/[□☐]/g) ?? []).length < 2) return key;
  return key.replace(UNTICKED_ITEM, (m) => '\u3000'.repeat(m.length));
}

/**
 * A checklist row answered 「該当なし」「×」「非該当」 (「13 クラウドサービスを利用する場合、データの保存場所が国内であるか
 * 該当なし クラウドサービスは利用しない。」「12 従事者に個人情報保護の研修を行 × 受託者の社内規程による。」 with the rest
 * of the question on the next line): the question names a measure the item does not take. The question, up to the answer
 * mark, is blanked (same length); the department's note after the mark is read as written. A row is a question (「…か」
 * before the mark) or a numbered row; the legend 「記入欄：○＝実施する ×＝実施しない」 is neither.
 */
// (「該当な」「し」: a narrow cell wraps the mark)
// (「６ 共有フォルダに保存した申請データを暗号化する。 × 現行の共有フォルダは暗号化に対応していない。」: a row written as a sentence,
//  its 「。」 before the mark; units.ts keeps such a row one unit)
// (「15 操作ログの取得 － 委託先の標準仕様によります。」: a dash in the mark column is 「not done / not applicable」)
// (「4 アクセス記録（ログ）を取得し点検している □ 現行システムに記録機能なし。」: an empty box in the mark column is 「not done」)
const NOT_APPLICABLE_ROW = /^[^。]*?(?:。(?=[×✕✗]|該当な(?!い)|非該当|対象外))?(?=(該当な(?!い)|非該当|対象外|該当しない|[×✕✗]|(?<![0-9A-Za-z(（])[-－−―–—](?![0-9A-Za-z])|(?<=(いる|いるか|か|ある|あるか))[□☐](?![^。□☐■☑]*[□☐■☑])))/;
/**
 * An unnumbered row, the question a statement and its mark at the end (「データを暗号化している ×」, set 225), or the mark
 * printed inside the question's wrapped cell (「外部へ提供する場合の取扱いを定 － 該当なし めている」): the whole row states
 * nothing. The legend (「○：実施する ×：実施しない」) ends with no mark.
 */
const ROW_ENDS_MARKED = /^[^。○◯]{2,40}?(いる|ている|てある|する|した|ある)([×✕✗]|[-－−―]?該当なし)$/;
/**
 * An unnumbered row, the question a statement and its mark followed by a note (「提供先でデータを暗号化して保存する × 統計データ
 * のため求めない」「本人への通知を行う × 該当なし」, set 282): the statement up to the mark is not done.
 */
const ROW_STATEMENT = /^[^。○◯●☑✓✔]{4,40}(いる|ている|てある|する|した|ある|行う|います|ます)[\s\u3000]*$/;
/** A checklist row that names a measure and is crossed (「保存データの暗号化 ×」「ＵＳＢメモリ等の使用 ×」, set 287): not taken. */
// (with a note that it is not done: 「事故発生時の連絡体制 × 県において検討中」, set 291)
const LABEL_ROW_CROSSED = /^[^。○◯、]{2,20}[×✕✗]([^。○◯]{0,12}(検討中|未実施|未対応|未定|予定|なし|しない|行わない))?$/;
const MARK_INSIDE_ROW = /^[^。○◯]{2,30}?([-－−―]該当なし|[×✕✗])(めている|ている|いる)$/;
/**
 * The note after a 「×」「該当なし」 mark saying only that the thing is not there (「クラウドサービスのため町の端末への接続はない。」
 * 「バックアップからの復元は事業者の標準サービスに含まれていない。」「個人あての案内のため匿名化はできない。」): nothing is stated.
 * The authors of sets 70, 230, 234, 255 and 257 read such rows so; set 63's author counted 「…接続はない」 (the one row
 * this costs). A rule of not doing it (「記録媒体は使用しない」「再委託は行わない」「…へ提供することはない」) is read as written:
 * the authors of sets 45–229 count 「記録媒体は使用しない」 in such rows (5 of 5).
 */
const ABSENCE_NOTE = /^(該当な(し)?|非該当|対象外|[×✕✗])[^。]*((?<!こと)はない|(?<!こと)がない|ていない|できない|含まれない)。?$/;
function withoutNotApplicable(key: string): string {
  if (!/[×✕✗□☐\-－−―–—]|該当|対象外/.test(key)) return key;
  if (ROW_ENDS_MARKED.test(key) || MARK_INSIDE_ROW.test(key) || LABEL_ROW_CROSSED.test(key)) return '\u3000'.repeat(key.length);
  const m = NOT_APPLICABLE_ROW.exec(key);
  if (!m || !m[0] || !(m[0].includes('か') || /^[0-9]/.test(m[0]) || ROW_STATEMENT.test(m[0]))) return key;
  if (ABSENCE_NOTE.test(key.slice(m[0].length))) return '\u3000'.repeat(key.length);
  return '\u3000'.repeat(m[0].length) + key.slice(m[0].length);
}

/**
 * A question standing alone asks and states nothing: a Ｑ＆Ａ written as text (「２ クラウド上に保存されるデータは暗号化
 * されているのか。」, its answer in the next sentence) or the rest of a wrapped checklist question (「わせるか」).
 * `sentence`: a whole sentence (ends with 「。」/「？」), whose subject the next sentence answers.
 */
const QUESTION = /(か|のか|ですか|ますか|でしょうか)[。?？]?$/;
/**
 * A checklist row whose question wraps after its answer (「2 契約書に個人情報取扱特記事項を添 ○ 市の標準特記事項を添付」
 * then 「付しているか」 on the next line, read as one unit): a ticked mark with its note inside is an answer, not a question.
 */
const ANSWERED_ROW = /[○◯☑✓✔■][^○◯☑✓✔■]{6,}/;
export function questionKind(key: string): 'sentence' | 'fragment' | null {
  if (!QUESTION.test(key) || key.slice(0, -1).includes('。')) return null;
  if (ANSWERED_ROW.test(key.slice(1))) return null;
  return /[。?？]$/.test(key) ? 'sentence' : 'fragment';
}
