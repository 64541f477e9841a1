/**
 * Runs → lines in reading order (recursive XY cut).
 *
 * - A region with a free vertical strip (gutter) running its whole height is split there: as columns
 *   (read left column, then right) when both sides hold wrapped prose, otherwise as a table (read row by row,
 *   cells kept apart in `cells`).
 * - Otherwise it is split into horizontal strips at gaps clearly larger than its line spacing; strips that
 *   continue the same columns are merged back first.
 * - A region with neither is a block: its runs are banded into lines by vertical overlap.
 */
import { joinRuns } from './join.ts';
import { pageNumberOf } from './running.ts';
import type { Run } from './runs.ts';
import { median } from '../util/median.ts';

export interface LayoutLine {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  fs: number;
  font: string;
  family: string;
  cells?: string[];
}

interface Gap {
  lo: number;
  hi: number;
}

/** The median font size of runs (the same value as median(runs.map(r => r.fs)), with a native sort). */
function medianFs(runs: Run[]): number {
  if (runs.length === 0) return 0;
  const s = new Float64Array(runs.length);
  for (let k = 0; k < runs.length; k++) s[k] = runs[k].fs;
  s.sort();
  return s[Math.floor(s.length / 2)];
}

function minY0(rs: Run[]): number {
  let v = Infinity;
  for (let k = 0; k < rs.length; k++) v = Math.min(v, rs[k].y0);
  return v;
}

function maxY1(rs: Run[]): number {
  let v = -Infinity;
  for (let k = 0; k < rs.length; k++) v = Math.max(v, rs[k].y1);
  return v;
}

function minX0(rs: Run[]): number {
  let v = Infinity;
  for (let k = 0; k < rs.length; k++) v = Math.min(v, rs[k].x0);
  return v;
}

function maxX1(rs: Run[]): number {
  let v = -Infinity;
  for (let k = 0; k < rs.length; k++) v = Math.max(v, rs[k].x1);
  return v;
}

/**
 * Free intervals of the projection of [lo, hi) intervals, inside their overall extent.
 * With the starts and the ends each sorted (native typed-array sorts, no comparator), there is a gap just
 * before the k-th start s (k ≥ 1, first occurrence of s) exactly when the k intervals that start before s
 * all end before it; the gap runs from the largest of those ends to s.
 */
function gaps(runs: Run[], axis: 'x' | 'y'): Gap[] {
  const n = runs.length;
  const los = new Float64Array(n);
  const his = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const r = runs[k];
    los[k] = axis === 'x' ? r.x0 : r.y0;
    his[k] = axis === 'x' ? r.x1 : r.y1;
  }
  los.sort();
  his.sort();
  const out: Gap[] = [];
  let ended = 0; // number of ends < los[k]
  for (let k = 1; k < n; k++) {
    const lo = los[k];
    if (lo === los[k - 1]) continue;
    while (ended < n && his[ended] < lo) ended++;
    if (ended === k) out.push({ lo: his[k - 1], hi: lo });
  }
  return out;
}

const bandCache = new WeakMap<Run[], Run[][]>();

/** Bands: groups of runs that overlap vertically (one visual line each), top to bottom. */
export function bands(runs: Run[]): Run[][] {
  let b = bandCache.get(runs);
  if (!b) {
    b = computeBands(runs);
    bandCache.set(runs, b);
  }
  return b;
}

function computeBands(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1) || a.x0 - b.x0);
  const out: { runs: Run[]; y0: number; y1: number }[] = [];
  for (const r of sorted) {
    const h = r.y1 - r.y0;
    let best: (typeof out)[number] | undefined;
    // Only the last few bands can overlap a run sorted by centre.
    for (let k = out.length - 1; k >= 0 && k >= out.length - 3; k--) {
      const b = out[k];
      const ov = Math.min(b.y1, r.y1) - Math.max(b.y0, r.y0);
      if (ov >= 0.5 * Math.min(h, b.y1 - b.y0)) {
        best = b;
        break;
      }
    }
    if (best) {
      best.runs.push(r);
      best.y0 = Math.min(best.y0, r.y0);
      best.y1 = Math.max(best.y1, r.y1);
    } else out.push({ runs: [r], y0: r.y0, y1: r.y1 });
  }
  return out.map((b) => b.runs);
}

