/** Finding safeguard mentions and vague phrases in units. */
import type { SafeguardId } from '../analysis/schema.ts';
import { DESCRIBES_ITEM_IDS, SAFEGUARDS, type SafeguardDef } from './data/safeguards.ts';
import { NOT_A_MEASURE, VAGUE_RULES, type VagueRule } from './data/vague-rules.ts';
import type { Unit } from './units.ts';
import { plainKey, withoutUnticked } from './plain.ts';
import { CharIndex, globalOf, requiredChars, requiredStrings } from './prefilter.ts';

export interface Mention {
  id: SafeguardId;
  unit: Unit;
  keyStart: number;
  keyEnd: number;
  /** From a descriptive section (目的・項目・対象者 欄): shows the category, never vague. */
  descriptive?: boolean;
  /** A descriptive items section whose list ends open (「…等」「…を含む」): the category is vague. */
  openList?: boolean;
}

export interface VagueHit {
  rule: VagueRule;
  unit: Unit;
  /** Key range of the phrase as quoted (the match extended to a readable phrase). */
  keyStart: number;
  keyEnd: number;
}

/** An empty match does not move lastIndex: step over one character (a code point with /u or /v), as matchAll does. */
function stepOver(g: RegExp, s: string, at: number): number {
  return at + (g.unicode || g.unicodeSets ? (s.codePointAt(at) ?? 0) > 0xffff ? 2 : 1 : 1);
}

/** Every non-empty match of `re` in `s`. */
export function nonEmptyMatches(re: RegExp, s: string): { index: number; text: string }[] {
  const g = globalOf(re);
  const out: { index: number; text: string }[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    if (m[0]) out.push({ index: m.index, text: m[0] });
    else g.lastIndex = stepOver(g, s, m.index);
  }
  return out;
}

/** Negated predicate right after a match, within the same clause: 「ログは取得しない」「暗号化は行わない」. */
const NEGATED_AFTER = /^[^。、]{0,14}?(しない|行わない|せず|されない|させない|ません|ない)(?!よう|ように|限り|場合)/;
/** A PIA form answer that says the measure is not taken: ［ 行っていない ］［ 定めていない ］. */
const NEGATIVE_SELECTION = /\[[^\]]{0,14}(ていない|しない|なし|無し|未実施)\]/;

/**
 * The match heads a list whose predicate is negated: 「顔認証、属性の推定及び追跡は行わない」. The 「、」 after it
 * is a list comma (nouns up to 及び／並びに／又は, then the negated predicate), not the end of a clause.
 */
const NEGATED_LIST_AFTER = /^、[^。、]{0,30}?(及び|並びに|又は|若しくは|や)[^。、]{0,20}?(しない|行わない|せず|されない|させない)(?!よう|ように|限り|場合)/;

/** An obligation written as a double negative (「遵守しなければならない」) is not a negation. */
const OBLIGATION = /(なければ|なくては|ねば)ならない/g;

/** 「…のIDとパスワードでなければ起動できない」: a condition that the measure must be met, not a negation of it. */
const ONLY_WITH = /^[^。、]{0,4}(でなければ|がなければ|なしでは|なしには|を使わなければ|を入力しなければ)/;

/** A bracketed aside right after the match: 「ＡＩカメラ作動中（映像は保存しません）」の表示 — the sign's own words, not the predicate. */
const ASIDE = /\([^()]{0,30}\)/g;

/**
 * The match is the topic and the sentence ends saying it is not done: 「保存データの暗号化は、現行の提供サービスでは行って
 * いない。」「第三者による脆弱性診断は、今回の構築範囲に含めていない。」 (sets 215, 214). Only verbs of doing at the end of
 * the sentence: 「ログは、改ざんできない形式で保存する」 is no negation.
 */
const NEGATED_TOPIC_AFTER = /^[一-龯ァ-ヶー]{0,6}は、[^。]{0,30}?(行っていない|行わない|実施していない|実施しない|導入していない|導入しない|含めていない|含めない|含まない|予定していない)(。|$)/;

/**
 * The match is said to be impossible: 「相談者一人ひとりから利用の同意を得ることは、匿名の相談も多く困難です。」 (set 224):
 * the measure is not taken.
 */
const IMPOSSIBLE_AFTER = /^[^。、]{0,8}(こと|の)は、?[^。]{0,30}?(困難|難しい|不可能|できない)(です|である|であり|であるため|なため|ため)?(。|、|$)/;

