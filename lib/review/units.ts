/**
 * A consultation's pages cut into "units": sentences and list items, each an exact slice of one page's
 * text, with a search key (NFKC, no whitespace) and whether it lies inside a security-measure section.
 */
import { columnRuns } from '../util/columns.ts';
import type { SectionRole, ConsultationFound } from '../structure/types.ts';
import { buildSearchKey, displaySubstring, foldForSearch, type SearchKey } from '../text/search-key.ts';
import type { PageText, TextDocument, TextLine } from '../text/types.ts';
import { ANNEX_LABEL, SECURITY_ATTACHMENTS } from '../structure/vocab/security.ts';

export type UnitPlace = 'section' | 'attachment' | 'elsewhere';

export interface Unit {
  /** Order in the consultation. */
  index: number;
  page: number;
  /** Offsets in PageText.text. */
  start: number;
  end: number;
  text: string;
  sk: SearchKey;
  key: string;
  place: UnitPlace;
  /** Units cut from one item (a list item, a table cell) share it: the sentences that follow continue the first. */
  block?: number;
  /** A question of a 質問｜回答 table: not a statement of a measure. */
  question?: boolean;
  /** For an answer of a 質問｜回答 table: the search key of its question (「情報が漏れた場合はどうなりますか」). */
  asked?: string;
}

/** `text.trim().normalize('NFKC')`, by text: the same unit texts are tested again and again (isHeading, isLabelRow). */
const FOLDED = new Map<string, string>();
function folded(text: string): string {
  let f = FOLDED.get(text);
  if (f === undefined) {
    if (FOLDED.size >= 20_000) FOLDED.clear();
    FOLDED.set(text, (f = text.trim().normalize('NFKC')));
  }
  return f;
}

/** A numbered heading such as 「(3) 通信及び保存の暗号化」: a promise, not evidence by itself. */
//   (a checklist row ticked as done, the tick and its short note after the predicate: 「8 端末の利用者ごとにIDとパスワードを
//   設定する ○ 従事者3名」, set 223, is a statement too)
export function isHeading(u: Unit): boolean {
  return !/[。.]$/.test(u.key) && u.key.length <= 30 && !PREDICATE_END.test(u.key) && !PREDICATE_END.test(u.key.replace(TICK_AND_NOTE, '').replace(ASIDE_END, '')) && ITEM_START.test(folded(u.text)) && !isLabelRow(u);
}
/** A tick at the end of a checklist row, with the short note after it. */
const TICK_AND_NOTE = /[○◯✓✔☑][^。○◯✓✔☑×]{0,20}$/;
/** A bracketed aside closing a row (「再委託を禁止する（町の書面による承諾がある場合を除く） ○」). */
const ASIDE_END = /[(（][^()（）]*[)）]$/;

/**
 * A list item printed without 「。」 that ends as a sentence does (「ア 第三者に提供しないこと」「(2) 受託者は…を報告する」):
 * a statement, not a heading. Headings end with a noun (「(3) 通信及び保存の暗号化」「ウ 受託者に遵守させる事項」); a prohibition
 * (「イ 業務の全部又は一部の再委託の禁止」) is a rule in itself.
 */
// (any verb in its plain form: 「1 委託契約書に個人情報取扱特記事項を付す ○」, set 286; 「…を定める」「…を設ける」「…を求める」)
const PREDICATE_END = /(こと|しない|させない|できない|ならない|行わない|する|します|させる|させます|行う|行います|いる|います|である|とする|限る|限ります|ません|の禁止|[すうくむぶつ]|[めけせれげてじねべきりび]る)$/;

/** A statement (not a bare label such as a table heading 「研修」): long enough or a full sentence, or a label with its value. */
export function isStatement(u: Unit): boolean {
  return u.key.length >= 12 || /[。.]$/.test(u.key) || (u.key.length >= 6 && isLabelRow(u));
}

/**
 * A table row or list item printed as a label and its value on one line: 「(1) 保存期間　5年間」「認証　IDとパスワード」.
 * A heading is one run of text after its marker (「(3) 通信及び保存の暗号化」); a row has a gap between label and value.
 */