function lineOf(runs: Run[], cells?: string[]): LayoutLine {
  const sorted = runs.length > 1 ? [...runs].sort((a, b) => a.x0 - b.x0 || a.order - b.order) : runs;
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  let fs = 0;
  // The line's font: the one with the most characters (the first run's on a tie, as it comes first).
  let font = sorted[0]?.font ?? '';
  let family = sorted[0]?.family ?? '';
  let single = true;
  for (let k = 0; k < sorted.length; k++) {
    const r = sorted[k];
    x0 = Math.min(x0, r.x0);
    x1 = Math.max(x1, r.x1);
    y0 = Math.min(y0, r.y0);
    y1 = Math.max(y1, r.y1);
    fs = Math.max(fs, r.fs);
    if (r.font !== font) single = false;
  }
  if (!single) {
    const chars = new Map<string, number>();
    for (let k = 0; k < sorted.length; k++) chars.set(sorted[k].font, (chars.get(sorted[k].font) ?? 0) + sorted[k].text.length);
    for (const [f, n] of chars) if (n > (chars.get(font) ?? 0)) font = f;
    for (let k = 0; k < sorted.length; k++) {
      if (sorted[k].font === font) {
        family = sorted[k].family;
        break;
      }
    }
  }
  return { text: cells ? cells.filter((c) => c).join(' ') : joinRuns(sorted), x0, x1, y0, y1, fs, font, family, cells };
}

function blockLines(runs: Run[]): LayoutLine[] {
  return bands(runs).map((b) => lineOf(b));
}

/** The widest gutter running the whole height of the region, if wide enough. */
function gutters(runs: Run[], minWidth: number): Gap[] {
  return gaps(runs, 'x').filter((g) => g.hi - g.lo >= minWidth);
}

/** True when the side holds wrapped prose: most of its lines reach its right edge. */
function wrapped(runs: Run[], fs: number): boolean {
  const lines = bands(runs);
  if (lines.length < 3) return false;
  const right = maxX1(runs);
  const left = minX0(runs);
  if (right - left < 10 * fs) return false;
  let full = 0;
  for (let k = 0; k < lines.length; k++) if (maxX1(lines[k]) >= right - 1.5 * fs) full++;
  return full >= 3 && full / lines.length >= 0.35;
}

/** Blocks (line groups separated by more than the usual line gap) on one side, as [top, bottom]. */
function blocks(runs: Run[], fs: number): [number, number][] {
  const ls = bands(runs).map((b) => ({ y0: minY0(b), y1: maxY1(b) }));
  if (ls.length === 0) return [];
  const gs: number[] = [];
  for (let i = 1; i < ls.length; i++) gs.push(ls[i].y0 - ls[i - 1].y1);
  const usual = gs.length ? median(gs) : 0;
  const out: [number, number][] = [[ls[0].y0, ls[0].y1]];
  for (let i = 1; i < ls.length; i++) {
    if (gs[i - 1] > usual + 0.3 * fs) out.push([ls[i].y0, ls[i].y1]);
    else out[out.length - 1][1] = ls[i].y1;
  }
  return out;
}

/** Table evidence: blocks on both sides start (or are centred) at the same heights. */
function rowsAligned(left: Run[], right: Run[], fs: number): boolean {
  const a = blocks(left, fs);
  const b = blocks(right, fs);
  if (a.length < 2 || b.length < 2) return false;
  const near = (x: number, y: number) => Math.abs(x - y) < 0.4 * fs;
  const aligned = a.filter(([t, u]) => b.some(([t2, u2]) => near(t, t2) || near((t + u) / 2, (t2 + u2) / 2))).length;
  return aligned >= 2 && aligned / Math.max(a.length, b.length) >= 0.5;
}