/**
 * A certificate or listing said not to be held, with the list's long name between: 「本システムは、ISMAPクラウドサービスリスト
 * には登録されていない。」 (set 237; NEGATED_AFTER reads 14 characters only).
 */
const NOT_HELD_AFTER = /^[^。、]{0,24}?(登録|取得|認証|認定)(されて|して)(い)?(ない|ません|おらず)/;

export function isNegatedAt(key: string, end: number): boolean {
  const after = key.slice(end, end + 60).replace(ASIDE, '').replace(OBLIGATION, 'する');
  if (ONLY_WITH.test(after)) return false;
  return NEGATED_AFTER.test(after.slice(0, 20)) || NEGATED_LIST_AFTER.test(after) || NEGATED_TOPIC_AFTER.test(after) || IMPOSSIBLE_AFTER.test(after) || NOT_HELD_AFTER.test(after);
}

/**
 * Results with the catalogue by unit key: what is found in a unit depends on its key alone, and a bundle
 * repeats the same sentences in consultation after consultation (151 pages: 1849 units, 660 distinct keys).
 * Keep it that way: a rule that looks at anything but `u.key` must not be cached here.
 */
const MEMO_LIMIT = 20_000;
const MENTIONS = new Map<string, { id: SafeguardId; keyStart: number; keyEnd: number }[]>();
const VAGUE = new Map<string, { rule: VagueRule; keyStart: number; keyEnd: number }[]>();

function remember<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (v = compute()));
  }
  return v;
}

/** Every mention of a safeguard category in one unit (first match per category). */
export function mentionsInUnit(u: Unit, defs: readonly SafeguardDef[] = SAFEGUARDS): Mention[] {
  if (defs !== SAFEGUARDS) return findMentions(u, defs);
  const found = remember(MENTIONS, u.key, () => findMentions(u, defs).map(({ id, keyStart, keyEnd }) => ({ id, keyStart, keyEnd })));
  return found.map(({ id, keyStart, keyEnd }) => ({ id, unit: u, keyStart, keyEnd }));
}

/**
 * Per catalogue, built once: which categories a text may mention by its characters (prefilter.ts), and each
 * category's fields read here in objects of one shape (the data's objects differ by their optional fields, and
 * code optimised for one shape is thrown away at the next one).
 */
interface ShowPlan {
  id: SafeguardId;
  /** The category's `show` regexes are `shows[first..end)` of the catalogue's flat list. */
  first: number;
  end: number;
  absent: boolean;
  requires: RegExp | undefined;
  unless: RegExp | undefined;
}
interface CataloguePlans {
  /** Which of `shows` a text may match by its characters (one entry per regex, not per category). */
  index: CharIndex;
  /** Every category's `show` regexes, in catalogue order, as global copies (globalOf). */
  shows: RegExp[];
  plans: ShowPlan[];
}
const CATALOGUE_PLANS = new WeakMap<readonly SafeguardDef[], CataloguePlans>();
function cataloguePlans(defs: readonly SafeguardDef[]): CataloguePlans {
  let c = CATALOGUE_PLANS.get(defs);
  if (!c) {
    const shows: RegExp[] = [];
    const sets: (string[] | null)[] = [];
    const strings: (readonly string[] | null)[] = [];
    const plans: ShowPlan[] = [];
    for (const d of defs) {
      const first = shows.length;
      for (const re of d.show) {
        shows.push(globalOf(re));
        sets.push(requiredChars(re));
        strings.push(requiredStrings(re));
      }
      plans.push({ id: d.id, first, end: shows.length, absent: d.negation === 'absent', requires: d.requires, unless: d.unless });
    }
    c = { index: new CharIndex(sets, strings), shows, plans };
    CATALOGUE_PLANS.set(defs, c);
  }
  return c;
}

/**
 * A sentence about the past (「これまで…課の職員６名が作業に専従していた。」「…は紙で管理してきた。」): how things were
 * done before the change, not a measure of the item.
 */
