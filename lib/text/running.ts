/**
 * Running headers and footers, and printed page labels.
 *
 * A line in the top or bottom margin zone of a page is "running" when a line of the same shape (digits
 * ignored) sits in the same zone on other pages, or when it is a bare page number. The printed page label
 * of a page is read from such lines: 「- 3 -」→"3", 「3」, 「P.5」→"5", 「3/10」→"3", 「資料3-2」.
 */
import type { PageText, TextLine } from './types.ts';

/** Share of the page height at the top and bottom that counts as margin. */
const ZONE = 0.12;
/** Lines per zone considered. */
const PER_ZONE = 3;

function nfkc(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const DASH = '[-‐‑‒–—―−ー－]';
const PAGE_PATTERNS: RegExp[] = [
  new RegExp(`^${DASH}\\s*(\\d{1,4})\\s*${DASH}$`),
  /^[(（]\s*(\d{1,4})\s*[)）]$/,
  /^(?:P|p|ｐ|Ｐ)\s*\.?\s*(\d{1,4})$/,
  /^(?:page|Page|PAGE)\s*(\d{1,4})$/,
  /^(\d{1,4})\s*(?:\/|of)\s*\d{1,4}$/,
  /^(?:第\s*)?(\d{1,4})\s*(?:ページ|頁)$/,
  /^(\d{1,4})$/,
];
const MATERIAL_PATTERN = new RegExp(`^((?:参考)?資料\\s*\\d+(?:\\s*${DASH}\\s*\\d+)+)$`);

/** The printed page number in a line's text, or null. */
export function pageNumberOf(text: string): string | null {
  const t = nfkc(text);
  for (const re of PAGE_PATTERNS) {
    const m = re.exec(t);
    if (m) return String(Number(m[1]));
  }
  return null;
}

/** 「資料3-2」-style material page label, normalised ("資料3-2"), or null. */
export function materialLabelOf(text: string): string | null {
  const t = nfkc(text);
  const m = MATERIAL_PATTERN.exec(t);
  if (!m) return null;
  return m[1].replace(/\s+/g, '').replace(new RegExp(DASH, 'g'), '-');
}

/**
 * Margin lines: the first (last) lines of the page inside the top (bottom) zone that are set apart from
 * the body by a gap of at least half a line. Body text running into the zone is not a candidate.
 */
function zoneLines(p: PageText): { top: TextLine[]; bottom: TextLine[]; sorted: TextLine[] } {
  const h = p.height || 842;
  const ls = [...p.lines].sort((a, b) => a.y - b.y);
  let top: TextLine[] = [];
  for (let k = 0; k < Math.min(PER_ZONE, ls.length - 1); k++) {
    if (ls[k].y >= ZONE * h) break;
    if (ls[k + 1].y - (ls[k].y + ls[k].height) >= 0.5 * ls[k].height) top = ls.slice(0, k + 1);
  }
  let bottom: TextLine[] = [];
  for (let k = ls.length - 1; k >= Math.max(1, ls.length - PER_ZONE); k--) {
    if (ls[k].y + ls[k].height <= (1 - ZONE) * h) break;
    if (ls[k].y - (ls[k - 1].y + ls[k - 1].height) >= 0.5 * ls[k].height) bottom = ls.slice(k);
  }
  if (ls.length === 1 && ls[0].y + ls[0].height > (1 - ZONE) * h) bottom = ls;
  return { top, bottom, sorted: ls };
}

/** A line holding an item number (諮問第N号, 議案第N号), its digits replaced by 「#」 (see shape). */
const ITEM_NUMBER_SHAPE = /(諮問|議案)第#号/;

function digitsOf(l: TextLine): number[] {
  return (nfkc(l.text).match(/\d+/g) ?? []).map(Number);
}

function shape(l: TextLine): string {
  return nfkc(l.text).replace(/\d+/g, '#').replace(/\s/g, '');
}

/** The label of one page from its own margin lines (page number first, then 「資料n-m」). */
export function detectLabel(p: PageText): string | null {
  return labelOf(zoneLines(p));
}

function labelOf({ top, bottom }: { top: TextLine[]; bottom: TextLine[] }): string | null {
  for (const l of [...bottom].reverse().concat(top)) {
    const n = pageNumberOf(l.text);
    if (n !== null) return n;
  }
  for (const l of [...top, ...bottom]) {
    const m = materialLabelOf(l.text);
    if (m) return m;
  }
  return null;
}

/** Lines after a margin line that, when they come back with it, make it a repeated block of the body. */
const BLOCK_LINES = 2;

/**
 * Sets `running` on the margin lines that repeat across pages (and on bare page numbers) and `label`
 * on every page. A repeated line must come back at the same height on a neighbouring page (next page or
 * the one after, for odd/even headers): a date or 「別紙」 heading at the top of every consultation's first
 * page is body text, not a running header. Nor is a line whose next two lines towards the body come back
 * with it, word for word at the same heights, on every neighbouring page it repeats on: that is a block of the
 * body printed again (a form's row 「リスクへの対策は十分か［十分である］」 and its choices at the top of three
 * pages), not page furniture, which comes back on some neighbouring page above (below) other text. Known limit:
 * a header above a two-row table heading repeated on every page of the table is taken for body text there.
 * Mutates and returns the pages.
 */
export function markRunning(pages: PageText[]): PageText[] {
  const zones = pages.map((p) => zoneLines(p));
  const shapes = new Map<TextLine, string>();
  const shapeOf = (l: TextLine): string => {
    let s = shapes.get(l);
    if (s === undefined) shapes.set(l, (s = shape(l)));
    return s;
  };
  const where = new Map<string, { page: number; y: number; digits: number[] }[]>();
  zones.forEach((z, i) => {
    for (const [zone, lines] of [['t', z.top], ['b', z.bottom]] as const) {
      for (const l of lines) {
        const key = `${zone}:${shapeOf(l)}`;
        const list = where.get(key) ?? [];
        list.push({ page: i, y: l.y, digits: digitsOf(l) });
        where.set(key, list);
      }
    }
  });
  /**
   * Lines of one shape whose numbers differ are furniture only when the numbers count the pages (each differs
   * by 0 or by the distance between the pages: 「資料3-1」「資料3-2」 on consecutive pages): 「諮問第31号」 at the
   * top of one item's first page and 「諮問第32号」 two pages on are item headings, not a header; nor is an item
   * number that changes from one page to the next (three one-page items 諮問第12・13・14号 on pages 2–4).
   */
  const sameFurniture = (a: number[], i: number, o: { page: number; digits: number[] }, itemNumber: boolean): boolean => {
    for (let k = 0; k < a.length; k++) {
      const d = a[k] - (o.digits[k] ?? NaN);
      // a different item number (「諮問第12号」「諮問第13号」 on the first lines of consecutive one-page items) is a
      // different item, never a page counter
      if (d !== 0 && (itemNumber || d !== i - o.page)) return false;
    }
    return true;
  };
  /** Page `i` has the line `l` word for word (digits too) at the same height. */
  const hasSame = (i: number, l: TextLine): boolean => {
    for (const o of pages[i].lines) if (Math.abs(o.y - l.y) <= 3 && nfkc(o.text) === nfkc(l.text)) return true;
    return false;
  };
  pages.forEach((p, i) => {
    const z = zones[i];
    for (const [zone, lines] of [['t', z.top], ['b', z.bottom]] as const) {
      // From the page edge towards the body: the lines that come after a repeated block's first line are in it too.
      const inBlock = new Set<TextLine>();
      for (const l of zone === 't' ? lines : [...lines].reverse()) {
        const seen = where.get(`${zone}:${shapeOf(l)}`) ?? [];
        // The lines that follow it towards the body (below a top line, above a bottom line).
        const at = z.sorted.indexOf(l);
        const next = zone === 't' ? z.sorted.slice(at + 1, at + 1 + BLOCK_LINES) : z.sorted.slice(Math.max(0, at - BLOCK_LINES), at);
        const digits = digitsOf(l);
        const itemNumber = ITEM_NUMBER_SHAPE.test(shapeOf(l));
        const near = seen.filter((o) => o.page !== i && Math.abs(o.page - i) <= 2 && Math.abs(o.y - l.y) <= 3 && sameFurniture(digits, i, o, itemNumber));
        const block = near.length > 0 && next.length === BLOCK_LINES && near.every((o) => next.every((b) => hasSame(o.page, b)));
        if (block) for (const b of next) inBlock.add(b);
        const repeated = near.length > 0 && !block && !inBlock.has(l);
        if (repeated || pageNumberOf(l.text) !== null || materialLabelOf(l.text) !== null) l.running = true;
      }
    }
    p.label = labelOf(z); // the zones do not change when lines are marked running
  });
  return pages;
}
