/**
 * Security-measure sections of one consultation:
 * - primary: a heading that names the safeguards (個人情報保護対策, 安全対策, セキュリティ対策, リスク対策 …);
 * - attachment: a 別紙 of the item that carries measures (個人情報取扱特記事項, セキュリティ要件);
 * - form_row: form rows labelled 「リスクに対する措置の内容」 outside any primary section;
 * - scattered: when none of the above exists, sections whose bullets state measures (「運用に向けて」).
 */
import type { SecuritySectionFound, SectionRole } from './types.ts';
import { titleLike } from './headings.ts';
import type { Ln } from './lines.ts';
import { fold } from './normalize.ts';
import { DESCRIBES_ITEM_IDS, SAFEGUARDS } from '../review/data/safeguards.ts';
import { CharIndex, globalOf, requiredChars, requiredStrings } from '../review/prefilter.ts';
import type { Heading } from './sections.ts';
import { AGREEMENT_HEAD, ATTACHMENT_HEAD, EXCERPT_HEAD } from './vocab/document-parts.ts';
import { listsEnclosure, sectionBody } from './sections.ts';
import {
  ANNEX_LABEL,
  CHECKLIST_TITLE,
  CONDITION_HEADINGS,
  FORM_ROW_LABELS,
  GENERIC_HEADINGS,
  HANDLING_HEADINGS,
  MEASURE_WORDS,
  NOT_SECURITY_HEADINGS,
  SECURITY_ATTACHMENTS,
  SECURITY_HEADINGS,
} from './vocab/security.ts';

/** isSecurityHeading by title: the same headings are asked about again and again (09: 1721 calls, 216 titles). */
const SECURITY_HEADING = new Map<string, boolean>();

export function isSecurityHeading(title: string): boolean {
  let v = SECURITY_HEADING.get(title);
  if (v === undefined) {
    const f = fold(title);
    v = SECURITY_HEADINGS.some((re) => re.test(f)) && !NOT_SECURITY_HEADINGS.some((re) => re.test(f));
    if (SECURITY_HEADING.size >= 20_000) SECURITY_HEADING.clear();
    SECURITY_HEADING.set(title, v);
  }
  return v;
}

/**
 * The heading's name: on an A3 sheet whose framed columns' headings share one baseline (「１ 事業の目的 ４ 取り扱う個人情報
 * ７ 個人情報保護対策」, set 261), the one heading of them that names the measures.
 */
function headingName(text: string): string {
  if (!/\S\s+[0-9０-９]{1,2}[.．]?\s+\S/.test(text)) return text;
  const parts = text.split(/\s+(?=[0-9０-９]{1,2}[.．]?\s+\S)/);
  const named = parts.filter((p) => isSecurityHeading(p));
  return parts.length > 1 && named.length === 1 ? named[0] : text;
}

function toSection(heading: Ln, body: Ln[], role: SectionRole): SecuritySectionFound {
  const last = body.length ? body[body.length - 1] : heading;
  return {
    heading: headingName(heading.text),
    pageStart: heading.page,
    pageEnd: last.page,
    text: body.map((l) => l.text).join('\n'),
    lines: body.map((l) => l.src),
    role,
  };
}

/**
 * Items of a section body: lines that start a bullet/numbered item; without bullets, the sentences of the body
 * (a paragraph's lines break mid-sentence: 「…プライバシーマーク又はＩＳＯ／Ｉ」「ＥＣ２７００１の認証を受けており…」).
 */
function items(body: Ln[]): string[] {
  const bullet = (l: Ln) => !!l.marker || /^[・･●○◯\-－–]/.test(l.text);
  if (!body.some(bullet)) {
    return body.map((l) => l.f).join('').split(/(?<=。)/).filter((t) => t.trim().length > 0);
  }
  const out: string[] = [];
  let cur: string | null = null;
  for (const l of body) {
    if (bullet(l) || cur === null) {
      if (cur !== null) out.push(cur);
      cur = l.f;
    } else cur += l.f;
  }
  if (cur !== null) out.push(cur);
  return out;
}

/**
 * Does an item state a measure? The structure's own short list of measure words, or the wording of the review's
 * safeguard catalogue (lib/review/data/safeguards.ts: the same domain knowledge), leaving out the categories that
 * describe the item rather than protect it (目的・項目・対象者・根拠).
 */
