/**
 * Review of one consultation against the safeguards a council expects for its types:
 * each category present / vague / missing with exact quotes, the vague phrases, and draft questions.
 *
 * Knowledge lives in ./data (catalogue, expectations, vague rules, question templates); this file only
 * combines it. Evidence is looked for in the security sections first, then (for the categories that
 * are normally written elsewhere, e.g. 根拠条例, 取り扱う項目) in the rest of the consultation's pages.
 */
import type { ConsultationType, Question, SafeguardId, SafeguardResult, VaguePhrase } from '../analysis/schema.ts';
import type { TextDocument } from '../text/types.ts';
import { findInDisplay } from '../text/search-key.ts';
import type { ConsultationFound } from '../structure/types.ts';
import { PRIORITY_MODIFIERS, type PriorityModifier } from './data/expectations.ts';
import { DEFAULT_EXPECTATION_PROFILE, EXPECTATION_PROFILES, type ExpectationProfile } from './data/expectation-profiles.ts';
import { DESCRIBES_ITEM_IDS, GENERAL_SPECIFIC, SAFEGUARDS, SAFEGUARD_BY_ID } from './data/safeguards.ts';
import { defersMeasure, mentionsInUnit, nonEmptyMatches, vagueInUnit, type Mention, type VagueHit } from './detect.ts';
import { findAlternativeLists, findConflicts } from './checks.ts';
import { findDescriptiveSections } from './descriptive.ts';
import { ITEM_LIST_RULES } from './data/vague-rules.ts';
import { ROW_LABELS } from './data/row-labels.ts';
import { ALTERNATIVE_LIST, DEFERRED_TO_APPROVED } from './data/document-checks.ts';
import { partialForAbsent, partialForEvidence, type PartialHit } from './partial.ts';
import { plainKey, questionKind, withoutUnticked } from './plain.ts';
import { looksLikePia, readPiaRisks } from './pia.ts';
import { draftQuestions, type Issue } from './questions.ts';
import { buildUnits, clauseQuote, isHeading, isLabelRow, isStatement, unitQuote, unitSentence, type Unit, type UnitPlace } from './units.ts';

export interface ReviewResult {
  safeguards: SafeguardResult[];
  vaguePhrases: VaguePhrase[];
  questions: Question[];
}

/** Where the evidence of a category was found (for the readable report and tests). */
export interface SafeguardDetail {
  id: SafeguardId;
  status: SafeguardResult['status'];
  expected: boolean;
  found: UnitPlace | null;
}

export interface ReviewDetails extends ReviewResult {
  details: SafeguardDetail[];
  expected: SafeguardId[];
  modifiers: string[];
}

/** Options of a review: which expectation table decides what is "missing" (a member's setting). */
export interface ReviewOptions {
  expectations?: ExpectationProfile;
}

/** A checklist row's tick and remark after its question: 「○受託者の社内研修（年１回）」. */
const TICKED_REMARK = /^[○◯〇✓✔]\S/;

/** The categories a row's left cell names (its content must follow the label). */
function rowLabelsOf(key: string): { id: SafeguardId; end: number }[] {
  const out: { id: SafeguardId; end: number }[] = [];
  for (const l of ROW_LABELS) {
    const m = l.re.exec(key);
    if (m && key.length - m[0].length >= 6) out.push({ id: l.id, end: m[0].length });
  }
  return out;
}

export function expectedSafeguards(types: readonly ConsultationType[], text: string, profile: ExpectationProfile = DEFAULT_EXPECTATION_PROFILE): SafeguardId[] {
  const table = EXPECTATION_PROFILES[profile];
  const set = new Set<SafeguardId>();
  for (const t of types) for (const id of table.byType[t] ?? []) set.add(id);
  for (const c of table.conditional) {
    if (c.types.some((t) => types.includes(t)) && conditionHolds(c.when, text)) for (const id of c.expect) set.add(id);
  }
  for (const x of table.exemptions) {
    if (x.types.some((t) => types.includes(t)) && x.when.test(text) && !x.unless?.test(text)) for (const id of x.drop) set.delete(id);
  }
  return SAFEGUARDS.map((s) => s.id).filter((id) => set.has(id));
}

/** Said not to be used right after it (「クラウドサービスは利用しない」「郵送・メール配信は行いません」). */
const NOT_USED_AFTER = /^[^。]{0,12}?(該当なし|該当しない|しない|しません|行わない|行いません|用いない|用いません|使用しない|利用しない|使わない|伴わない|伴いません|予定はない|ありません)/;