export function isLabelRow(u: Unit): boolean {
  if (u.text.includes('\n')) return false;
  const t = folded(u.text);
  const m = ITEM_START.exec(t);
  const rest = (m ? t.slice(m[0].length) : t).trim();
  return /^[^\s。、]{2,16}[\s　]+[^\s]/.test(rest) && !/[\s　](について|に関する事項|等)$/.test(rest);
}

/**
 * A line that starts a new item: numbering, bullets, headings. Tested on the NFKC-folded line.
 * 「第3項の規定による…」 at the start of a line is the rest of a wrapped citation, not an item (第N項・第N号);
 * 「一 趣旨」「三 取り扱う個人情報」: kanji numbering (domain.md §5.4).
 */
const ITEM_START =
  /^(\(?\d{1,2}[).．]|\d{1,2}[\s　]|[①-⑳㉑-㉟]|[ア-ンｱ-ﾝ][\s　.．]|[・■□◆◇○●※▪►▶-]|第\s?\d+(?![\d項号])|[一二三四五六七八九十]{1,3}[\s　](?=\S)|[(（][ア-ン一二三四五六七八九十\d]{1,3}[)）]|[IVXⅠ-Ⅹ]+[\s.．]|リスク\d|【|〔|\[[^\]]*\])/u;

/**
 * A line printed as 「label　value」 (a table row the text engine did not split into cells: 「保存期間 5年」
 * 「閲覧者 担当職員3名に限る」): a Japanese label of 2–10 characters, a gap, the value. Each is an item of its own.
 */
const LABEL_ROW = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,10}[ 　]+\S/u;

const DIGIT = /[0-9０-９]/;
const SENTENCE_STOP = /[。．]/g;

interface RawLine {
  start: number;
  end: number;
  text: string;
  running: boolean;
  /**
   * A table row whose first cell is a short label (「保存期間 | 3年」): each row is an item of its own. Two text
   * columns printed side by side also come as cells, with long first cells; they are left as they are.
   */
  row?: boolean;
  /** One cell of a row of two text columns (util/columns.ts): a block of its own, never joined to the next line. */
  piece?: boolean;
}

/** p.text is exactly its lines' texts joined by "\n" (checked in place, without building the joined string). */
function textIsLines(p: PageText): boolean {
  if (!p.lines?.length) return false;
  let off = 0;
  for (let k = 0; k < p.lines.length; k++) {
    const t = p.lines[k].text;
    if (k > 0 && p.text.charCodeAt(off++) !== 10) return false;
    if (!p.text.startsWith(t, off)) return false;
    off += t.length;
  }
  return off === p.text.length;
}

/** The cells of a run of two-column rows starting at page-text offset `off`, as pieces: left column, then right. */
function columnPieces(rows: readonly PageText['lines'][number][], off: number): RawLine[] {
  const cols: RawLine[][] = [[], []];
  for (const l of rows) {
    let from = 0;
    l.cells!.forEach((cell, c) => {
      const t = cell.trim();
      const at = t ? l.text.indexOf(t, from) : -1;
      if (at < 0) return;
      cols[c].push({ start: off + at, end: off + at + t.length, text: t, running: l.running, piece: true });
      from = at + t.length;
    });
    off += l.text.length + 1;
  }
  return [...cols[0], ...cols[1]];
}

/** A table cell that only answers a checklist row: a tick, a cross, 「該当なし」. */
const ANSWER_CELL = /^(?:[○◯●✓✔☑×✕✗]|該当なし|非該当|対象外|済|未)$/;