const MEASURE_SHOWS: RegExp[] = SAFEGUARDS.filter((d) => !DESCRIBES_ITEM_IDS.has(d.id)).flatMap((d) => d.show);
/** Which show regexes an item may match by its characters (built on first use; review/prefilter.ts). */
let showIndex: CharIndex | null = null;
const STATES = new Map<string, boolean>();
function statesMeasure(t: string): boolean {
  if (MEASURE_WORDS.test(t)) return true;
  let v = STATES.get(t);
  if (v === undefined) {
    showIndex ??= new CharIndex(
      MEASURE_SHOWS.map((re) => requiredChars(re)),
      MEASURE_SHOWS.map((re) => requiredStrings(re)),
    );
    const maybe = showIndex.candidates(t);
    v = false;
    for (let i = 0; i < MEASURE_SHOWS.length && !v; i++) if (maybe[i] && showIndex.holds(i, t) && testFromStart(globalOf(MEASURE_SHOWS[i]), t)) v = true;
    if (STATES.size >= 20_000) STATES.clear();
    STATES.set(t, v);
  }
  return v;
}

/** `re.test(t)` for the regex whose global copy is `g` (the review's copy: one compiled regex for both). */
function testFromStart(g: RegExp, t: string): boolean {
  g.lastIndex = 0;
  return g.test(t);
}

function measureShare(body: Ln[]): { hits: number; total: number } {
  const it = items(body);
  return { hits: it.filter(statesMeasure).length, total: it.length };
}

/** A short body (one or two items) each of whose items states a measure. */
function allMeasures(body: Ln[]): boolean {
  const { hits, total } = measureShare(body);
  return total > 0 && total <= 2 && hits === total;
}

/**
 * A section picked for the item. `title`: the attachment's title when its heading is a bare 「別表」 and the title is the line
 * under it. `keepsSearch`: a whole agreement attached as a draft, or a checklist attached under a title that does not name
 * the measures (「運営指導チェックリスト」「委託先確認チェックリスト」, set 287): neither stops the search for the item's own
 * scattered measures.
 */
type Picked = { h: Heading | null; title?: string; start: number; end: number; sec: SecuritySectionFound; keepsSearch?: boolean };

/** One consultation's search: its lines, headings and the sections picked so far. */
interface Scope {
  lines: Ln[];
  headings: Heading[];
  from: number;
  to: number;
  picked: Picked[];
  /** Line indices of the headings. */
  headingAt: Set<number>;
}

/**
 * A checklist of the measures under a title of its own (「個人情報の取扱いに関するチェックリスト」 opening a page): it ticks off
 * measures the item states elsewhere. Not a numbered part of the item (「Ⅶ 個人情報保護対策チェックリスト」, set 179: the item's
 * own section of the measures).
 */
const isChecklist = (p: Picked) => !!p.h && p.h.num === null && CHECKLIST_TITLE.test(fold(p.title ?? p.h.title));

const inside = (picked: Picked[], i: number) => picked.some((p) => i > p.start && i < p.end);

/*
 * The search runs in steps, each a function of its own: V8 optimises a hot function with everything it
 * calls inlined, and one function holding all the steps (run once per consultation) cost more to compile than
 * its lines took to read.
 */
export function findSecuritySections(lines: Ln[], headings: Heading[], from: number, to: number): SecuritySectionFound[] {
  const s: Scope = { lines, headings, from, to, picked: [], headingAt: new Set(headings.map((h) => h.ln.i)) };
  headedSections(s);
  referencedAttachments(s);
  beforeOtherMeasures(s);
  namedRows(s);
  const named = s.picked.some((p) => !p.keepsSearch);
  // (a checklist ticks off measures the item states elsewhere, set 276 p04: 「４ 通報の流れ」「５ 委託先と契約」「６ 運用」)
  const namedBesideChecklist = s.picked.some((p) => !p.keepsSearch && !isChecklist(p));
  handlingSections(s, named);
  // 4. scattered measures, only when the item has no named section…
  if (!named) scatteredSections(s);
  else if (!namedBesideChecklist) {
    // …or a checklist only, when two sections or more state measures (one such section beside a checklist is most often
    // the item's outline: 「■ 提供の方法と期間」, set 23)
    const before = s.picked.length;
    scatteredSections(s);
    if (s.picked.length - before < 2) s.picked.length = before;
  }
  return s.picked.sort((a, b) => a.start - b.start).map((p) => p.sec);
}