const PAST_STATEMENT = /(ていた|でいた|てきた|でき(た|ました)|ていました|てきました)。?$/;
/**
 * The present practice told with its cost (「現在は介護保険課に紙の照会票で照会しており、回答まで１〜２日を要している。」,
 * set 215; 「現在、…を紙の台帳で管理しており、…確認に漏れが生じるおそれがあります。」, set 242; 「…は、市の職員２名で…の調整を行っ
 * ているが、…予約が取りにくい状況が続いている。」, set 243): no measure either, though it may still describe the item (DESCRIBES_ITEM_IDS: 「…市内約５万８千棟を対象とする
 * ため、…を要し」, set 122).
 */
const PRESENT_PRACTICE = /^(現在|現状|従来)(は|、)[^。]*(しており|していて|しているが|していますが|しているため)、?[^。]*(要して|要する|かかって|かかる|手間|負担|課題|煩雑|時間を|おそれ|恐れ)|(行って|して)いる(が|ものの)、[^。]*(状況が続いて|状況にあ|課題となって|問題となって)/;

/**
 * A measure considered and not adopted (「本人確認に顔認証の機器を用いることも検討したが、費用対効果の面から今回は導入しない。」,
 * set 183): not a measure of the item.
 */
const CONSIDERED_NOT_ADOPTED = /検討した(が|ものの|けれども)[^。]*(導入|採用|実施|利用|使用)(しない|しません|せず|しなかった|を見送|は見送)/;

/**
 * A matter left to be decided: the sentence names the matter and states no measure of it. Each form with the sentences it
 * was read from. (A measure that is a consultation, 「再委託については、事前に市と協議し、承認を得る」, has no 今後 nor 予定.)
 */