/** A condition of the item (cloud, mailing …) holds when it is written somewhere without being denied right after. */
function conditionHolds(when: RegExp, text: string): boolean {
  if (!when.test(text)) return false;
  return nonEmptyMatches(when, text).some((m) => !NOT_USED_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 24)));
}

/**
 * Extra priority from the item's modifiers (domain.md §2.33: sensitive items raise the bar for every
 * category): +50 for the categories a modifier names, +30 for all when a modifier names none.
 */
export function modifierBonus(modifiers: readonly PriorityModifier[], id: SafeguardId): number {
  if (modifiers.some((m) => m.raises.includes(id))) return 50;
  return modifiers.some((m) => m.raises.length === 0) ? 30 : 0;
}

/** A sentence about protecting the information as such (read for vague phrases wherever it stands). */
const PROTECTION_STATEMENT = /個人情報(の)?(保護|管理|取扱い|取り扱い)|セキュリティ(対策|水準|の水準)|安全(管理|対策|性)|保護(対策|措置)|情報管理|セキュリティポリシーに(基づ|従)/;

/**
 * A sentence that hands the rest over to the city's general rules (「その他の事項は、市の情報セキュリティポリシーに基づき適切に
 * 管理する」「村の個人情報の規程に従って適切に取り扱う」): a catch-all of its own, not the continuation of the sentence before it.
 */
const RULES_REFERENCE = /(セキュリティポリシー|規程|規則)」?に(基づ|従|則)/;
/**
 * A sentence that opens a topic of its own (「学級担任については、必要に応じて閲覧させる。」 after 「…養護教諭（１８名）に
 * 限る。」): a statement about another group or thing, not the rest of the sentence before it.
 */
const OWN_TOPIC = /^[^、。]{1,20}については、/;
/** A sentence's topic: 「宛先不明で返戻されたはがきは、」. */
const TOPIC = /^([^、。]{2,30}?)は、/;
const CONDITION_TOPIC = /(場合|際|とき|時|ため)$/;
const WORD_PAIR = /^[\u4e00-\u9fff\u30a1-\u30ffー]{2}$/;
/** Does `topic` share a two-character word (kanji or katakana) with `key`? (「保守作業の内容は、」 after 「…から保守を行う。」) */
function sharesWord(topic: string, key: string): boolean {
  for (let i = 0; i + 1 < topic.length; i++) {
    const w = topic.slice(i, i + 2);
    if (WORD_PAIR.test(w) && key.includes(w)) return true;
  }
  return false;
}

/**
 * A statement outside the sections: a sentence ending in 「。」, or a table cell written without it that ends in a
 * predicate (「データは国内のデータセンターに保存される」, 「本庁舎地下１階のサーバー室に設置（変更なし）」), long enough
 * not to be a label or a schedule line.
 */
const OUTSIDE_STATEMENT = /。$|^.{14,}(する|しない|される|されない|とする|である|している|していない|できる|できない|行う|行わない|限る|に設置|で保管|に保管|に保存)(\([^()]{1,12}\))?$/;

/**
 * A table row 「label　value」 whose value says, in a note, what the category is (「システム　事業者のクラウドサービス
 * （データセンターは国内）」): a 「…は…」 statement or a list of attributes in brackets holding the mention and the
 * category's specific words.
 */
function noteStatement(m: Mention, specific: RegExp | undefined): boolean {
  if (!specific || !isLabelRow(m.unit)) return false;
  const key = m.unit.key;
  const open = key.lastIndexOf('(', m.keyStart);
  const close = key.indexOf(')', m.keyEnd);
  if (open < 0 || close < 0 || key.slice(open, m.keyStart).includes(')')) return false;
  const note = key.slice(open + 1, close);
  // or a list of the value's attributes (「クラウドサーバー（ISMAPに登録されたクラウドサービス、国内リージョン）」)
  return (/^[^は]{1,20}は[^は]{1,20}$/.test(note) || (note.length <= 40 && note.includes('、'))) && specific.test(note);
}

/**
 * A form's row 「label　value」 whose label names the category and whose value holds its detail (「保存期間　翌年度から
 * ５年間」 on a 電子計算組織記録票): a statement, although it is not a sentence.
 */
function formRow(m: Mention, specific: RegExp | undefined): boolean {
  return !!specific && isLabelRow(m.unit) && m.keyStart <= 2 && specific.test(m.unit.key.slice(m.keyEnd));
}