function headedSections(s: Scope): void {
  const { lines, headings, picked } = s;
  // 1. primary and attachment sections, outermost first
  for (const h of headings) {
    if (inside(picked, h.ln.i)) continue;
    const annexed = h.kind === 'attachment' || underAnnexLabel(lines, h);
    // (an attachment whose title names the measures: 「別表　国システムの利用に当たっての措置」)
    // (a bare 「別表」「別紙２」 heading, the attachment's title on the line under it: 「ＲＰＡ導入時のセキュリティ確認表」, set 278)
    const under = h.kind === 'attachment' && ANNEX_LABEL.test(fold(h.title)) ? titleUnder(lines, h) : null;
    const title = under !== null && !namesAttachment(h.title) && namesAttachment(under) ? under : h.title;
    let isAttach = annexed && namesAttachment(title);
    // a checklist attached to the item whose rows state measures (「別紙」 over 「運営指導チェックリスト（当日用）」, set 287)
    //   (its rows are often checks in the past tense, 「確認票の枚数を退出前に２名で照合した。」: two rows that name a measure do)
    const checklist = !isAttach && annexed && ANY_CHECKLIST.test(fold(under ?? title)) && measureShare(sectionBody(lines, h)).hits >= 2;
    if (checklist) isAttach = true;
    // an excerpt of the contract (「基本協定書（案）抜粋」) that states measures is an attachment section, unless a
    // security heading inside it names the part (「６．個人情報の保護」 under 「仕様書（抜粋）」: that one is taken)
    if (!isAttach && h.kind === 'attachment' && EXCERPT_HEAD.test(fold(h.title)) && qualifies(lines, h, true)) {
      isAttach = !headingInside(headings, h, namesMeasuresOrHandling);
    }
    // a whole agreement attached as a draft under its 別紙 label, most of its articles measures (set 153)
    let keepsSearch = checklist;
    if (!isAttach && annexed && AGREEMENT_HEAD.test(fold(h.title)) && qualifies(lines, h, false)) {
      isAttach = keepsSearch = !headingInside(headings, h, isSecurityHeading);
    }
    // a numbered sentence that mentions セキュリティ (「（２）データは国内の…。事業者は、クラウドサービスのセキュリティに…」)
    // is a measure, not the heading of the measures
    // (a long numbered line that runs on as a sentence: 「5-2-5 保守端末の…セキュリティ更新プログラムは、公開から…」)
    if (!isAttach && (h.kind === 'attachment' || !isSecurityHeading(h.title) || /。/.test(h.title) || runsOnAsSentence(h.title))) continue;
    const body = sectionBody(lines, h);
    if (!body.length) continue; // a heading with nothing under it (TOC line, cover) is not the section
    // a security heading inside an excerpt of the contract is part of that attachment
    let p = h.parent;
    while (p && p.kind !== 'attachment') p = p.parent;
    const inExcerpt = !!p && EXCERPT_HEAD.test(fold(p.title));
    const sec = toSection(h.ln, body, isAttach || inExcerpt ? 'attachment' : 'primary');
    const sectionTitle = checklist && under ? under : title;
    if (sectionTitle !== h.title) sec.heading = sectionTitle;
    picked.push({ h, title: sectionTitle, start: h.ln.i, end: h.end, sec, keepsSearch });
  }
}

/**
 * 1a. An attachment the item's section of the measures refers to by its title (「６ 安全管理措置」 saying only 「別紙「公益通報者
 * 情報取扱要領」のとおり。」, set 279): the attachment holds the measures, whatever its title.
 */