/**
 * Share of the lines of `a` that have a line of `b` at the same height, counted between the first and the last
 * such line (a label column often goes on above or below the table: 「■ 開始時期」 after the last row); 0 when
 * fewer than two lines are aligned.
 */
function alignedShare(a: Run[], b: Run[], fs: number): number {
  const base = (rs: Run[]) => bands(rs).map(maxY1);
  const xs = base(a);
  const ys = base(b);
  let first = -1;
  let last = -1;
  let n = 0;
  for (let k = 0; k < xs.length; k++) {
    if (!ys.some((y) => Math.abs(xs[k] - y) < 0.3 * fs)) continue;
    if (first < 0) first = k;
    last = k;
    n++;
  }
  return n < 2 ? 0 : n / (last - first + 1);
}

function width(rs: Run[]): number {
  return maxX1(rs) - minX0(rs);
}

/** The numbers that open the lines of a side (「１ 諮問事項」「(2) …」 are not: a bare number, then a space or a stop), in order. */
function leadNumbers(rs: Run[], fs: number): number[] {
  const found: { n: number; size: number }[] = [];
  for (const b of bands(rs)) {
    const m = LEAD_NUMBER.exec(leadText(b, fs));
    if (m) found.push({ n: Number(m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))), size: Math.max(...b.map((r) => r.fs)) });
  }
  // headings printed bigger than the numbered rows under them (「２ 追加する記録項目」 at 11 pt over a table's rows 「1 氏名」…「4」
  // at 10.5 pt, set 218): the headings alone number the side
  const top = Math.max(...found.map((f) => f.size));
  return found.filter((f) => f.size >= top - 0.2).map((f) => f.n);
}
const LEAD_NUMBER = /^\s*[【■]?([0-9０-９]{1,2})(?:[\s　.．]|$)/;
/** A line's first words, its runs joined in x order with a space where they stand apart (「４０」「人）」 is 「４０人）」, a wrapped count). */
function leadText(band: Run[], fs: number): string {
  const rs = band.length === 1 ? band : [...band].sort((p, q) => p.x0 - q.x0);
  let t = rs[0].text;
  for (let k = 1; k < rs.length && t.length < 8; k++) t += (rs[k].x0 - rs[k - 1].x1 > 0.12 * fs ? ' ' : '') + rs[k].text;
  return t;
}

/**
 * Headings numbered on from one side to the other (「１ 諮問事項」…「５ 根拠」 on the left, 「６ システムの構成」…「９ 共通の保護
 * 対策」 on the right, set 169): an A3 sheet in two columns whose headings happen to sit at the same heights, read column
 * by column. Both sides wide, each with numbered lines (one only when it opens the side), the right side's first number the
 * left side's last + 1; where a side also numbers smaller rows, its biggest numbered lines count (leadNumbers).
 */