/** The matter named, then 「は」: 「…の方法は、」「認証方式（ＩＣカードの利用）は」「再委託の可否は」 (two forms below). */
const MATTER_IS = String.raw`(方法|方式|内容|手順|詳細|時期|取扱い|可否)(\([^()]{0,20}\))?は、?`;
/** Whether to do something, then its topic: 「…を取得できるかどうかについては、」「…提供するかどうかは、」 (two forms below). */
const WHETHER_IS = String.raw`(かどうか|か否か)(について)?(は)?、?`;
const DEFERRED_DECISION_FORMS: RegExp[] = [
  // 「リモート保守の方法については、今後、事業者と協議する予定である。」「…取扱いについては、今後検討する。」 (round 12)
  //   「再委託の可否については、契約締結までに整理する。」 (set 256)
  /については、?(今後|引き続き|契約(の)?(締結|更新)?(時|まで)に|運用開始(前|まで)に)[^。]{0,20}(協議|検討|調整|決定|整理)/,
  /については、?[^。]{0,20}(協議|検討|調整)(する|します|し、決定する)?予定(です|である)?。?$/,
  // 「大規模災害時のデータの復旧方法については、現在、受託者と協議している。」 (set 216)
  //   「バックアップの取得方法及び保管場所については、現在デジタル庁及び運用保守事業者と調整中である。」 (set 267)
  /については、?[^。]{0,24}(検討|協議|調整)(する|します|中です|中である|している|しています)。?$/,
  // 「…立入検査について質問がありましたが、実施の方法は現在検討中です。」 (set 199)
  //   「保存データの暗号化の方式は、現在、決済代行事業者に確認中です。」 (set 228: asked of the vendor, not yet known)
  new RegExp(String.raw`${MATTER_IS}[^。]{0,30}(検討|調整|協議|確認)中(です|である)。?$`),
  // 「大学における回答データの保存期間をどのように定めるかは、協定を締結する際に協議する。」 (set 208)
  /(どのように|いつ|どの程度|どこまで)[^。]{0,20}か(は|について(は)?)、?[^。]{0,24}(協議|検討|調整|決定)(する|します)(予定)?(です|である)?。?$/,
  // 「再委託先に対する監督の方法は、今後の契約更新時に検討する。」「利用者の認証方式（ＩＣカードの利用）は、システム更新時
  // （令和１０年度）に検討する予定です。」 (sets 221, 222)
  //   「なお、受託者による再委託の可否は、契約締結までに検討する。」 (set 228)
  new RegExp(String.raw`${MATTER_IS}[^。]{0,30}(今後|引き続き|契約(の)?(更新|締結)?(時|まで)|更新時|導入時|(検討|協議|調整|決定)する予定)[^。]{0,12}(検討|協議|調整|決定)?(する|します)?(予定)?(です|である)?。?$`),
  // 「操作の記録を取得できるかどうかについては、現在、システムの保守事業者に確認している。」 (set 221)
  new RegExp(String.raw`${WHETHER_IS}[^。]{0,30}(確認|検討|協議|調整)(している|していま|中)`),
  // 「許可台帳の情報を他の機関に提供するかどうかは、今後検討する。」 (set 240)
  new RegExp(String.raw`${WHETHER_IS}(今後|引き続き)[^。]{0,10}(確認|検討|協議|調整|決定)(する|します)。?$`),
  // 「保存期間は今後検討する。」 (set 268, a checklist row answered ×): the period is yet to be set
  /期間は、?[^。]{0,20}(今後|引き続き)[^。]{0,6}(検討|協議|調整|決定)(する|します)。?$/,
  // 「口座情報の保存期間は、国の通知が示された後に定める予定である。」 (set 239): the measure itself is yet to be set
  /(期間|方法|方式|手順|基準|内容|範囲)は、?[^。]{0,30}(後|まで|際)に(定める|決める|決定する|設定する)予定(です|である)?。?$/,
  // 「これについては、記録の開示請求への対応方法とあわせて引き続き検討する。」 (set 218)
  /については、?[^。]{0,30}(今後|引き続き)[^。]{0,6}(協議|検討|調整|決定)(する|します)。?$/,
  // 「その際の通信の暗号化などの方法は、改めて審議会にお諮りします。」 (set 253): the matter comes back to the council
  new RegExp(String.raw`${MATTER_IS}[^。]{0,20}改めて[^。]{0,16}(お?諮り|諮る|諮問|報告)(する|します|したい|いたします)?(予定)?(です|である)?。?$`),
  // 「ログ管理機能の導入は次期更新時に検討する。」 (set 257): a measure to be considered at the next renewal
  /(導入|実施|整備|追加|設定)は、?[^。]{0,20}(次期|次回|今後|将来)[^。]{0,12}(検討|協議|調整)(する|します)(予定)?(です|である)?。?$/,
  // 「操作ログを取得する機能の追加は、令和10年度のシステム更新時に検討する。」 (set 294): considered at a named later time
  /(導入|実施|整備|追加|設定|取得)は、?[^。]{0,20}(令和\d+年度|来年度|次年度)[^。]{0,16}(検討|協議|調整)(する|します)(予定)?(です|である)?。?$/,
  // 「警察等から写真の提供を求められた場合の取扱いは、現在のところ定めていない。」 (set 273): no rule yet
  /(取扱い|取り扱い|方法|手順|基準|ルール|対応)は、?[^。]{0,10}(定めていない|定めておらず|定まっていない|決まっていない|未定(です|である))。?$/,
  // 「…「県のサーバに保存されたデータは暗号化されているか」については、現在県に照会中である。」 (set 288): not known yet
  /(については|は)、?(現在)?[^。]{0,12}(照会中|確認中|問い合わせ中|問合せ中)(である|です|であり|となっている|となっています)?。?$/,
  // 「将来的には…との連携を検討しているが、今回の諮問には含まない。」 (set 218)
  /今回の諮問(に|には)(は)?含ま(ない|れない|ず|ません)/,
];
const DEFERRED_DECISION = new RegExp(DEFERRED_DECISION_FORMS.map((r) => r.source).join('|'));

/**
 * An incident reported (「近隣の自治体で…誤送信した事案が報道されました。」「…盗まれる事案がありました。」): why the item
 * matters (purpose_necessity), not a measure of any other category (sets 187, 188, 190).
 */
const REPORTED_INCIDENT = /(事案|事故|事例|漏えい|流出|盗難|紛失|誤送信|誤送付|誤配)[^。]{0,30}(報道され(た|ました|ている|ています)|報じられ(た|ました|ている|ています)|が?あった|が?ありました|発生し(た|ました)|起き(た|ました))。?$/;

/**
 * A question or opinion of the council reported, and nothing more (「なお、再委託の取扱いについては、前回の審議会で委員から質問が
 * ありました。」, set 239; 「前回の審議会では、…おそれがあるとのご意見をいただきました。」「本件について、委員から「…」との事前質問
 * があった。」, sets 247, 251): the matter was raised, no measure is stated (the answer, when given, is a sentence of its own).
 */
const COUNCIL_RAISED = /(委員|審議会|部会)(から|より|では|で)[^。]{0,80}?(質問|事前質問|意見|御意見|ご意見|指摘|御指摘|ご指摘|要望)(が|を)[^。]{0,6}(あった|ありました|あり|いただいた|いただきました|いただいています|受けた|受けました)。?$/;