function referencedAttachments(s: Scope): void {
  const { lines, headings, picked } = s;
  // the titles the sections of the measures cite in 「」, each with the parts named after it (「別紙「監査実施要領」第５及び第６
  // のとおり」, set 287: those parts only)
  const refs: { name: string; parts: number[] }[] = [];
  for (const p of picked) {
    if (p.sec.role !== 'primary') continue;
    // (a section that only points to it: 「６ 安全管理措置 ― 別紙「…要領」のとおり。」; not one that states its own measures and
    // leaves 「その他の取扱いの詳細」 to an explanation, set 66)
    const text = fold(p.sec.text);
    for (const m of text.matchAll(CITED_TITLE)) {
      const parts = m[2] ? [...m[2].matchAll(/\d+/g)].map((d) => Number(d[0])) : [];
      if (parts.length || text.length - m[0].length <= 20) refs.push({ name: m[1], parts });
    }
  }
  if (!refs.length) return;
  for (const h of headings) {
    // (an attachment with a part named as the measures or the handling, 「第５章 個人情報の保護」「第８ 個人情報の取扱い」 in a
    // 仕様書（抜粋）: that part is them, sets 11, 210, 238)
    if (h.kind !== 'attachment' || inside(picked, h.ln.i) || picked.some((p) => p.start >= h.ln.i && p.start < h.end)) continue;
    if (headingInside(headings, h, namesMeasuresOrHandling)) continue;
    const title = ANNEX_LABEL.test(fold(h.title)) ? titleUnder(lines, h) : h.title;
    if (!title) continue;
    const t = fold(title).replace(ANNEX_PREFIX, '');
    // the title as cited, or cited short (「監査実施要領」 for 「ひのき野市介護サービス事業所実地指導 監査実施要領（抜粋）」)
    const ref = refs.find((r) => r.name === t || (r.name.length >= 4 && t.includes(r.name)));
    if (!ref) continue;
    const parts = ref.parts.length ? headings.filter((o) => o.ln.i > h.ln.i && o.ln.i < h.end && o.num !== null && ref.parts.includes(o.num)) : [];
    const depth = Math.min(...parts.map((o) => o.depth));
    const taken = parts.filter((o) => o.depth === depth);
    if (taken.length) {
      for (const o of taken) {
        const body = sectionBody(lines, o);
        if (body.length) picked.push({ h: o, start: o.ln.i, end: o.end, sec: toSection(o.ln, body, 'attachment') });
      }
      continue;
    }
    const body = sectionBody(lines, h);
    if (!body.length) continue;
    const sec = toSection(h.ln, body, 'attachment');
    sec.heading = title;
    picked.push({ h, title, start: h.ln.i, end: h.end, sec });
  }
}
/** 「別紙「…」」 cited in a section of the measures (folded), with the parts named after it: 「第５及び第６」. */
const CITED_TITLE = /(?:別紙|別添|別記|別表)[0-9\-]*[(（]?「([^」]{4,40})」[)）]?((?:第\d+(?:条|項)?(?:及び|並びに|、|・|と|から|~|〜)?)*)/g;
/** 「別紙１」「別添」 before an attachment's title on its line. */
const ANNEX_PREFIX = /^[(（【]?(?:別紙|別添|別記|別表)[0-9\-]*[)）】]?/;

/** A checklist's title, whatever it checks (「運営指導チェックリスト（当日用）」). */
const ANY_CHECKLIST = /(?:チェックリスト|チェックシート|チェック表|点検表)(?:[(（][^()（）]{0,12}[)）])?$/;

/** A title that names the measures as an attachment's (「個人情報取扱特記事項」「…チェックシート」) or as a section's. */
const namesAttachment = (t: string) => SECURITY_ATTACHMENTS.some((re) => re.test(fold(t))) || isSecurityHeading(t);
/** A heading title that names the measures or the handling of the data (a part of an attachment that is the measures). */
const namesMeasuresOrHandling = (t: string) => isSecurityHeading(t) || HANDLING_HEADINGS.some((re) => re.test(fold(t)));

/** The line right under heading `h`, when it reads as a title (not a sentence). */
function titleUnder(lines: Ln[], h: Heading): string | null {
  for (let j = h.ln.i + 1; j < h.end; j++) {
    const n = lines[j];
    if (n.noise || n.toc) continue;
    const t = n.text.trim();
    return titleLike(t, 40) && !/。/.test(t) ? t : null;
  }
  return null;
}

/**
 * 1b. 「5. その他の保護措置」 says the measures before it are measures too: the sibling heading right before it
 * (「4. 受託者の従事者が市の事務室内で業務を行うことに伴う管理」 over 指揮命令, 端末の操作, 入退室, set 174), when its body states measures.
 */