function pageLines(p: PageText, isLines: boolean = textIsLines(p)): RawLine[] {
  const out: RawLine[] = [];
  if (isLines) {
    const runs = columnRuns(p.lines);
    let off = 0;
    let r = 0;
    for (let k = 0; k < p.lines.length; k++) {
      const l = p.lines[k];
      while (r < runs.length && runs[r][1] <= k) r++;
      if (r < runs.length && k >= runs[r][0]) {
        // two columns side by side: each row's cells as pieces, the left column first, then the right one
        // (units are ranges of the page text, so a sentence wrapped inside a column stays cut at the line end)
        if (k === runs[r][0]) out.push(...columnPieces(p.lines.slice(runs[r][0], runs[r][1]), off));
        off += l.text.length + 1;
        continue;
      }
      const first = l.cells && l.cells.length > 1 ? l.cells[0].trim() : '';
      // (a checklist row 「研究目的以外での利用を禁止する | ○ | 覚書第３条」 is an item of its own too, whatever its first cell's
      // length: its answer cell says so, set 282)
      const row = first !== '' && (first.length <= 12 || l.cells!.some((c) => ANSWER_CELL.test(c.trim())));
      out.push({ start: off, end: off + l.text.length, text: l.text, running: l.running, row });
      off += l.text.length + 1;
    }
    return out;
  }
  let off = 0;
  for (const t of p.text.split('\n')) {
    out.push({ start: off, end: off + t.length, text: t, running: false });
    off += t.length + 1;
  }
  return out;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return [start, end];
}

/** An answer mark of 「not done / not applicable」 right after a 「。」 (plain.ts NOT_APPLICABLE_ROW). */
const ANSWER_MARK_NEXT = /^[\s\u3000]*([×✕✗]|該当な(?!い)|非該当|対象外)/;
/** A closing bracket right after a 「。」. */
const CLOSING_BRACKET = /[）)」』】]/;
/** A particle after that bracket: the sentence goes on (「…に限る。）は、」「…とする。」と定める」). */
const PARTICLE = /[はがをにのとでも、]/;

/** A line that ends with a Latin letter (「…ＴＬＳ」「…Ver」), folded or not. */
const LATIN_END = /[A-Za-zＡ-Ｚａ-ｚ]$/;
/** A line that starts with a version number (「1.2以上」「１．３」), after NFKC. */
const VERSION_START = /^\d+[.．]\d/;

/** Cut one page into units (display ranges). */
export function segmentPage(p: PageText, rawLines: readonly RawLine[] = pageLines(p)): { start: number; end: number; block: number }[] {
  // Running headers/footers are skipped, but only when they cannot be body text: a line the text engine
  // marks as running yet ends a sentence or is long is kept (a wrong running mark must not hide a measure).
  const lines = rawLines.filter((l) => l.text.trim() !== '' && !(l.running && l.text.trim().length <= 40 && !/[。．]\s*$/.test(l.text)));
  const blocks: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  let prevEndsSentence = true;
  let prevPiece = false;
  let prevEndsLatin = false;
  for (const l of lines) {
    const folded = l.text.trim().normalize('NFKC');
    // (「…通信はＴＬＳ」「１．２以上で暗号化される。」: a version number wrapped to the next line, not a list item 「1.」)
    const startsItem = (ITEM_START.test(folded) && !(prevEndsLatin && VERSION_START.test(folded))) || !!l.row || LABEL_ROW.test(folded);
    if (!cur || prevEndsSentence || startsItem || l.piece || prevPiece) {
      if (cur) blocks.push(cur);
      cur = { start: l.start, end: l.end };
    } else {
      cur.end = l.end;
    }
    // A sentence ended, or the line was a short label (a table's row/column heading): the next line starts anew.
    const t = l.text.trim();
    prevEndsSentence = /[。．]$/.test(t) || (t.length <= 15 && !/[、，,]/.test(t));
    prevPiece = !!l.piece;
    prevEndsLatin = LATIN_END.test(t);
  }
  if (cur) blocks.push(cur);
  // Split blocks into sentences at 。
  const out: { start: number; end: number; block: number }[] = [];
  blocks.forEach((b, block) => {
    let s = b.start;
    // the block's 「。」「．」, found by one regex scan rather than a test per character
    SENTENCE_STOP.lastIndex = b.start;
    for (let m = SENTENCE_STOP.exec(p.text); m && m.index < b.end; m = SENTENCE_STOP.exec(p.text)) {
      const i = m.index;
      // a 「。」 inside brackets that the sentence goes on after (「調査票の印刷（個人情報を含まない部分に限る。）は、…再委託できる」)
      // does not end it (a bracket closed before the next item, 「…接続しない。）③ 記録する項目」, still does)
      if (CLOSING_BRACKET.test(p.text[i + 1] ?? '') && PARTICLE.test(p.text[i + 2] ?? '')) continue;
      // a checklist row written as a sentence and answered 「×」「該当なし」 (「６ 共有フォルダの申請データを暗号化する。 × 未対応」)
      // stays one unit with its answer, so that plain.ts can read the row as not done
      if (ANSWER_MARK_NEXT.test(p.text.slice(i + 1, i + 8))) continue;
      // 「．」 between digits is a decimal point (「TLS1．2以上」), not the end of a sentence
      if (p.text.charCodeAt(i) === 0x3002 || !(DIGIT.test(p.text[i - 1] ?? '') && DIGIT.test(p.text[i + 1] ?? ''))) {
        const [a, e] = trimRange(p.text, s, i + 1);
        if (e > a) out.push({ start: a, end: e, block });
        s = i + 1;
      }
    }
    const [a, e] = trimRange(p.text, s, b.end);
    if (e > a) out.push({ start: a, end: e, block });
  });
  return out;
}