function numberedOn(l: Run[], r: Run[], fs: number): boolean {
  if (width(l) < 20 * fs || width(r) < 20 * fs) return false;
  const a = leadNumbers(l, fs);
  const b = leadNumbers(r, fs);
  // (the right side may hold one numbered heading only, on its first line: 「９ 個人情報の保護措置」 over ①…⑧, set 202; so may
  // the left, when each framed column of an A3 sheet has one: 「１ 概要」｜「２ システムの構成」｜「３ 個人情報の保護対策」, each over
  // （１）… items, sets 200, 218, 221)
  if (a.length < 1 || b.length < 1) return false;
  //   (a line above the other side's first, the department's name at the top right, is a header, not the column's head)
  const top = Math.max(bands(l)[0][0].y0, bands(r)[0][0].y0) - 0.5 * fs;
  const headsFirstLine = (rs: Run[]) => {
    const b0 = bands(rs).find((b) => b[0].y0 >= top);
    return !!b0 && LEAD_NUMBER.exec(leftmostText(b0))?.[1] !== undefined;
  };
  if (a.length === 1 && !headsFirstLine(l)) return false;
  if (b.length === 1 && !headsFirstLine(r)) return false;
  for (let k = 1; k < a.length; k++) if (a[k] !== a[k - 1] + 1) return false;
  for (let k = 1; k < b.length; k++) if (b[k] !== b[k - 1] + 1) return false;
  // (or the right side opens with the left side's last heading continued: 「７ 保護措置」 at the foot of the middle column,
  // 「７ 保護措置（続き）」 at the head of the right one, set 227)
  return b[0] === a[a.length - 1] + 1 || (b[0] === a[a.length - 1] && CONTINUED.test(bands(r)[0].map((x) => x.text).join('')));
}
const CONTINUED = /[(（]続き?[)）]|[(（]つづき[)）]/;

/** The region split at one of its gutters into two sides whose headings number on (numberedOn), if there is such a gutter. */
function numberedPair(runs: Run[], g: Gap[], fs: number): Run[][] | null {
  for (const x of g) {
    const two = splitAt(runs, [(x.lo + x.hi) / 2], 'x');
    if (two.length === 2 && numberedOn(two[0], two[1], fs)) return two;
  }
  return null;
}

/** Columns (independent flows) rather than a table (rows across the gutters)? */
function isColumns(cols: Run[][], fs: number): boolean {
  for (let i = 1; i < cols.length; i++) {
    const l = cols[i - 1];
    const r = cols[i];
    if (numberedOn(l, r, fs)) continue;
    const prose = wrapped(l, fs) && wrapped(r, fs);
    // A narrow side (labels, numbers) whose lines sit on the other side's lines: a table.
    // (or a side of labels far narrower than the other, an A3 sheet's 「項目｜内容」: 「導入の目的」 beside a line of 80
    // characters, set 175)
    for (const [n, o] of [[l, r], [r, l]]) {
      const wn = width(n);
      if ((wn < 12 * fs || (wn < 20 * fs && wn < 0.3 * width(o))) && bands(n).length >= 2 && alignedShare(n, o, fs) >= 0.8) return false;
    }
    if (rowsAligned(l, r, fs)) {
      const lpb = (rs: Run[]) => bands(rs).length / Math.max(1, blocks(rs, fs).length);
      if (!(prose && Math.min(lpb(l), lpb(r)) >= 4)) return false;
    }
  }
  return true;
}

/**
 * A remarks column beside a table (「No | 確認項目 | 確認」 with 「備考」 set apart by a wide gutter): the left side is itself
 * a table (two cell gutters at least, under up to three caption lines), the right side starts at the table's first row
 * and ends with its last (a page number below it aside), and the right side's lines sit on the table's rows. Its wrapped notes made it look like a
 * column of prose read after the table; it belongs to the rows. A column of prose beside a table starts at the top.
 */
function remarksBeside(l: Run[], r: Run[], fs: number): boolean {
  const lines = bands(l);
  if (lines.length < 4) return false;
  const { cut, best } = captionCut(lines, 0.9 * fs, gutters(l, 0.9 * fs), 3);
  if (best.length < 2) return false;
  const table = lines.slice(cut);
  // (a caption line of the left side may run on across the gutter: 「（…が記入。○：実施する ×：実施しない」 and, set apart,
  // 「該当なし：当該業務にない）」, set 276; its end is part of the caption, not of the remarks)
  const captionBases = lines.slice(0, cut).map(maxY1);
  const side = bands(r).filter((b) => !captionBases.some((y) => Math.abs(maxY1(b) - y) < 0.3 * fs));
  if (side.length === 0) return false;
  const rs = side.flat();
  if (minY0(rs) < minY0(table[0]) - 0.3 * fs) return false;
  // (one line below the table at most: a page number in the corner)
  const bottom = maxY1(table[table.length - 1]) + 3 * fs;
  if (side.filter((b) => minY0(b) > bottom).length > 1) return false;
  return alignedShare(table.flat(), rs, fs) >= 0.8;
}