/**
 * What other towns do (「（参考）近隣市では、録音データの保存期間を３か月としている例があります。」, set 278): a comparison,
 * not this item's measure.
 */
const OTHERS_PRACTICE = /(近隣|他|県内|全国|多く)の?(市|町|村|区|自治体|市町村|市区町村|団体)(では|において|の中には)[^。]{0,80}(例|事例|ところ)(が|も)(ある|あります|多い|多く|見られ)[^。]{0,6}。?$/;

/**
 * A risk said to go away with the item (「紙の照会書の郵送をなくすことで、郵送による紛失や誤送付のおそれもなくなる。」「ファクスの
 * 誤送信の危険がなくなるほか、…」, sets 254, 257): a benefit claimed, not a measure. The mentions in the clause naming the
 * risk (from the last 「、」 before it) are dropped; a measure the sentence names elsewhere is kept.
 */
const RISK_GOES_AWAY = /(おそれ|恐れ|危険|心配|リスク)(も|が|は)?(なくな|解消され|解消す)/;
const RISK_GOES_AWAY_ALL = new RegExp(RISK_GOES_AWAY.source, 'g');
const withoutRiskGoneAway = (key: string, found: Mention[]) =>
  withoutSpans(key, found, RISK_GOES_AWAY_ALL, (m) => [key.lastIndexOf('、', m.index) + 1, m.index]);

/** The mentions that start outside every span [start, end) that `span` gives for a match of the global `re` in `key`. */
function withoutSpans(key: string, found: Mention[], re: RegExp, span: (m: RegExpExecArray) => [number, number]): Mention[] {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key))) {
    const [start, end] = span(m);
    found = found.filter((f) => f.keyStart < start || f.keyStart >= end);
  }
  return found;
}

/**
 * Words quoted as another's question or opinion (「…には、「障害時のバックアップの体制を明らかにすること」との附帯意見が付されて
 * いる」「委員から「バックアップはどうなるのか」との質問があり、…」, set 266): what was asked for, not a measure. The mentions
 * inside the quotation are dropped; the sentence's own words are read.
 */
//   (the quotation may open in the sentence before: 「…見られなくなるのではないか。バックアップはどうなるのか」との質問)
const QUOTED_OPINION = /(?:「|^)[^「」]{1,160}」と(?:の|いう)(?:事前)?(?:質問|意見|御意見|ご意見|附帯意見|指摘|御指摘|ご指摘|要望|答申)/g;
const withoutQuotedOpinion = (key: string, found: Mention[]) =>
  withoutSpans(key, found, QUOTED_OPINION, (m) => [m.index, key.indexOf('」', m.index)]);

/** A sentence that leaves a safeguard to be decided (DEFERRED_DECISION): no mention, but its plan is a phrase to ask about. */
export function defersMeasure(u: Unit): boolean {
  return DEFERRED_DECISION.test(u.key) && mentionsInKey(u, plainKey(withoutUnticked(u.key)), SAFEGUARDS).length > 0;
}

function findMentions(u: Unit, defs: readonly SafeguardDef[]): Mention[] {
  // 「限ります」「接続しません」: read as 「限る」「接続しない」 (same offsets; plain.ts).
  let found = mentionsInKey(u, plainKey(withoutUnticked(u.key)), defs);
  if (!found.length) return found;
  // (the law a past practice rested on is still the item's basis: 「浄化槽法第４９条に基づき市が作成する浄化槽台帳は、
  // これまで…管理してきた。」)
  if (PAST_STATEMENT.test(u.key)) return found.filter((m) => m.id === 'legal_basis');
  if (PRESENT_PRACTICE.test(u.key)) return found.filter((m) => DESCRIBES_ITEM_IDS.has(m.id));
  if (CONSIDERED_NOT_ADOPTED.test(u.key) || DEFERRED_DECISION.test(u.key) || COUNCIL_RAISED.test(u.key) || OTHERS_PRACTICE.test(u.key)) return [];
  if (REPORTED_INCIDENT.test(u.key)) return found.filter((m) => m.id === 'purpose_necessity');
  if (u.key.includes('」と')) found = withoutQuotedOpinion(u.key, found);
  return RISK_GOES_AWAY.test(u.key) ? withoutRiskGoneAway(u.key, found) : found;
}