function beforeOtherMeasures(s: Scope): void {
  const { lines, headings, picked } = s;
  for (const p of picked.slice()) {
    const h = p.h;
    if (!h || p.sec.role !== 'primary' || !OTHER_MEASURES.test(fold(h.title))) continue;
    let prev: Heading | undefined;
    for (let k = headings.indexOf(h) - 1; k >= 0 && !prev; k--) if (headings[k].style === h.style && headings[k].parent === h.parent) prev = headings[k];
    if (!prev || inside(picked, prev.ln.i) || picked.some((q) => q.start === prev.ln.i) || !qualifies(lines, prev, false)) continue;
    const body = sectionBody(lines, prev);
    if (body.length) picked.push({ h: prev, start: prev.ln.i, end: prev.end, sec: toSection(prev.ln, body, 'primary') });
  }
}
const OTHER_MEASURES = /^その他の(?:個人情報(?:の)?)?(?:保護|安全管理|安全)?(?:のための)?(?:措置|対策)/;

/**
 * 2. form rows and bare labels: 「リスクに対する措置の内容」, a table row whose left cell names the measures,
 *    a short unnumbered line 「個人情報の保護措置」 with its contents indented beside or below it
 */
function namedRows(s: Scope): void {
  const { lines, from, to, headingAt } = s;
  let prev: Ln | null = null;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.noise || l.toc) continue;
    const before = prev;
    prev = l;
    if (headingAt.has(i) || !NAMES_MEASURES.test(l.f)) continue;
    namedRow(s, i, before);
  }
}

