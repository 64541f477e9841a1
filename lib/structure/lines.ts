/**
 * The structure step's view of a document: one flat list of lines in reading order with
 * page, font statistics and "noise" flags (running headers/footers, page numbers, material labels).
 */
import { columnRuns } from '../util/columns.ts';
import type { TextDocument, TextLine } from '../text/types.ts';
import { asciiFold, markerOf, type Marker } from './headings.ts';
import { fold } from './normalize.ts';
import { median } from '../util/median.ts';

export interface Ln {
  /** Index in the document's line list. */
  i: number;
  page: number;
  /** Raw text, trimmed. */
  text: string;
  /** NFKC, whitespace removed: for matching. */
  f: string;
  src: TextLine;
  /** Running header/footer, page number or material label: never a heading, never body text. */
  noise: boolean;
  /** Part of a table of contents / agenda list. */
  toc: boolean;
  marker: Marker | null;
  /** Font size relative to the document's body size (1 = body). */
  rel: number;
}

/** 「- 2 -」「2/3」「p.3」「1」: printed page numbers. */
const PAGE_NUMBER = /^(?:[-－—–‐]?\s*[0-9０-９]{1,4}\s*[-－—–‐]?|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}|[pP]\.?\s*[0-9]{1,4}|[0-9０-９]{1,4}\s*(?:ページ|頁))$/;
/** 「資料3」「資料2-1」「資料4－1」「参考資料1」「別添2」 standing alone: material labels. */
const MATERIAL_LABEL = /^(?:参考)?資料\s*[0-9０-９]+(?:\s*[-－‐―ー]\s*[0-9０-９]+)*(?:の[①-⑳])?$|^参考資料\s*[0-9０-９]*$/;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}
export function materialLabel(text: string): string | null {
  const t = text.trim();
  return MATERIAL_LABEL.test(t) ? fold(t).replace(/[－‐―ー]/g, '-') : null;
}

/**
 * A two-column page layout read as table rows [left, right] is put back into column order
 * (left column top to bottom, then right column). Tables (short labels | long contents) are left alone:
 * only runs of two-cell rows that read as two columns of running text are split (util/columns.ts, the
 * criterion the review shares).
 */
export function unfoldColumns(lines: TextLine[], pageWidth: number): TextLine[] {
  const runs = columnRuns(lines);
  if (!runs.length) return lines; // most pages have no two-cell rows
  const out: TextLine[] = [];
  let k = 0;
  for (const [a, b] of runs) {
    out.push(...lines.slice(k, a));
    const run = lines.slice(a, b);
    const col = (c: 0 | 1) =>
      run
        .filter((l) => l.cells![c].trim())
        .map((l) => ({ ...l, text: l.cells![c].trim(), cells: undefined, x: c === 0 ? l.x : Math.max(l.x, pageWidth / 2), width: l.width / 2 }));
    out.push(...col(0), ...col(1));
    k = b;
  }
  out.push(...lines.slice(k));
  return out;
}

export function buildLines(doc: TextDocument): Ln[] {
  const out: Ln[] = [];
  const sizes: number[] = [];
  for (const p of doc.pages) for (const l of p.lines) if (l.text.trim().length > 8) sizes.push(Math.round(l.fontSize * 2) / 2);
  const body = median(sizes) || 10.5;
  for (const p of doc.pages) {
    for (const l of unfoldColumns(p.lines, p.width)) {
      const text = l.text.trim();
      if (!text) continue;
      const noise = l.running || isPageNumber(text) || materialLabel(text) !== null;
      out.push({
        i: out.length,
        page: p.index,
        text,
        f: fold(text),
        src: l,
        noise,
        toc: false,
        // in a table row (or a two-column line read as one) the left cell carries the heading
        marker: noise ? null : lineMarker(l, text),
        rel: l.fontSize / body,
      });
    }
  }
  // an item number broken over two lines (「…の委託について（諮問第９」「号）」): the first line's folded text gets
  // the 「号」 (or the number and 「号」), so that the number is read where it starts (the displayed text is unchanged)
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.page !== b.page || a.noise) continue;
    if (/(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+$/.test(a.f) && b.f.startsWith('号')) a.f += '号';
    // (or broken before the number: 「…への提供について（諮問第」「３号）」, set 277)
    else if (/(?:諮問|議案)第$/.test(a.f)) {
      const m = /^[0-9]+号/.exec(b.f);
      if (m) a.f += m[0];
    }
  }
  return out;
}

/**
 * The marker a line starts with. In a table row (or a two-column line read as one) the left cell carries the heading;
 * but a number set apart from its title by a wide space (「第１　諮問事項」「１　本人以外の者…からの収集」 read as two
 * cells because the numbers of three lines align) is the whole line's marker.
 */
function lineMarker(l: TextLine, text: string): Marker | null {
  if (!(l.cells && l.cells.length > 1)) return markerOf(text);
  const m = markerOf(l.cells[0]);
  if (m) return m;
  const whole = markerOf(text);
  return whole && asciiFold(l.cells[0]).trim() === whole.marker.trim() ? whole : null;
}

/** The page's material label (資料3, 資料2-1, 参考資料1) printed at its top, if any. */
export function topLabel(lines: Ln[], page: number): string | null {
  let best: Ln | null = null;
  for (const l of lines) {
    if (l.page !== page) continue;
    if (materialLabel(l.text) && (!best || l.src.y < best.src.y)) best = l;
  }
  if (!best) return null;
  // only when it is near the top of the page (above every content line but a few)
  const above = lines.filter((l) => l.page === page && !l.noise && l.src.y < best.src.y).length;
  return above <= 2 ? materialLabel(best.text) : null;
}
