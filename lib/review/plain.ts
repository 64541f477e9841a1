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
 * blanked, same length. A lone 「□」 without any 「■」 is a bullet (domain.md §5.4 ■□ headings).
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
 * 該当なし クラウドサービスは利用しない。」): the question names a measure the item does not take. The question, up to the
 * answer mark, is blanked too (same length); the department's note after the mark is read as written.
 */
const NOT_APPLICABLE_ROW = /^[^。]*?か(\([^)]{0,20}\))?(?=(該当なし|非該当|対象外|該当しない|[×✕✗]))/;
function withoutNotApplicable(key: string): string {
  if (!key.includes('か')) return key;
  const m = NOT_APPLICABLE_ROW.exec(key);
  return m ? '\u3000'.repeat(m[0].length) + key.slice(m[0].length) : key;
}