/** Step 2 for one line that may name the measures. */
function namedRow(s: Scope, i: number, before: Ln | null): void {
  const { lines, headings, to, picked, headingAt } = s;
  const l = lines[i];
  const cells = l.src.cells && l.src.cells.length > 1 ? l.src.cells : null;
  // a safeguard-annex title printed like body text right under a 「資料3 別紙」 page label: the attachment runs
  // to the next attachment (another label, a 別紙 heading) or the end of the item; a section that ran on into
  // the attachment page ends before its label
  const above = !cells && !l.marker ? annexLabelAbove(lines, i) : null;
  // …or such a title opening its page (the back of an A3 sheet, 「個人情報保護対策チェックシート（…）」 under the sheet's
  // header), under a section that ran on from the page before (「９ 運用の開始」 ending 「…裏面のチェックシートのとおり」, set 53)
  //   (under a section named as the measures, such a title is a part of it: 「技術的安全管理措置」 under 「■ 安全管理措置」)
  const opensPage = !above && !cells && !l.marker && l.rel >= 1 && opensItsPage(lines, i);
  const outer = above || opensPage ? picked.find((p) => p.h && i > p.start && i < p.end && p.sec.role !== 'attachment') : undefined;
  if ((above || (opensPage && !(outer?.h && isSecurityHeading(outer.h.title)))) && titleLike(l.text, 40) && SECURITY_ATTACHMENTS.some((re) => re.test(l.f))) {
    const cut = above ? above.i : i;
    if (outer && outer.h) {
      const kept = lines.slice(outer.start + 1, cut).filter((n) => !n.noise && !n.toc);
      if (!kept.length) return;
      outer.end = cut;
      outer.sec = toSection(outer.h.ln, kept, outer.sec.role);
    } else if (inside(picked, i)) return;
    let end = to;
    for (let j = i + 1; j < to; j++) {
      const n = lines[j];
      if ((headingAt.has(j) && headings.some((h) => h.ln.i === j && h.kind === 'attachment')) || (n.page !== l.page && ANNEX_LABEL.test(n.f) && n.f !== above?.f)) {
        end = j;
        break;
      }
    }
    const body = lines.slice(i + 1, end).filter((n) => !n.noise && !n.toc);
    if (body.length) picked.push({ h: null, start: i, end, sec: toSection(l, body, 'attachment') });
    return;
  }
  if (inside(picked, i)) return;
  // a band row of a form table (one cell spanning the table, 「個人情報の保護措置」) over the rows that hold the
  // measures (domain.md §5.2 外部委託記録票): the section runs over the rows under it, to the next band row, the end
  // of the table or a remarks row (備考)
  const bandText = cells && cells[0].trim() === '' && cells.filter((c) => c.trim()).length === 1 ? cells.find((c) => c.trim())!.trim() : null;
  if (bandText && titleLike(bandText, 30) && isSecurityHeading(bandText)) {
    const body: Ln[] = [];
    let j = i + 1;
    for (; j < to; j++) {
      const n = lines[j];
      if (n.noise) continue;
      const nCells = n.src.cells && n.src.cells.length > 1 ? n.src.cells : null;
      if (!nCells || nCells[0].trim() === '' || headingAt.has(j) || REMARKS_ROW.test(fold(nCells[0]))) break;
      body.push(n);
    }
    if (body.length) {
      const sec = toSection(l, body, 'form_row');
      sec.heading = bandText;
      picked.push({ h: null, start: i, end: j, sec });
      return;
    }
  }
  const label = cells?.[0] ?? l.text;
  // a form row 「セキュリティ対策　既存システムと同様の…」 printed without cells: its first word names the measures
  const firstWord = !cells && !l.marker ? /^(\S{2,16})\s+\S/.exec(l.text.trim())?.[1] ?? null : null;
  // …and the rest of the row says something (a scoring table's 「個人情報保護・情報セキュリティ　15　13　10」 does not)
  const wordLabel = !!firstWord && isSecurityHeading(firstWord) && titleLike(firstWord, 16) && /\p{Script=Hiragana}{2}/u.test(l.text.trim().slice(firstWord.length));
  const formLabel = wordLabel || FORM_ROW_LABELS.some((re) => re.test(fold(label)));
  const cellHeading = !!cells && titleLike(cells[0], 30) && isSecurityHeading(cells[0]);
  const next = lines.slice(i + 1, to).find((n) => !n.noise && !n.toc);
  // a form's left cell printed without a table (「安全対策」 with 「① 保護者の初回登録は…」 beside it on its baseline)
  const labelCell = !!next && next.page === l.page && next.src.x > l.src.x + 2 && Math.abs(next.src.y - l.src.y) <= Math.max(2, l.src.fontSize / 3);
  const standsAlone = !before || before.page !== l.page || /[。：:]$/.test(before.text) || !!before.marker || l.rel >= 1.05 || l.src.bold || labelCell;
  // (not an enclosure named in the request's list, 「５ 添付資料」 over 「別紙 個人情報保護対策（詳細）」: the annex itself follows)
  const bareHeading = !cells && !l.marker && titleLike(l.text, 30) && isSecurityHeading(l.text) && standsAlone && !(ATTACHMENT_HEAD.test(l.f) && listsEnclosure(lines, l, to));
  if (!formLabel && !cellHeading && !bareHeading) return;
  if (bareHeading && next && !next.src.cells && next.marker && next.src.x > l.src.x + 2) {
    // an unnumbered heading over numbered items indented under it: the section runs over the indented lines
    const body: Ln[] = [];
    let j = i + 1;
    for (; j < to; j++) {
      const n = lines[j];
      if (n.noise || n.toc) continue;
      if (n.src.cells || n.src.x <= l.src.x + 2 || (headingAt.has(j) && headings.some((h) => h.ln.i === j && h.kind === 'attachment'))) break;
      body.push(n);
    }
    if (body.length) {
      picked.push({ h: null, start: i, end: j, sec: toSection(l, body, 'primary') });
      return;
    }
  }
  if (bareHeading && next && !next.src.cells && Math.abs(next.src.x - l.src.x) <= 2 && !next.marker) {
    // an unnumbered heading printed like body text: its section runs to the next heading
    const end = headings.find((h) => h.ln.i > i)?.ln.i ?? to;
    const body = lines.slice(i + 1, end).filter((n) => !n.noise && !n.toc);
    if (body.length) picked.push({ h: null, start: i, end, sec: toSection(l, body, 'primary') });
    return;
  }
  const body: Ln[] = [];
  const rest = cells ? cells.slice(1).join(' ') : formLabel ? l.text.replace(/^\S+\s*/, '') : '';
  let j = i + 1;
  // continuation: rows with an empty left cell, or lines indented further than the label
  for (; j < to; j++) {
    const n = lines[j];
    if (n.noise) continue;
    const nCells = n.src.cells && n.src.cells.length > 1 ? n.src.cells : null;
    if (n.marker || headingAt.has(j) || (nCells ? nCells[0].trim() !== '' : n.src.x <= l.src.x + 2) || FORM_ROW_LABELS.some((re) => re.test(fold(n.text)))) break;
    body.push(n);
  }
  const text = [rest, ...body.map((b) => b.text)].filter(Boolean).join('\n');
  if (!text.trim()) return;
  const sec = toSection(l, body, 'form_row');
  if (cells) sec.heading = cells[0].trim();
  else if (wordLabel) sec.heading = firstWord!;
  sec.text = text;
  sec.lines = [...(rest ? [l.src] : []), ...body.map((b) => b.src)];
  picked.push({ h: null, start: i, end: j, sec });
}