function splitAt(runs: Run[], cuts: number[], axis: 'x' | 'y'): Run[][] {
  // A typed copy: callers' arrays hold small integers or doubles (two element kinds), and V8 optimised this
  // function for one and then threw the code away for the other.
  const cs = Float64Array.from(cuts);
  const parts: Run[][] = [];
  for (let k = 0; k <= cs.length; k++) parts.push([]);
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const c = axis === 'x' ? (r.x0 + r.x1) / 2 : (r.y0 + r.y1) / 2;
    let k = 0;
    while (k < cs.length && c > cs[k]) k++;
    parts[k].push(r);
  }
  return parts.filter((p) => p.length > 0);
}

/** A table region: rows at the larger vertical gaps, cells at the gutters. */
function tableLines(runs: Run[], cols: Gap[], fs: number): LayoutLine[] {
  const colCuts = cols.map((g) => (g.lo + g.hi) / 2);
  const colOf = (r: Run) => {
    const c = (r.x0 + r.x1) / 2;
    let k = 0;
    while (k < colCuts.length && c > colCuts[k]) k++;
    return k;
  };
  // Row boundaries from the columns that are not merged cells (the ones with the most lines).
  const byCol: Run[][] = colCuts.map(() => []);
  byCol.push([]);
  for (const r of runs) byCol[colOf(r)].push(r);
  const bandCounts = byCol.map((c) => bands(c).length);
  const maxBands = Math.max(...bandCounts);
  const rowSource = runs.filter((r) => bandCounts[colOf(r)] >= 0.5 * maxBands);
  const ys = gaps(rowSource, 'y');
  const widths = ys.map((g) => g.hi - g.lo);
  const usual = widths.length ? Math.min(...widths) : 0;
  const spread = widths.length ? Math.max(...widths) - usual : 0;
  // A gap of a whole line height is never the leading inside a cell (「１ 開会」「２ 議題」 above an agenda table).
  const rowCuts = ys
    .filter((g) => spread < 0.3 * fs || g.hi - g.lo > usual + 0.3 * fs || g.hi - g.lo >= fs)
    .map((g) => (g.lo + g.hi) / 2)
    // (three columns at least: two columns of prose can be taken for a table, and their lines run on past a row)
    .filter((y) => colCuts.length < 2 || !splitsWrappedCell(byCol, y, fs));
  const out: LayoutLine[] = [];
  for (const row of splitAt(runs, rowCuts, 'y')) {
    const cells: Run[][] = colCuts.map(() => []);
    cells.push([]);
    for (const r of row) cells[colOf(r)].push(r);
    const texts = cells.map((c) => cellText(c, fs));
    out.push(lineOf(row, texts));
  }
  return out;
}

/** Would a row cut at `y` split a soft-wrapped cell of one column, no other cell starting beside its next line? */
function splitsWrappedCell(byCol: Run[][], y: number, fs: number): boolean {
  return byCol.some((c, k) => {
    const below = wrapsAcross(c, y);
    // (a cell of another column starting beside that line makes it a new row, or prose read as a table)
    return below !== null && !byCol.some((o, j) => j !== k && bands(o).some((b) => minY0(b) > y - 0.3 * fs && minY0(b) < below.y1));
  });
}

/**
 * Does cut `y` fall between two lines of one cell of column `col`, the upper one filling the column to its right edge (a
 * soft wrap: 「…学級担任については、必」 over 「要に応じて閲覧させる。」) and the lower one starting at the same left edge,
 * closer than a line's height? Returns the lower line's extent, or null. A row boundary never splits a wrapped sentence.
 */