interface SectionKey {
  key: string;
  pageStart: number;
  pageEnd: number;
  role: SectionRole;
}

function inKey(hay: string, needle: string): boolean {
  if (needle.length <= 12) return hay.includes(needle);
  const probes = [needle.slice(0, 10), needle.slice((needle.length >> 1) - 5, (needle.length >> 1) + 5), needle.slice(-10)];
  return probes.filter((p) => hay.includes(p)).length >= 2;
}

export interface UnitsResult {
  units: Unit[];
  /** True when there was no security section and the whole consultation was read as one. */
  wholeConsultation: boolean;
}

/** The units of one page, appended to `units` (a function of its own: V8 optimises it apart from buildUnits). */
function addPageUnits(p: PageText, sections: SectionKey[], wholeConsultation: boolean, units: Unit[], linesOf: Map<PageText, RawLine[]>, part: readonly [number, number]): void {
  const isLines = textIsLines(p);
  const lines = pageLines(p, isLines);
  linesOf.set(p, lines);
  const qa = questionColumns(p, isLines);
  for (const r of segmentPage(p, lines)) {
    if (r.start < part[0] || r.start >= part[1]) continue;
    const text = p.text.slice(r.start, r.end);
    const sk = buildSearchKey(text);
    if (!sk.key) continue;
    let place: UnitPlace = 'elsewhere';
    if (wholeConsultation) place = 'section';
    else {
      for (let k = 0; k < sections.length; k++) {
        const s = sections[k];
        // Short units (「資料4」, a heading) are too short to be placed by their text; gaps fill them.
        if (sk.key.length < 8) break;
        if (p.index < s.pageStart || p.index > s.pageEnd) continue;
        if (inKey(s.key, sk.key)) {
          place = s.role === 'attachment' ? 'attachment' : 'section';
          if (place === 'section') break;
        }
      }
    }
    const u: Unit = { index: units.length, page: p.index, start: r.start, end: r.end, text, sk, key: sk.key, place, block: p.index * 100_000 + r.block };
    if (qa) {
      const side = qa.side(r.start);
      if (side === 'question') u.question = true;
      else if (side) u.asked = side.asked;
    }
    units.push(u);
  }
}

/** Where each line starts in its page's text (the lines joined by "\n"). */
function lineStarts(lines: readonly TextLine[]): number[] {
  const starts: number[] = [];
  let off = 0;
  for (const l of lines) {
    starts.push(off);
    off += l.text.length + 1;
  }
  return starts;
}