function handlingSections(s: Scope, named: boolean): void {
  const { lines, headings, picked } = s;
  // 3. 「個人情報の取扱いについて」: when nothing else names the measures, or when it states measures itself
  for (const h of headings) {
    if (inside(picked, h.ln.i) || picked.some((p) => p.start === h.ln.i) || !HANDLING_HEADINGS.some((re) => re.test(fold(h.title)))) continue;
    const body = sectionBody(lines, h);
    if (!body.length) continue;
    // (or a body of one or two items that all state measures: 「【町の職員の取扱い】 管理画面は、…職員２名のみが、個人ＩＤと
    // ワンタイムパスワードで…使用する。」, set 263)
    // (or the conditions imposed on the receiver, one of whose items states a measure: 「Ⅴ 提供に当たっての条件」, set 282)
    if (named && !qualifies(lines, h, true) && !allMeasures(body) && !(CONDITION_HEADINGS.some((re) => re.test(fold(h.title))) && measureShare(body).hits > 0)) continue;
    picked.push({ h, start: h.ln.i, end: h.end, sec: toSection(h.ln, body, 'scattered') });
  }
}

function scatteredSections(s: Scope): void {
  const { lines, headings, picked } = s;
  // a numbered sentence (「（２）市と協会が結ぶ協定書で、次のことを定める。」) is an item of the section, not its heading
  const q = headings.filter((h) => h.kind !== 'attachment' && titleLike(h.title, 40) && !picked.some((p) => p.start === h.ln.i) && !inside(picked, h.ln.i) && qualifies(lines, h, GENERIC_HEADINGS.some((re) => re.test(fold(h.title)))));
  // keep the innermost qualifying sections, unless a section is taken whole (takenWhole, below)
  const qualifying = new Set(q);
  const whole = new Set(q.filter((h) => takenWhole(lines, headings, qualifying, h)));
  for (const h of q) {
    let up = h.parent;
    while (up && !whole.has(up)) up = up.parent;
    if (up) continue;
    if (!whole.has(h) && q.some((o) => o !== h && o.ln.i > h.ln.i && o.ln.i < h.end)) continue;
    if (picked.some((p) => p.start > h.ln.i && p.start < h.end)) continue;
    picked.push({ h, start: h.ln.i, end: h.end, sec: toSection(h.ln, sectionBody(lines, h), 'scattered') });
  }
}

/**
 * Is the qualifying numbered section `h` the measures section as a whole, rather than its sub-sections one by one?
 * When most of its sub-sections qualify (2 or more, at least half: 「3. 業務の内容」 whose steps (1)…(3) each state how the
 * data is handled), or when two do and its items as a whole state measures (「4. 運用の方法」 whose steps (1)…(6) each give
 * one rule, too short for each step to qualify on its own) — not a part that is the item itself (「第３ 目的外利用の内容
 * （諮問第３号）」).
 */
function takenWhole(lines: Ln[], headings: Heading[], qualifying: ReadonlySet<Heading>, h: Heading): boolean {
  if (h.kind !== 'marker' || h.num === null) return false;
  const kids = headings.filter((o) => o.parent === h);
  const hits = kids.filter((o) => qualifying.has(o)).length;
  if (hits < 2) return false;
  if (hits * 2 >= kids.length) return true;
  if (/諮問第|議案第/.test(fold(h.title))) return false;
  const { hits: m, total } = measureShare(sectionBody(lines, h));
  return total > 0 && m / total >= 0.6;
}

/**
 * Characters of which every match of SECURITY_HEADINGS, SECURITY_ATTACHMENTS and FORM_ROW_LABELS holds one: a line
 * without any of them names no section, and most lines are skipped before their cells are folded and the lists run.
 * tests/structure/security-prefilter.test.ts derives each list entry's characters and checks they are all here
 * (a new entry in vocab/security.ts may need its character added).
 */