/** The title of the contract's personal-information clauses (not a form's 「特記事項」 = remarks row). */
const ANNEX_CLAUSES_TITLE = /^[^。]{0,6}(個人情報|特定個人情報)[^。]{0,12}特記事項$|特約条項$/;

/** Clause index of each key position: clauses end at 「、」「,」 (a qualifier modifies the predicate of its own clause). */
function clauseAt(key: string, pos: number): number {
  let n = 0;
  for (let i = 0; i < pos && i < key.length; i++) if (key[i] === '、' || key[i] === ',') n++;
  return n;
}

/**
 * Is the mention `m` of category `id` made vague by the vague phrases of its sentence? A phrase weakens the
 * categories written in its own clause; a phrase in a clause that names no category (「…を取得し、必要に応じて
 * 確認する」) weakens every category of the sentence.
 */
function mentionIsVague(id: SafeguardId, m: Mention, hits: VagueHit[], weakUnits: Set<number>): boolean {
  const u = m.unit;
  if (weakUnits.has(u.index)) return true;
  const weakening = hits.filter((h) => h.rule.weakens);
  if (!weakening.length) return false;
  const own = clauseAt(u.key, m.keyStart);
  const clausesWithCategory = new Set(mentionsInUnit(u).map((x) => clauseAt(u.key, x.keyStart)));
  const relevant = weakening.filter((h) => {
    // a phrase that is the crux of this category (「速やかに」 for the report of an incident) weakens it in any
    // clause of the sentence: 「紛失等が判明した場合は、提供先は速やかに…連絡する」
    if (h.rule.overrides?.includes(id)) return true;
    const c = clauseAt(u.key, Math.max(h.keyStart, h.keyEnd - 1));
    return c === own || !clausesWithCategory.has(c) || (c >= own && clauseAt(u.key, m.keyEnd - 1) >= c);
  });
  if (!relevant.length) return false;
  const def = SAFEGUARD_BY_ID.get(id)!;
  // Detail offsets a vague phrase only when it is about the same action: the clauses from the mention to the phrase,
  // without the words of the vague phrases themselves (「入退室管理等」, 「アクセス権限は…適切に設定する」).
  const scope = clauseSpan(blankPhrases(plainKey(u.key), hits), own, relevant.map((h) => clauseAt(u.key, Math.max(h.keyStart, h.keyEnd - 1))));
  if (def.firm?.test(plainKey(u.key))) return false;
  // 「努める」「可能な限り」: the measure of the sentence is not an obligation, whatever detail it gives.
  if (relevant.some((h) => h.rule.nonBinding)) return true;
  // 「一定期間保存」: the period is what the category is about (保存期間, ログの保存), other detail does not make it up.
  if (relevant.some((h) => h.rule.overrides?.includes(id))) return true;
  // 「書庫で適切に保管する」: the phrase is the manner of the category's own act, in its own clause (data/vague-rules.ts crux).
  if (relevant.some((h) => h.rule.crux?.includes(id) && clauseAt(u.key, Math.max(h.keyStart, h.keyEnd - 1)) === own)) return true;
  // 「定期的に」: only its pair (a frequency) makes it specific, not the category's other detail (domain.md §4.2 pair).
  // The pair is looked for in the clauses as written: a phrase read to its end may hold its own answer (「原則として1か月以内に」).
  const pairScope = clauseSpan(plainKey(u.key), own, relevant.map((h) => clauseAt(u.key, Math.max(h.keyStart, h.keyEnd - 1))));
  if (relevant.some((h) => h.rule.pair && !h.rule.pair.test(pairScope))) return true;
  // Every phrase has its pair: answered (the pair is the detail that counts for them).
  if (relevant.every((h) => h.rule.pair)) return false;
  if (def.specific?.test(scope)) return false;
  if (GENERAL_SPECIFIC.test(scope)) return false;
  return true;
}

/**
 * The sentences that continue `u` in the same item (a list item, a table cell) without naming a category, with their
 * weakening phrases: 「閲覧の記録はシステムに残る。担当課が定期的に確認する。」 — the second sentence is about the first
 * one's category (domain.md §4.2: the pair is looked for in the sentence ±1).
 */