/** Where a line starts in its page's text; -1 when the line is not on the page. */
function lineOffset(p: PageText, line: TextLine): number {
  const k = p.lines.indexOf(line);
  return k < 0 ? -1 : lineStarts(p.lines)[k];
}

/**
 * The item's part of a page, as page-text offsets [start, end): the whole page, unless the page is shared with the item
 * before (its first line) or after (the next item's first line).
 */
function pagePart(p: PageText, c: ConsultationFound): [number, number] {
  const first = p.index === c.pageStart && c.firstLine ? lineOffset(p, c.firstLine) : -1;
  const next = p.index === c.pageEnd && c.nextItemLine ? lineOffset(p, c.nextItemLine) : -1;
  return [Math.max(0, first), next > 0 ? next : Infinity];
}

/**
 * All units of a consultation's pages. With `whole`, every unit counts as inside a section
 * (PIA forms, or consultations where no security section was found).
 */
export function buildUnits(c: ConsultationFound, doc: TextDocument, whole: boolean): UnitsResult {
  // Built by push (Array.prototype.map gives arrays of two kinds, and code optimised for one fails on the other).
  const sections: SectionKey[] = [];
  for (const s of c.securitySections) sections.push({ key: foldForSearch(s.text), pageStart: s.pageStart, pageEnd: s.pageEnd, role: s.role });
  const wholeConsultation = whole || c.securitySections.length === 0;
  const units: Unit[] = [];
  // each page's lines, read once for its units and again (the first ones) for the annex test
  const linesOf = new Map<PageText, RawLine[]>();
  for (const p of doc.pages) {
    if (p.index < c.pageStart || p.index > c.pageEnd || !p.hasText) continue;
    addPageUnits(p, sections, wholeConsultation, units, linesOf, pagePart(p, c));
  }
  if (!wholeConsultation) {
    placeShortLeads(units, sections);
    closeSectionGaps(units);
    const annex = annexPages(c, doc, linesOf);
    for (const u of units) if (u.place === 'elsewhere' && annex.has(u.page)) u.place = 'attachment';
  }
  markTextQuestions(units);
  return { units, wholeConsultation };
}

/** 「Ｑ１０ 個人情報の漏えいなどが起きたときはどうなりますか。」: a numbered question written as text (Ｑ＆Ａ form). */
const TEXT_QUESTION = /^(Q|問)\s?\d{1,3}[.:．:)）]?\s?\S.*(か|か。|\?)$/;
/** The answer that follows it: 「Ａ 万一の場合には、…適切に対応します。」 and the sentences after it. */
const TEXT_ANSWER = /^(A|答)[\s.:．:)）]/;

/**
 * A Ｑ＆Ａ written as text (domain.md §5.1: members' questions answered in the material): the question states no
 * measure; each sentence of its answer (to the next question, at most four) carries what the question asks
 * about, as the answer column of a 質問｜回答 table does (questionColumns).
 */
function markTextQuestions(units: Unit[]): void {
  let asked: string | null = null;
  let left = 0;
  for (const u of units) {
    const f = folded(u.text);
    if (TEXT_QUESTION.test(f)) {
      u.question = true;
      asked = u.key;
      left = 0;
      continue;
    }
    if (asked !== null && TEXT_ANSWER.test(f)) left = 4;
    if (asked !== null && left > 0 && u.asked === undefined && !u.question) {
      u.asked = asked;
      left--;
    } else if (left === 0) asked = null;
  }
}


const QA_QUESTION = /^(質問|問|問い|Q|よくある質問)$/;
const QA_ANSWER = /^(回答|答|答え|A)$/;
const QUESTION_END = /[。?？]$|か$|は$/;

/**
 * A 質問｜回答 table (domain.md §5.4 tables; a Q&A sheet for residents): a header row with 「質問」 and 「回答」 side
 * by side, the questions in the left column, the answers in the right one. The text engine reads the columns one
 * after the other; each answer is given the question of its row (by height), since the answer alone often omits
 * what it is about (「情報が漏れた場合はどうなりますか」｜「速やかに関係機関に連絡します」).
 */