export const NAMES_MEASURES_CHARS = '保個安対措セリ取管漏流適特利記守条';
const NAMES_MEASURES = new RegExp(`[${NAMES_MEASURES_CHARS}]`);

/** The remarks row of a form (備考, その他特記事項): not part of the measures. */
const REMARKS_ROW = /^(備考|その他|特記事項)$/;

/** A heading within `h`'s span whose title passes `test` (a part of it named as the measures). */
function headingInside(headings: Heading[], h: Heading, test: (title: string) => boolean): boolean {
  return headings.some((o) => o.ln.i > h.ln.i && o.ln.i < h.end && test(o.title));
}

/**
 * A heading printed right under a page label that names the page an attachment of the item
 * (「資料3 別紙」 over 「個人情報取扱特記事項」, domain.md §5.2 別紙N): the heading opens that attachment.
 */
function underAnnexLabel(lines: Ln[], h: Heading): boolean {
  if (h.kind === 'attachment' || isSecurityHeading(h.title) || !titleLike(h.title, 40)) return false;
  return annexLabelAbove(lines, h.ln.i) !== null;
}

/**
 * Is line `i` the first of its page, but for up to two header lines (「苺台町個人情報保護審議会 資料３（Ａ３）裏面」), with
 * lines of an earlier page before it?
 */
function opensItsPage(lines: Ln[], i: number): boolean {
  let header = 0;
  for (let j = i - 1; j >= 0; j--) {
    const n = lines[j];
    if (n.page !== lines[i].page) return true;
    if (n.noise || n.toc) continue;
    if (++header > 2 || n.f.length > 30 || n.f.includes('。') || !PAGE_HEADER.test(n.f)) return false;
  }
  return false;
}
const PAGE_HEADER = /資料|審議会|別紙|別添|裏面|表面/;

/**
 * The 「別紙」 / 「資料3 別紙」 label right above line `i` on its page, looking past page furniture printed
 * between them (a 「資料１」 label at the top right of the page sorts between 「別紙」 and the title).
 */
function annexLabelAbove(lines: Ln[], i: number): Ln | null {
  // a form's legend printed beside the title can sort between them (「（記入欄」「○：実施する」): up to two short lines
  let legend = 0;
  for (let j = i - 1; j >= 0 && lines[j].page === lines[i].page; j--) {
    if (ANNEX_LABEL.test(lines[j].f)) return lines[j];
    if (lines[j].noise) continue;
    if (++legend > 2 || lines[j].f.length > 12 || lines[j].f.includes('。')) return null;
  }
  return null;
}

/**
 * A heading line that is the start of a sentence: a topic, subject, object or goal with a comma, a clause ending
 * 「…し、」, or a sentence opening with a conjunction (「（２）このため、セキュリティ監視の専門事業者（ＳＯＣ）に、…」).
 */
function runsOnAsSentence(title: string): boolean {
  const t = fold(title);
  return t.length > 20 && /[はがにをで]、|[^\s]し、|^(?:この|その)ため、|^(?:また|なお|ただし|さらに|しかし|一方)、/.test(t);
}

/** A heading that describes the item (its grounds, reasons, the people or items it covers), not its measures. */
const DESCRIBES_ITEM = /根拠|理由|目的|必要性|対象|概要|経緯|背景|趣旨|効果|日程|スケジュール|予定|載る|項目|事業の内容|委託の内容|業務の内容|委託する(?:業務|事務)|提供|取り扱う情報|個人情報$|現在|現状|課題|説明|同意|周知/;
/** Does a section's body state measures? (≥ 2–3 measure items making up a good share of its items) */
function qualifies(lines: Ln[], h: Heading, generic: boolean): boolean {
  const { hits, total } = measureShare(sectionBody(lines, h));
  // a short section of two or three items, two of which state measures (「5. 名簿の受渡し」: 手渡す、施錠できる書庫に保管)
  // (not a heading that describes the item: its grounds, reasons, the people or items it covers)
  if (!generic && hits === 2 && total <= 3 && !DESCRIBES_ITEM.test(fold(h.title))) return true;
  return hits >= (generic ? 2 : 3) && hits / Math.max(1, total) >= (generic ? 0.4 : 0.6);
}