function wrapsAcross(col: Run[], y: number): { y0: number; y1: number } | null {
  if (col.length < 2) return null;
  const ls = bands(col);
  let k = 0;
  while (k < ls.length && maxY1(ls[k]) <= y) k++;
  if (k === 0 || k === ls.length || minY0(ls[k]) < y) return null;
  const above = ls[k - 1];
  const below = ls[k];
  const fs = medianFs(above);
  const wraps =
    minY0(below) - maxY1(above) < 0.8 * fs &&
    maxX1(above) >= maxX1(col) - 1.5 * fs &&
    Math.abs(minX0(below) - minX0(above)) <= 0.5 * fs &&
    Math.abs(medianFs(below) - fs) <= 0.1 * fs;
  return wraps ? { y0: minY0(below), y1: maxY1(below) } : null;
}

/**
 * A table under a caption or note that runs across its column gutters (「個人情報保護対策チェックシート」,
 * 「（記入：…課 ○：実施する ×：実施しない）」): up to three leading lines are read as lines before the table
 * when, without them, the table has more cell gutters.
 */
function tableWithCaption(runs: Run[], fs: number): LayoutLine[] {
  const lines = bands(runs);
  const { cut, best } = captionCut(lines, 0.5 * fs, gutters(runs, 0.5 * fs), 3);
  if (cut === 0) return tableLines(runs, best, fs);
  return [...blockLines(lines.slice(0, cut).flat()), ...tableLines(lines.slice(cut).flat(), best, fs)];
}

/**
 * How many of the first lines (one to three, leaving `keep` lines at least) to read before the rest so that the rest has
 * the most gutters of `minWidth`: `cut` 0 when none leaves more than `best` (the region's own gutters).
 */
function captionCut(lines: Run[][], minWidth: number, best: Gap[], keep: number): { cut: number; best: Gap[] } {
  let cut = 0;
  for (let t = 1; t <= 3 && t <= lines.length - keep; t++) {
    const g = gutters(lines.slice(t).flat(), minWidth);
    if (g.length > best.length) {
      best = g;
      cut = t;
    }
  }
  return { cut, best };
}

/** The lines of one cell as one text: soft wraps joined, hard breaks (short line, new item marker) as a space. */
function cellText(runs: Run[], fs: number): string {
  if (runs.length === 0) return '';
  const lines = blockLines(runs);
  const right = Math.max(...lines.map((l) => l.x1));
  let s = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prevShort = lines[i - 1].x1 < right - 2 * fs;
    const marker = /^[・●○■□◆◇※\-－（(①-⑳]|^\d+[.．)）]|^[ア-ン][.．)）\s　]/.test(lines[i].text);
    const latin = /[A-Za-z0-9]$/.test(s) && /^[A-Za-z0-9]/.test(lines[i].text);
    s += (prevShort || marker || latin ? ' ' : '') + lines[i].text;
  }
  return s;
}

const MAX_DEPTH = 12;