function questionColumns(p: PageText, isLines: boolean): { side(offset: number): 'question' | { asked: string } | null } | null {
  if (!isLines || !p.lines.some((l) => QA_ANSWER.test(foldForSearch(l.text)))) return null;
  const lines = p.lines;
  const qh = lines.find((l) => QA_QUESTION.test(foldForSearch(l.text)));
  const ah = qh && lines.find((l) => QA_ANSWER.test(foldForSearch(l.text)) && Math.abs(l.y - qh.y) <= 3 && l.x > qh.x + 20);
  if (!qh || !ah) return null;
  const starts = lineStarts(lines);
  // The table ends at the first line under the header that starts left of the question column or is a numbered heading.
  let bottom = Infinity;
  for (const l of lines) {
    if (l.y > qh.y + 3 && l.x < ah.x - 8 && (l.x < qh.x - 3 || ITEM_START.test(l.text.trim().normalize('NFKC')))) bottom = Math.min(bottom, l.y);
  }
  // Question rows: consecutive lines of the left column, a row ending with a question's end (「…ますか。」「…ときは。」).
  const rows: { y: number; key: string }[] = [];
  let open = false;
  lines.forEach((l) => {
    if (l.y <= qh.y || l.y >= bottom || l.x < qh.x - 8 || l.x >= ah.x - 8) return;
    const k = foldForSearch(l.text);
    if (!open) rows.push({ y: l.y, key: k });
    else rows[rows.length - 1].key += k;
    open = !QUESTION_END.test(k);
  });
  if (rows.length < 2) return null;
  const lineAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
    return lines[i];
  };
  return {
    side(offset) {
      const l = lineAt(offset);
      if (l.y <= qh.y || l.y >= bottom) return null;
      if (l.x >= qh.x - 8 && l.x < ah.x - 8) return 'question';
      if (l.x < ah.x - 8) return null;
      const row = rows.filter((r) => r.y <= l.y + 3).pop();
      return row ? { asked: row.key } : null;
    },
  };
}

/**
 * Pages of the consultation that are a safeguard annex (個人情報取扱特記事項, セキュリティ要件 …) labelled only
 * at the top of the page (「資料４ 別紙」 over 「個人情報取扱特記事項」), which the structure step does not open
 * as an attachment section: the label line among the first lines, a safeguard-annex title right under it.
 * Following pages with the same label continue the annex.
 */
export function annexPages(c: ConsultationFound, doc: TextDocument, linesOf?: ReadonlyMap<PageText, RawLine[]>): Set<number> {
  const out = new Set<number>();
  let label: string | null = null;
  for (const p of doc.pages) {
    if (p.index < c.pageStart || p.index > c.pageEnd || !p.hasText) continue;
    label = annexPage(p, linesOf?.get(p) ?? pageLines(p), label, out);
  }
  return out;
}

/**
 * One page of annexPages: adds it to `out` when it is (or continues) an annex; returns the label an annex on the next
 * page must repeat, or null. A function of its own: the page loop above runs over every page of the document for each
 * consultation, and V8 optimises it without this part.
 */
function annexPage(p: PageText, lines: readonly RawLine[], label: string | null, out: Set<number>): string | null {
  // The first four non-empty lines (folded one by one: the rest of the page is not needed).
  const first: string[] = [];
  for (const l of lines) {
    const f = foldForSearch(l.text);
    if (f && first.push(f) === 4) break;
  }
  const at = first.findIndex((l) => ANNEX_LABEL.test(l));
  if (at < 0) return null;
  const title = first.slice(at + 1, at + 3).find((l) => l.length <= 40);
  if (title && SECURITY_ATTACHMENTS.some((re) => re.test(title))) {
    out.add(p.index);
    return first[at];
  }
  if (label !== null && first[at] === label) {
    out.add(p.index);
    return label;
  }
  return null;
}

/**
 * Short units (「区分 内容」, 「保存期間 3年」: under 8 characters, too short to be placed by their text) right
 * before a section's first placed unit, on its page, whose text is in that section: the first rows of a table.
 */