/**
 * The catalogue's mentions in a unit's key as read (a function of its own: V8 optimises the loop apart). A category
 * is read when one of its regexes may match by the key's characters, and only those regexes are run: a regex
 * whose characters are all absent from the key cannot match (the same result as running it, without compiling it).
 */
function mentionsInKey(u: Unit, key: string, defs: readonly SafeguardDef[]): Mention[] {
  const out: Mention[] = [];
  const negativeSelection = NEGATIVE_SELECTION.test(key);
  const { index, shows, plans } = cataloguePlans(defs);
  const maybe = index.candidates(key);
  for (let i = 0; i < plans.length; i++) {
    const d = plans[i];
    let k = d.first;
    while (k < d.end && !maybe[k]) k++;
    if (k === d.end) continue;
    if (d.requires && !d.requires.test(key)) continue;
    if (d.unless && d.unless.test(key)) continue;
    for (; k < d.end; k++) {
      if (!maybe[k] || !index.holds(k, key)) continue;
      const m = firstCountingMatch(shows[k], key, d.absent, negativeSelection);
      if (m) {
        out.push({ id: d.id, unit: u, keyStart: m.index, keyEnd: m.index + m[0].length });
        break;
      }
    }
  }
  return out;
}

/**
 * The first non-empty match of global `g` in `key` that counts (for an `absent` category, not negated), or null.
 * Read lazily: most sentences have no match or one.
 * One `exec` call site: V8 optimises this loop inlined in mentionsInKey, and a second call site (the loop's update,
 * run only after a match that does not count) had no type feedback then, which threw the optimised code away.
 */
function firstCountingMatch(g: RegExp, key: string, absent: boolean, negativeSelection: boolean): RegExpExecArray | null {
  g.lastIndex = 0;
  for (;;) {
    const m = g.exec(key);
    if (!m) return null;
    if (!m[0]) {
      g.lastIndex = stepOver(g, key, m.index);
      continue;
    }
    const end = m.index + m[0].length;
    if (absent && (isNegatedAt(key, end) || negativeSelection)) continue;
    return m;
  }
}

const WORD_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]/u;
/** Hiragana that can sit inside a noun (漏えい, き損); particles and verb endings cannot. */
const OKURIGANA = /[ぁ-ゖ](?<![をにはがでとのもへやかうるくすつぬむしたれよ])/u;
const OBJECT_PARTICLE = /[をはが]/;
const FORWARD_STOP = /[、。,]/;

/** Extend a rule match to a readable phrase: 「パスワードを定期的に変更する」「書類等」. */
function extend(key: string, start: number, end: number, rule: VagueRule): [number, number] {
  let s = start;
  if (rule.id === 'tou' || rule.id === 'tou_kinshi') {
    // Back over the word the 「等」 closes: kanji/katakana, and okurigana such as 「漏えい」.
    while (s > 0 && start - s < 10 && (WORD_CHAR.test(key[s - 1]) || (OKURIGANA.test(key[s - 1]) && s - 2 >= 0 && (WORD_CHAR.test(key[s - 2]) || OKURIGANA.test(key[s - 2]))))) s--;
    return [s, end];
  }
  if (s > 0 && OBJECT_PARTICLE.test(key[s - 1])) {
    // 「パスワードを定期的に…」: take the object word in front of the particle.
    let b = s - 1;
    while (b > 0 && s - 1 - b < 10 && (WORD_CHAR.test(key[b - 1]) || (OKURIGANA.test(key[b - 1]) && b - 2 >= 0 && WORD_CHAR.test(key[b - 2])))) b--;
    if (s - 1 - b >= 1) s = b;
  }
  let e = end;
  while (e < key.length && e - end < 20 && !FORWARD_STOP.test(key[e])) e++;
  return [s, e];
}

/** Vague phrases in one unit, after the 'unless' / 'before' / 'onlyWithOther' conditions. */
export function vagueInUnit(u: Unit, rules: readonly VagueRule[] = VAGUE_RULES): VagueHit[] {
  if (rules !== VAGUE_RULES) return findVague(u, rules);
  const found = remember(VAGUE, u.key, () => findVague(u, rules).map(({ rule, keyStart, keyEnd }) => ({ rule, keyStart, keyEnd })));
  return found.map(({ rule, keyStart, keyEnd }) => ({ rule, unit: u, keyStart, keyEnd }));
}