/** Lines of a page region in reading order. `pageHeight` (frame units) lets the margins be peeled off first. */
export function layout(runs: Run[], depth = 0, pageHeight = 0): LayoutLine[] {
  if (runs.length === 0) return [];
  if (depth === 0 && pageHeight > 0) {
    const m = peelMargins(runs, pageHeight);
    if (m) return [...blockLines(m.top), ...layout(m.body, 1), ...blockLines(m.bottom)];
  }
  const fs = medianFs(runs) || 10;
  if (runs.length === 1 || depth > MAX_DEPTH) return blockLines(runs);

  const lines = bands(runs);
  if (lines.length >= 2) {
    // Clear breaks first (header, footer, sections): much larger than the line spacing.
    const ys0 = gaps(runs, 'y'); // reused below: `runs` is the same
    if (ys0.length > 0) {
      const usual0 = median(ys0.map((y) => y.hi - y.lo));
      const huge = ys0.filter((y) => y.hi - y.lo > Math.max(2 * fs, 2 * usual0));
      if (huge.length > 0) {
        const strips = mergeColumnStrips(splitAt(runs, huge.map((y) => (y.lo + y.hi) / 2), 'y'), fs);
        if (strips.length > 1) return strips.flatMap((s) => layout(s, depth + 1));
      }
    }
    const g = gutters(runs, 0.9 * fs);
    // a page number printed under the region's last row (「－ ８ －」 centred under a checklist whose remarks column is set
    // apart, set 275) stands across the cell gutters: the region is laid out without it, the number read after
    const foot = lines[lines.length - 1];
    if (lines.length >= 4 && pageNumberOf(foot.map((r) => r.text).join('')) !== null) {
      const rest = lines.slice(0, -1).flat();
      if (gutters(rest, 0.9 * fs).length > g.length) return [...layout(rest, depth + 1), ...blockLines(foot)];
    }
    if (g.length > 0) {
      const cols = splitAt(runs, g.map((x) => (x.lo + x.hi) / 2), 'x');
      const columns = isColumns(cols, fs);
      if (columns && !(cols.length === 2 && remarksBeside(cols[0], cols[1], fs))) return cols.flatMap((c) => layout(c, depth + 1));
      // two framed columns whose headings number on (「１ 記録の目的」…「４ 記録の形態」 | 「５ 安全管理措置」「６ 運用開始時期」),
      // the right one holding a table of its own (区分｜項目｜対策内容, set 276): split at the gutter between them only
      if (!columns && g.length > 1) {
        const two = numberedPair(runs, g, fs);
        if (two) return two.flatMap((c) => layout(c, depth + 1));
      }
      if (columns || cols.some((c) => bands(c).length >= 2)) return tableWithCaption(runs, fs);
    }
    // Horizontal strips at gaps clearly larger than the line spacing.
    const ys = ys0;
    if (ys.length > 0) {
      const usual = median(ys.map((y) => y.hi - y.lo));
      const big = ys.filter((y) => y.hi - y.lo > Math.max(usual * 1.4, usual + 0.4 * fs));
      if (big.length > 0) {
        const strips = mergeColumnStrips(splitAt(runs, big.map((y) => (y.lo + y.hi) / 2), 'y'), fs);
        if (strips.length > 1) return strips.flatMap((s) => layout(s, depth + 1));
      }
    }
    if (g.length === 0 && lines.length >= 5) {
      // A note or caption that runs across a table's gutters above it (「施設名：… ○＝実施 ×＝未実施 －＝該」「当なし」 over a
      // checklist): without its first lines (the cut that leaves the most gutters), the region is a table whose wrapped
      // cells must stay in their rows.
      // …and a note under it that runs across them too (「※ 診療録の保存期間は…」「（点検者：交通対策課長 …点検）」, sets 162, 175):
      // tried only when the last line opens as a note
      const tail = NOTE_START.test(leftmostText(lines[lines.length - 1])) ? 1 : 0;
      const body = tail ? lines.slice(0, -tail) : lines;
      const { cut, best } = captionCut(body, 0.9 * fs, tail ? gutters(body.flat(), 0.9 * fs) : [], 4);
      // (two gutters at least: a numbered list under a paragraph, 「１ 諮問番号」 with its text indented, is one gutter)
      if (best.length >= 2) {
        const rest = body.slice(cut).flat();
        const cols = splitAt(rest, best.map((x) => (x.lo + x.hi) / 2), 'x');
        if (!isColumns(cols, fs) && cols.some((c) => bands(c).length >= 2)) {
          return [...blockLines(body.slice(0, cut).flat()), ...tableWithCaption(rest, fs), ...(tail ? blockLines(lines[lines.length - 1]) : [])];
        }
      }
    }
  }
  return blockLines(runs);
}

/** A line that opens as a note under a table: 「※ …」「（点検者：…）」「注１ …」. */
const NOTE_START = /^[※＊*(（]|^注[0-9０-９)）:：\s]/;