function continuationHits(u: Unit, units: Unit[], hitsByUnit: Map<number, VagueHit[]>): { unit: Unit; hits: VagueHit[] }[] {
  const out: { unit: Unit; hits: VagueHit[] }[] = [];
  if (u.block === undefined) return out;
  for (let j = u.index + 1; j < units.length && j <= u.index + 2; j++) {
    const v = units[j];
    if (v.block !== u.block || mentionsInUnit(v).length || RULES_REFERENCE.test(v.key) || OWN_TOPIC.test(v.key)) break;
    // (a sentence whose topic the first one does not name: 「宛先不明で返戻されたはがきは、適切に処理する。」 after 「…全件照合
    // してから封入する。」, set 271; 「記録は、…」 after a sentence on the record continues it)
    //   (a condition is no topic: 「その際は、」「…がある場合は、」)
    const topic = TOPIC.exec(v.key);
    if (topic && !CONDITION_TOPIC.test(topic[1]) && !sharesWord(topic[1], u.key)) break;
    const hits = (hitsByUnit.get(v.index) ?? []).filter((h) => h.rule.weakens);
    if (hits.length) out.push({ unit: v, hits });
  }
  return out;
}

/** Is the mention made vague by a phrase of a sentence that continues its own (see continuationHits)? */
function continuationIsVague(id: SafeguardId, m: Mention, follow: { unit: Unit; hits: VagueHit[] }[]): boolean {
  if (!follow.length) return false;
  const u = m.unit;
  const def = SAFEGUARD_BY_ID.get(id)!;
  const plain = plainKey(u.key);
  if (def.firm?.test(plain)) return false;
  const own = clauseAt(u.key, m.keyStart);
  const rest = plain.split(/[、,]/).slice(own).join('、');
  const hits = follow.flatMap((f) => f.hits);
  if (hits.some((h) => h.rule.nonBinding)) return true;
  const written = [rest, ...follow.map((f) => plainKey(f.unit.key))].join('。');
  if (hits.some((h) => h.rule.pair && !h.rule.pair.test(written))) return true;
  if (hits.every((h) => h.rule.pair)) return false;
  const scope = [rest, ...follow.map((f) => blankPhrases(plainKey(f.unit.key), f.hits))].join('。');
  return !(def.specific?.test(scope) || GENERAL_SPECIFIC.test(scope));
}

/** The key with the characters of the weakening phrases and open lists (「…等」) blanked (clause marks kept). */
function blankPhrases(key: string, hits: VagueHit[]): string {
  const chars = key.split(''); // UTF-16 units, as the key offsets
  let changed = false;
  for (const h of hits) {
    if (!h.rule.weakens && h.rule.id !== 'tou') continue;
    for (let i = h.keyStart; i < h.keyEnd && i < chars.length; i++) {
      if (chars[i] !== '、' && chars[i] !== ',') {
        chars[i] = ' ';
        changed = true;
      }
    }
  }
  return changed ? chars.join('') : key;
}

/** The key text of the clauses between the mention's clause and the farthest of the phrases' clauses. */
function clauseSpan(key: string, own: number, others: number[]): string {
  const lo = Math.min(own, ...others);
  const hi = Math.max(own, ...others);
  return key.split(/[、,]/).slice(lo, hi + 1).join('、');
}

/** Does a unit state a measure: a mention of a category that protects the data? */
function statesMeasure(u: Unit): boolean {
  return mentionsInUnit(u).some((m) => !DESCRIBES_ITEM_IDS.has(m.id));
}