/** Where one clause of a sentence ends: a verb's continuative form and 「、」 (「…報告させ、」「…適用するとともに、」). */
const CLAUSE_END = /(?:し|せ|て|り|とともに)、/g;

/** The clause of `key` that holds [start, end): from after the previous clause end to the next one. */
export function clauseAround(key: string, start: number, end: number): string {
  let from = 0;
  let to = key.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(key); m; m = CLAUSE_END.exec(key)) {
    const cut = m.index + m[0].length;
    if (cut <= start) from = cut;
    else if (cut - 1 >= end) {
      // the clause ends before its 「、」
      to = cut - 1;
      break;
    }
  }
  return key.slice(from, to);
}

/** Per rule list, the rules a text may match by its characters (prefilter.ts); built once per list. */
const RULE_INDEX = new WeakMap<readonly VagueRule[], CharIndex>();

function findVague(u: Unit, rules: readonly VagueRule[]): VagueHit[] {
  if (NOT_A_MEASURE.test(u.key)) return [];
  let index = RULE_INDEX.get(rules);
  if (!index) RULE_INDEX.set(rules, (index = new CharIndex(rules.map((r) => requiredChars(r.re)), rules.map((r) => requiredStrings(r.re)))));
  const maybe = index.candidates(u.key);
  const matches: { r: VagueRule; start: number; end: number }[] = [];
  for (let i = 0; i < rules.length; i++) {
    if (!maybe[i] || !index.holds(i, u.key)) continue;
    const r = rules[i];
    if (r.unless && !r.unlessInClause && r.unless.test(u.key)) continue;
    for (const m of nonEmptyMatches(r.re, u.key)) {
      if (r.unless && r.unlessInClause && r.unless.test(clauseAround(u.key, m.index, m.index + m.text.length))) continue;
      if (r.before && r.before.test(u.key.slice(0, m.index)) && (!r.beforeOnlyIf || r.beforeOnlyIf.test(u.key))) continue;
      matches.push({ r, start: m.index, end: m.index + m.text.length });
    }
  }
  matches.sort((a, b) => a.start - b.start);
  let raw: VagueHit[] = [];
  const coreEnds: number[] = [];
  for (let i = 0; i < matches.length; i++) {
    const { r, start, end } = matches[i];
    const next = matches.find((m) => m.start >= end && m.r !== r && !m.r.onlyWithOther);
    let [s, e] = extend(u.key, start, end, r);
    // Stop before the next vague phrase (「十分なセキュリティ対策を講じるよう」「努める」 are two).
    if (next && e > next.start) e = Math.max(end, next.start);
    while (e > end && /[よう]$/.test(u.key.slice(0, e)) && /(よう|ように)$/.test(u.key.slice(0, e))) e -= u.key.slice(0, e).endsWith('ように') ? 3 : 2;
    raw.push({ rule: r, unit: u, keyStart: s, keyEnd: e });
    coreEnds.push(end);
  }
  // A bare lead-in (「十分な」 before 「セキュリティが確保された…」) joins the phrase that follows it.
  const merged: VagueHit[] = [];
  let prevCoreEnd = -1;
  raw.forEach((h, i) => {
    const prev = merged[merged.length - 1];
    if (prev && prev.keyEnd - prevCoreEnd <= 1 && h.keyStart <= prev.keyEnd && !h.rule.onlyWithOther && !prev.rule.onlyWithOther) {
      prev.keyEnd = Math.max(prev.keyEnd, h.keyEnd);
      prevCoreEnd = Math.max(prevCoreEnd, coreEnds[i]);
      return;
    }
    merged.push(h);
    prevCoreEnd = coreEnds[i];
  });
  raw = merged;
  const hasOther = raw.some((h) => !h.rule.onlyWithOther);
  const kept = raw.filter((h) => !h.rule.onlyWithOther || hasOther);
  // Drop a hit contained in another hit of the same unit (「十分なセキュリティが確保された」 once).
  kept.sort((a, b) => a.keyStart - b.keyStart || b.keyEnd - a.keyEnd);
  const out: VagueHit[] = [];
  for (const h of kept) {
    const dup = out.find((o) => h.keyStart >= o.keyStart && h.keyEnd <= o.keyEnd);
    if (dup) continue;
    out.push(h);
  }
  return out;
}