/** The text of a band's leftmost run. */
function leftmostText(band: Run[]): string {
  let first = band[0];
  for (let k = 1; k < band.length; k++) if (band[k].x0 < first.x0) first = band[k];
  return first.text;
}

/** Merges consecutive strips that share a gutter at the same place (columns continuing past a common gap). */
function mergeColumnStrips(strips: Run[][], fs: number): Run[][] {
  const out: Run[][] = [];
  let prevGutter: Gap | undefined;
  for (const s of strips) {
    const g = bands(s).length >= 2 ? gutters(s, 0.9 * fs) : [];
    const gut = g.length ? g.reduce((a, b) => (b.hi - b.lo > a.hi - a.lo ? b : a)) : undefined;
    if (gut && prevGutter && Math.min(gut.hi, prevGutter.hi) - Math.max(gut.lo, prevGutter.lo) > 0.5 * fs) {
      out[out.length - 1] = out[out.length - 1].concat(s);
      prevGutter = { lo: Math.max(gut.lo, prevGutter.lo), hi: Math.min(gut.hi, prevGutter.hi) };
    } else if (!gut && prevGutter && continuesColumn(out[out.length - 1], s, prevGutter, fs)) {
      // one column running on below the other's end (a page whose right column stops halfway): read with its column
      out[out.length - 1] = out[out.length - 1].concat(s);
    } else {
      out.push(s);
      prevGutter = gut;
    }
  }
  return out;
}

/**
 * Does strip `s` (no gutter of its own) continue one column of the strip above, split at `gutter`? It lies wholly on one
 * side of the gutter, has two lines or more, and spans that column as its text above does (from the column's left edge
 * to near the gutter, or from near the gutter to the right edge): wrapped column text, not a short note under the columns.
 */
function continuesColumn(above: Run[], s: Run[], gutter: Gap, fs: number): boolean {
  const x0 = minX0(s);
  const x1 = maxX1(s);
  const left = x1 <= gutter.lo + 0.1 * fs;
  if (!left && x0 < gutter.hi - 0.1 * fs) return false;
  if (bands(s).length < 2) return false;
  const side = above.filter((r) => (left ? r.x1 <= gutter.lo + 0.1 * fs : r.x0 >= gutter.hi - 0.1 * fs));
  if (side.length === 0) return false;
  return left
    ? Math.abs(x0 - minX0(side)) <= 2 * fs && x1 >= maxX1(side) - 1.5 * fs
    : Math.abs(x1 - maxX1(side)) <= 2 * fs && x0 <= minX0(side) + 1.5 * fs;
}

/**
 * Header and footer lines: bands inside the top/bottom 12 % of the page that are set apart from the body
 * by a gap of almost a line. They are read before/after the body so that they never join its columns or tables.
 */
function peelMargins(runs: Run[], pageHeight: number): { top: Run[]; body: Run[]; bottom: Run[] } | undefined {
  const lines = bands(runs);
  const n = lines.length;
  if (n < 3) return undefined;
  // Extent and font size of a band, computed only for the few bands looked at (the first and last ones).
  const y0 = (k: number) => minY0(lines[k]);
  const y1 = (k: number) => maxY1(lines[k]);
  const fs = (k: number) => medianFs(lines[k]);
  let t = 0;
  while (t < n - 1 && y1(t) < 0.12 * pageHeight && y0(t + 1) - y1(t) >= 0.8 * fs(t)) t++;
  let b = n;
  while (b - 1 > t && y0(b - 1) > 0.88 * pageHeight && y0(b - 1) - y1(b - 2) >= 0.8 * fs(b - 1)) b--;
  if (t === 0 && b === n) return undefined;
  return {
    top: lines.slice(0, t).flat(),
    body: lines.slice(t, b).flat(),
    bottom: lines.slice(b).flat(),
  };
}