export function reviewConsultationDetailed(c: ConsultationFound, doc: TextDocument, opts: ReviewOptions = {}): ReviewDetails {
  const isPiaType = c.types.includes('pia');
  const first = buildUnits(c, doc, isPiaType);
  const isPia = isPiaType || (first.units.length > 0 && looksLikePia(first.units) && c.securitySections.length === 0);
  const { units } = isPia && !isPiaType ? buildUnits(c, doc, true) : first;
  const allKey = units.map((u) => u.key).join('\n');
  // (a checklist row answered 「該当なし」 (「リモート保守を行うか　該当なし」) is no condition of the item: plain.ts)
  // A change whose other measures are those of a numbered, approved consultation: only the change is examined
  // (domain.md §1), so what it does not mention is not asked one by one; one question asks whether the approved
  // measures cover the change (data/document-checks.ts).
  const deferred = DEFERRED_TO_APPROVED.approved.test(allKey) ? units.find((u) => DEFERRED_TO_APPROVED.when.test(u.key)) : undefined;
  const expected = deferred ? [] : expectedSafeguards(c.types, units.map((u) => withoutUnticked(u.key)).join('\n'), opts.expectations);
  const expectedSet = new Set(expected);
  const modifiers: PriorityModifier[] = PRIORITY_MODIFIERS.filter((m) => m.when.test(allKey));

  // PIA risk tables: measures of a risk judged ［課題が残されている］ are weak.
  const weakUnits = new Set<number>();
  const issues: Issue[] = [];
  if (isPia) {
    for (const r of readPiaRisks(units)) {
      if (r.assessment !== '課題が残されている') continue;
      for (const u of r.units) weakUnits.add(u.index);
      const ids = r.units.flatMap((u) => mentionsInUnit(u).map((m) => m.id));
      issues.push({ kind: 'pia', id: ids[0] ?? null, page: r.title.page, quote: unitQuote(r.title, 0, r.titleKeyEnd), priority: 250 });
    }
  }

  // Vague phrases: in the sections and attachments, and (below) in the sentences outside them that are
  // taken as a category's evidence — not in background text that states no measure.
  const hitsByUnit = new Map<number, VagueHit[]>();
  const phraseAt: { unit: number; vp: VaguePhrase }[] = [];
  const seenPhrase = new Set<string>();
  // A proviso in the next sentence (「…原則として禁止する。ただし、…」) answers the phrase (domain.md §4.2: ±1 sentence).
  const unitHits = (u: Unit): VagueHit[] => {
    const next = units[u.index + 1];
    const hits = vagueInUnit(u);
    if (!hits.length) return hits;
    // a phrase inside a checklist question answered 「×」「該当なし」 or an unticked 「□」 item is not the item's wording (plain.ts)
    const read = withoutUnticked(u.key);
    // a checklist question ticked ○ whose remark cell gives the phrase's pair (「従事者に…研修を実施している。｜○｜受託者の社内研修
    // （年１回）」, set 267): the row is answered
    const remark = next && next.block === u.block && next.page === u.page && TICKED_REMARK.test(next.key) ? next.key : '';
    return hits.filter((h) => !(h.rule.unlessNext && next && next.page === u.page && h.rule.unlessNext.test(next.key)) && !(remark && h.rule.pair?.test(remark)) && !(read[h.keyStart] === '\u3000' && u.key[h.keyStart] !== '\u3000'));
  };
  /** The words of `u` between two key offsets as a reported phrase, once per page, place and quote. */
  const reportPhrase = (u: Unit, keyStart: number, keyEnd: number, rule: string) => {
    const quote = unitQuote(u, keyStart, keyEnd);
    const k = `${u.page}|${u.start}|${quote}`;
    if (seenPhrase.has(k)) return;
    seenPhrase.add(k);
    phraseAt.push({ unit: u.index, vp: { page: u.page, quote, rule } });
  };
  const reportPhrases = (u: Unit, hits: readonly VagueHit[]) => {
    for (const h of hits) reportPhrase(u, h.keyStart, h.keyEnd, h.rule.id);
  };
  // A partial-coverage rule whose covered words are themselves the vague phrase (「通信は暗号化される」: no scheme).
  const reportCovered = (h: PartialHit) => {
    const m = h.rule.covers.exec(h.unit.key);
    if (m) reportPhrase(h.unit, m.index, m.index + m[0].length, h.rule.id);
  };
  const readPhrases = (u: Unit) => {
    if (hitsByUnit.has(u.index)) return;
    const hits = unitHits(u);
    if (!hits.length) return;
    hitsByUnit.set(u.index, hits);
    reportPhrases(u, hits);
  };
  // Outside the sections, a sentence about the protection itself (「個人情報の保護に十分配慮してまいります」「十分なセキュリティ
  // 対策が講じられていると聞いています」) is a measure stated vaguely; other background text is not read for phrases.
  // An item with no named measures section (its measures scattered under the item's own headings, structure/security.ts
  // step 4): a sentence outside the picked sections that states a measure is read too (「③ 調査票及び照合結果は、必要な
  // 期間保存した後、適切に処理する。」 under 「Ⅳ 調査結果の活用」).
  const scatteredOnly = c.securitySections.length > 0 && c.securitySections.every((s) => s.role === 'scattered');
  // A safeguard left to be decided (「警察への提供の取扱いについては、今後検討する。」) states no measure, but its plan is read.
  for (const u of units) if (u.place !== 'elsewhere' || PROTECTION_STATEMENT.test(u.key) || (scatteredOnly && statesMeasure(u)) || defersMeasure(u)) readPhrases(u);

  // Mentions, grouped per category: in sections first, else elsewhere when the category allows it.
  const inside = new Map<SafeguardId, Mention[]>();
  const outside = new Map<SafeguardId, Mention[]>();
  const add = (m: Mention) => {
    const bucket = m.unit.place === 'elsewhere' ? outside : inside;
    if (!bucket.has(m.id)) bucket.set(m.id, []);
    bucket.get(m.id)!.push(m);
  };
  let askedBefore: Unit | null = null;
  for (const u of units) {
    // A question of a 質問｜回答 table states no measure; its answer carries what it asks about (units.ts questionColumns).
    if (u.question) continue;
    // So does a question written as a sentence; the next sentence, on the same page, answers it (plain.ts questionKind).
    // (the first line of a wrapped question whose last line is 「か」 alone: 「はＩＳＭＳの認証を取得している」「か」)
    const after = units[u.index + 1];
    const kind = questionKind(u.key) ?? (after && after.page === u.page && !u.key.includes('。') && questionKind(after.key) === 'fragment' && after.key.length <= 4 ? 'fragment' : null);
    const before: Unit | null = askedBefore;
    askedBefore = kind === 'sentence' ? u : null;
    if (kind) continue;
    const asked = u.asked ?? (before && before.page === u.page && before.index === u.index - 1 ? before.key : undefined);
    if (asked && isStatement(u)) {
      const own = new Set(mentionsInUnit(u).map((m) => m.id));
      const q: Unit = { ...u, key: asked };
      for (const m of mentionsInUnit(q)) if (!own.has(m.id)) add({ id: m.id, unit: u, keyStart: 0, keyEnd: 0 });
    }
    // The title of an attached 特記事項 (「個人情報取扱特記事項」 on a 別紙 page) is itself the contract clauses' evidence.
    if (!isStatement(u) && !(u.place !== 'elsewhere' && u.key.length <= 30 && ANNEX_CLAUSES_TITLE.test(u.key))) continue;
    if (!isHeading(u)) {
      const own = mentionsInUnit(u);
      for (const m of own) add(m);
      // a table row whose left cell names the category in plain words (「だれが見られるか｜保健師6名」): data/row-labels.ts
      if (u.place !== 'elsewhere') for (const r of rowLabelsOf(u.key)) if (!own.some((m) => m.id === r.id)) add({ id: r.id, unit: u, keyStart: 0, keyEnd: r.end });
      continue;
    }
    // A heading (「(3) 通信及び保存の暗号化」) promises a measure; the sentences under it must show it.
    // When they do not, but are vague (「適切に管理する」), the promise counts as a vague mention there.
    const body: Unit[] = [];
    for (let j = u.index + 1; j < units.length && body.length < 6 && !isHeading(units[j]); j++) body.push(units[j]);
    for (const m of mentionsInUnit(u)) {
      if (body.some((b) => mentionsInUnit(b).some((x) => x.id === m.id))) continue;
      for (const b of body) {
        const hit = (hitsByUnit.get(b.index) ?? []).find((h) => h.rule.weakens);
        if (hit) {
          add({ id: m.id, unit: b, keyStart: hit.keyStart, keyEnd: hit.keyEnd });
          break;
        }
      }
    }
  }

  // The item's own 目的・項目・対象者 sections (domain.md §2.1–2.3): the heading and the sentence under it.
  // An item list left open (「…、避難支援を必要とする理由等」) makes the items section vague (data/vague-rules.ts ITEM_LIST_RULES).
  const listHits = new Map<number, VagueHit[]>();
  const openItemList = (u: Unit): boolean => {
    const hits = vagueInUnit(u, ITEM_LIST_RULES);
    if (!hits.length) return false;
    listHits.set(u.index, hits);
    reportPhrases(u, hits);
    return true;
  };
  for (const d of findDescriptiveSections(units)) {
    // one open list makes the whole section vague (its heading and the list under it are one mention)
    const open = d.id === 'data_minimization' && d.units.map(openItemList).some(Boolean);
    for (const u of d.units) add({ id: d.id, unit: u, keyStart: 0, keyEnd: u.key.length, descriptive: true, openList: open });
  }

  const safeguards: SafeguardResult[] = [];
  const details: SafeguardDetail[] = [];
  const unitsUsedByVagueCategory = new Set<number>();
  for (const def of SAFEGUARDS) {
    const id = def.id;
    let ms = inside.get(id) ?? [];
    // The rest of the consultation's pages (諮問書, 利用の方法, 別紙): see OutsidePolicy in data/safeguards.ts.
    const outsideEvidence = (): Mention[] => {
      const all = outside.get(id) ?? [];
      if (def.outside === 'always' || (def.outside === 'ifExpected' && expectedSet.has(id))) return all;
      if (def.outside === 'sentence') return all.filter((m) => m.descriptive || ((OUTSIDE_STATEMENT.test(m.unit.key) || noteStatement(m, def.specific) || formRow(m, def.specific) || !!def.outsideRow?.test(m.unit.key)) && (!def.outsideShow || def.outsideShow.test(plainKey(m.unit.key)))));
      return [];
    };
    const isVague = (m: Mention) => m.descriptive ? m.openList === true : (mentionIsVague(id, m, hitsByUnit.get(m.unit.index) ?? [], weakUnits) || continuationIsVague(id, m, continuationHits(m.unit, units, hitsByUnit)));
    const fromInside = ms.length > 0;
    if (!ms.length) {
      ms = outsideEvidence();
      for (const m of ms) if (!m.descriptive) readPhrases(m.unit);
    }
    if (!ms.length) {
      if (expectedSet.has(id)) {
        safeguards.push({ id, status: 'missing', evidence: [] });
        details.push({ id, status: 'missing', expected: true, found: null });
        const sec = c.securitySections.find((s) => s.role === 'primary') ?? c.securitySections[0];
        let heading: string | null = null;
        let page: number | null = c.pageStart;
        if (sec) {
          page = sec.pageStart;
          const p = doc.pages.find((x) => x.index === sec.pageStart);
          const hit = p ? findInDisplay(p.text, sec.heading)[0] : undefined;
          heading = hit ? hit.quote : null;
        }
        issues.push({ kind: 'missing', id, page, heading, priority: 300 + def.weight * 10 + modifierBonus(modifiers, id) });
      }
      continue;
    }
    let vagueFlags = ms.map(isVague);
    if (fromInside && vagueFlags.every(Boolean)) {
      // Only vague in the sections, but stated specifically elsewhere in the item (an attached 別紙 with the firewall
      // setting behind 「同等以上の回線」): the category is written about; the vague phrase is still reported.
      const more = outsideEvidence().filter((m) => !m.descriptive);
      const flags = more.map((m) => mentionIsVague(id, m, hitsByUnit.get(m.unit.index) ?? unitHits(m.unit), weakUnits));
      if (flags.some((f) => !f)) {
        for (const m of more) readPhrases(m.unit);
        ms = [...ms, ...more];
        vagueFlags = [...vagueFlags, ...flags];
      }
    }
    // The category's core act (reading the logs, checking the contractor) written only vaguely: vague, however
    // specific its other sentences are (data/safeguards.ts core).
    const coreVague = !!def.core && ms.some((m, i) => vagueFlags[i] && def.core!.test(m.unit.key)) &&
      !ms.some((m, i) => !vagueFlags[i] && def.core!.test(m.unit.key));
    const allVague = vagueFlags.every(Boolean) || coreVague;
    // Written about, but only in part (paper but not electronic data, 再委託 allowed without conditions …).
    const vagueUnits = new Set(ms.filter((m, i) => vagueFlags[i]).map((m) => m.unit.index));
    for (let i = 0; i < ms.length; i++) if (!vagueFlags[i]) vagueUnits.delete(ms[i].unit.index);
    const needKey = vagueUnits.size ? units.filter((u) => !vagueUnits.has(u.index)).map((u) => u.key).join('\n') : allKey;
    const partial = allVague ? [] : partialForEvidence(id, ms.map((m) => m.unit), allKey, undefined, needKey);
    const partlyVague = partial.find((h) => h.rule.effect === 'vague');
    if (partlyVague?.rule.phrase) reportCovered(partlyVague);
    const status: SafeguardResult['status'] = allVague || partlyVague ? 'vague' : 'present';
    const ordered = ms
      .map((m, i) => ({ m, vague: vagueFlags[i] || m.unit.index === partlyVague?.unit.index }))
      .sort((a, b) => (partlyVague ? Number(b.vague) - Number(a.vague) : Number(a.vague) - Number(b.vague)) || a.m.unit.index - b.m.unit.index);
    const evidence: SafeguardResult['evidence'] = [];
    const seenUnits = new Set<number>();
    for (const { m } of ordered) {
      if (seenUnits.has(m.unit.index)) continue;
      seenUnits.add(m.unit.index);
      evidence.push({ page: m.unit.page, quote: unitSentence(m.unit, m.keyStart, m.keyEnd) });
      if (evidence.length >= 3) break;
    }
    safeguards.push({ id, status, evidence });
    details.push({ id, status, expected: expectedSet.has(id), found: ms[0].unit.place });
    const raised = modifierBonus(modifiers, id);
    for (const h of partial) {
      const base = h.rule.effect === 'vague' ? 200 : 120;
      issues.push({ kind: 'partial', id, ruleAsk: h.rule.ask, page: h.unit.page, unit: h.unit.index, quote: unitSentence(h.unit), priority: base + def.weight * 10 + raised });
    }
    if (allVague) {
      // an open item list is quoted where it is open (「…避難支援を必要とする理由等」), not at its heading
      const listed = ms.find((m) => listHits.has(m.unit.index));
      const u = (listed ?? ms[0]).unit;
      const hit = (listed ? listHits.get(u.index) : hitsByUnit.get(u.index) ?? [])?.find((h) => h.rule.weakens);
      const quote = hit ? clauseQuote(u, hit.keyStart, hit.keyEnd) : unitSentence(u, ms[0].keyStart, ms[0].keyEnd);
      for (const m of ms) unitsUsedByVagueCategory.add(m.unit.index);
      if (!weakUnits.has(u.index) || hit) {
        issues.push({ kind: 'vague', id, page: u.page, unit: u.index, quote, priority: 200 + def.weight * 10 + raised });
      }
    }
  }

  // A category not written about, while a sentence covers a neighbouring part (通信の暗号化 only, data kept in a cloud).
  const judged = new Set(safeguards.map((s) => s.id));
  for (const def of SAFEGUARDS) {
    if (judged.has(def.id)) continue;
    for (const h of partialForAbsent(def.id, units, allKey)) {
      const raised = modifierBonus(modifiers, def.id);
      issues.push({ kind: 'partial', id: def.id, ruleAsk: h.rule.ask, page: h.unit.page, unit: h.unit.index, quote: unitSentence(h.unit), priority: 120 + def.weight * 10 + raised });
    }
  }

  // Vague phrases not already asked about through a vague category.
  const askedUnits = new Set<number>();
  for (const [unitIndex, hits] of hitsByUnit) {
    const u = units[unitIndex];
    const ids = mentionsInUnit(u).map((m) => m.id);
    for (const h of hits) {
      if (h.rule.weakens && unitsUsedByVagueCategory.has(unitIndex)) continue;
      if (h.rule.onlyWithOther && (askedUnits.has(unitIndex) || unitsUsedByVagueCategory.has(unitIndex))) continue;
      const weight = Math.max(0, ...ids.map((id) => SAFEGUARD_BY_ID.get(id)!.weight));
      issues.push({
        kind: 'phrase',
        ruleAsk: h.rule.ask,
        id: ids[0] ?? null,
        page: u.page,
        unit: u.index,
        quote: clauseQuote(u, h.keyStart, h.keyEnd),
        priority: 100 + weight * 10 - (h.rule.onlyWithOther ? 50 : 0),
      });
      askedUnits.add(unitIndex);
    }
  }

  // The wording itself: 「ア・イ」 alternatives without 「いずれか／全て」; two sentences that disagree.
  for (const l of findAlternativeLists(units)) {
    const id = mentionsInUnit(l.lead).map((m) => m.id)[0] ?? (l.certification ? 'vendor_certification' : null);
    issues.push({
      kind: 'choice', id, page: l.lead.page, unit: l.lead.index, quote: unitSentence(l.lead), labels: l.labels,
      extra: l.certification ? ALTERNATIVE_LIST.certificationAsk : null, priority: 260,
    });
  }
  for (const x of findConflicts(units)) {
    const w = SAFEGUARD_BY_ID.get(x.rule.category)!.weight;
    issues.push({
      kind: 'conflict', ruleAsk: x.rule.ask, id: x.rule.category, page: x.a.page, unit: x.a.index, quote: unitSentence(x.a),
      other: unitSentence(x.b), otherPage: x.b.page, priority: 250 + w * 10 + modifierBonus(modifiers, x.rule.category),
    });
  }

  if (deferred) {
    issues.push({ kind: 'deferred', ask: DEFERRED_TO_APPROVED.ask, id: null, page: deferred.page, unit: deferred.index, quote: unitSentence(deferred), priority: 280 });
  }

  const vaguePhrases = phraseAt.sort((a, b) => a.unit - b.unit).map((x) => x.vp);
  const questions = draftQuestions(issues, doc, modifiers);
  return { safeguards, vaguePhrases, questions, details, expected, modifiers: modifiers.map((m) => m.label) };
}

export function reviewConsultation(c: ConsultationFound, doc: TextDocument, opts: ReviewOptions = {}): ReviewResult {
  const { safeguards, vaguePhrases, questions } = reviewConsultationDetailed(c, doc, opts);
  return { safeguards, vaguePhrases, questions };
}
