/**
 * One pdf.js page → PageText (lines in reading order; labels and running lines are set later for the
 * whole document).
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import { layout, type LayoutLine } from './layout.ts';
import { placeItems, type Angle, type RawItem, type RawStyle } from './runs.ts';
import type { PageText, TextLine } from './types.ts';

function frameSize(angle: Angle, w: number, h: number): [number, number] {
  return angle === 90 || angle === 270 ? [h, w] : [w, h];
}

/** Offset that moves the frame image of the display box [0,w]x[0,h] to start at (0,0). */
function frameOrigin(angle: Angle, w: number, h: number): [number, number] {
  switch (angle) {
    case 0:
      return [0, 0];
    case 90: // (x, y) -> (y, -x)
      return [0, w];
    case 180: // (x, y) -> (-x, -y)
      return [w, h];
    case 270: // (x, y) -> (-y, x)
      return [h, 0];
  }
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Limits on one page's text (hostile PDFs: a 300 MB content stream of text operators). */
export interface PageLimits {
  /** performance.now() value after which reading stops. */
  deadline: number;
  maxItems: number;
  maxChars: number;
}

export const DEFAULT_PAGE_LIMITS = { maxItems: 50_000, maxChars: 2_000_000 } as const;

/**
 * Reads a page's text as a stream, checking the limits between chunks. In Node pdf.js runs its worker in
 * the same thread and yields only microtasks, so timers cannot fire while it parses; this read loop runs
 * in that same chain and can stop it (`reader.cancel()` aborts the worker's evaluation).
 */
export async function readPage(page: PDFPageProxy, index: number, limits?: PageLimits): Promise<PageText> {
  const vp = page.getViewport({ scale: 1 });
  const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{ items: unknown[]; styles: Record<string, RawStyle> }>;
  const items: RawItem[] = [];
  const styles: Record<string, RawStyle> = {};
  let chars = 0;
  let stopped = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    Object.assign(styles, value.styles);
    for (const it of value.items) {
      if (it && typeof it === 'object' && 'str' in it) {
        items.push(it as RawItem);
        chars += (it as RawItem).str.length;
      }
    }
    if (limits && (performance.now() > limits.deadline || items.length > limits.maxItems || chars > limits.maxChars)) {
      stopped = true;
      void reader.cancel(new Error('text limit')).catch(() => undefined);
      break;
    }
  }
  if (stopped && limits) items.length = Math.min(items.length, limits.maxItems);
  const pt = buildPage(items, styles, vp.transform, vp.width, vp.height, index);
  if (stopped) pt.timedOut = true;
  return pt;
}

/** Pure part of readPage (testable without pdf.js). */
export function buildPage(
  items: RawItem[],
  styles: Record<string, RawStyle>,
  viewport: number[],
  width: number,
  height: number,
  index: number,
): PageText {
  const groups = placeItems(items, styles, viewport);
  const main = groups[0];
  const angle: Angle = main?.angle ?? 0;
  const [fw, fh] = frameSize(angle, width, height);
  const lines: TextLine[] = [];
  for (const g of groups) {
    const [ox, oy] = frameOrigin(g.angle, width, height);
    for (const l of layout(g.runs, 0, g === main ? fh : 0)) lines.push(toTextLine(l, index, ox, oy, g.vertical));
  }
  markBold(lines, groups.flatMap((g) => g.runs));
  const real = lines.filter((l) => l.text.trim() !== '');
  return {
    index,
    label: null,
    hasText: real.length > 0,
    width: r1(fw),
    height: r1(fh),
    lines: real,
    text: real.map((l) => l.text).join('\n'),
    ...(angle !== 0 ? { rotation: angle } : {}),
    ...(main?.vertical ? { vertical: true } : {}),
  };
}

/**
 * Every line has the same properties (the optional ones `undefined` when absent, which JSON leaves out), so that the
 * structure and the review read lines of one shape instead of three or four.
 */
function toTextLine(l: LayoutLine, page: number, ox: number, oy: number, vertical: boolean): TextLine {
  return {
    page,
    text: l.text,
    x: r1(l.x0 + ox),
    y: r1(l.y0 + oy),
    width: r1(l.x1 - l.x0),
    height: r1(l.y1 - l.y0),
    fontSize: r1(l.fs),
    bold: false,
    running: false,
    cells: l.cells ? l.cells : undefined,
    fontFamily: l.family ? l.family : undefined,
    vertical: vertical ? true : undefined,
  };
}

/**
 * pdf.js does not expose font weights without rendering, so "bold" is inferred: a Gothic (sans-serif)
 * line in a document whose body is Mincho (serif) is how Japanese documents mark headings.
 */
function markBold(lines: TextLine[], runs: { font: string; family: string; text: string }[]): void {
  const chars = new Map<string, { n: number; family: string }>();
  for (const r of runs) {
    const c = chars.get(r.font) ?? { n: 0, family: r.family };
    c.n += r.text.length;
    chars.set(r.font, c);
  }
  let body: { n: number; family: string } | undefined;
  for (const c of chars.values()) if (!body || c.n > body.n) body = c;
  if (!body || body.family !== 'serif') return;
  for (const l of lines) if (l.fontFamily === 'sans-serif') l.bold = true;
}