function placeShortLeads(units: Unit[], sections: SectionKey[]): void {
  for (let i = 1; i < units.length; i++) {
    if (units[i].place !== 'elsewhere' && units[i - 1].place === 'elsewhere') placeLeadsOf(units, i, sections);
  }
}

/** The short units right before unit i (the first placed one of a run) that its section holds, placed with it. */
function placeLeadsOf(units: Unit[], i: number, sections: SectionKey[]): void {
  const u = units[i];
  for (let j = i - 1; j >= 0; j--) {
    const v = units[j];
    if (v.place !== 'elsewhere' || v.page !== u.page || v.key.length >= 8) break;
    if (!sections.some((s) => v.page >= s.pageStart && v.page <= s.pageEnd && (s.role === 'attachment') === (u.place === 'attachment') && s.key.includes(v.key))) break;
    v.place = u.place;
  }
}

/**
 * A section's text may miss lines (a body line wrongly taken for a running footer is dropped from it).
 * Units lying between two section units are taken as section units, and so are the numbered sentences
 * that directly follow the last one (「6 事故が発生した場合は…」 after a page break), up to the next heading.
 */
function closeSectionGaps(units: Unit[]): void {
  let last = -1;
  for (let i = 0; i < units.length; i++) {
    if (units[i].place === 'elsewhere') continue;
    // (not between a section and an attachment: 「■ スケジュール」 between 「■ 個人情報保護対策」 and the checklist on the
    // next page is neither, set 55)
    if (last >= 0 && i - last > 1 && i - last <= 8 && units[i].place === units[last].place) {
      for (let j = last + 1; j < i; j++) if (units[j].place === 'elsewhere') units[j].place = units[last].place;
    }
    last = i;
  }
  if (last < 0) return;
  for (let j = last + 1; j < units.length; j++) {
    const u = units[j];
    if (u.place !== 'elsewhere') break;
    const folded = u.text.trim().normalize('NFKC');
    if (!/[。.]$/.test(u.key) || !ITEM_START.test(folded)) break;
    u.place = units[last].place;
  }
}

/** Exact display quote of a key range of a unit. */
export function unitQuote(u: Unit, keyStart: number, keyEnd: number): string {
  return displaySubstring(u.text, u.sk, keyStart, keyEnd);
}

/** The unit's text as a quote, shortened to a window around a key range when it is long. */
export function unitSentence(u: Unit, keyStart = 0, keyEnd = u.key.length, max = 120): string {
  if (u.key.length <= max) return u.text;
  const a = Math.max(0, Math.min(keyStart, keyEnd - 1) - 40);
  const b = Math.min(u.key.length, Math.max(keyEnd, a + 1) + 40);
  return unitQuote(u, a, b);
}

/** A list marker at the start of a unit's key: 「(2)」「・」「ア」「①」「第3」. */
const KEY_MARKER = /^(\(?\d{1,2}[).]|[①-⑳]|[ア-ン](?=[^ア-ンー])|[・■□◆◇○●※]|第\d+)/u;

/**
 * The clause around a short phrase, for quoting in a question: 「努める」 alone says little, so the quote runs
 * from the previous 「、」 (or the sentence start, after its list marker) to the next 「、」「。」. A phrase of
 * `min` characters or more is quoted as it is.
 */
export function clauseQuote(u: Unit, keyStart: number, keyEnd: number, min = 10, max = 60): string {
  if (keyEnd - keyStart >= min) return unitQuote(u, keyStart, keyEnd);
  let s = keyStart;
  while (s > 0 && !/[、。,]/.test(u.key[s - 1]) && keyEnd - s < max) s--;
  if (s === 0) {
    const m = KEY_MARKER.exec(u.key);
    if (m && m[0].length <= keyStart) s = m[0].length;
  }
  let e = keyEnd;
  while (e < u.key.length && !/[、。,]/.test(u.key[e]) && e - s < max) e++;
  return unitQuote(u, s, e);
}
