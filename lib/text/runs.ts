/**
 * pdf.js text items → runs: boxes in a "reading frame" where lines run left to right and follow each
 * other downwards. The frame is the displayed page turned so that the page's main writing direction is
 * horizontal: upright pages keep their coordinates; text printed sideways is turned back; vertical
 * writing (縦書き) is turned so that columns (read right to left) become lines (read top to bottom).
 */
import { repairText } from './repair.ts';

/** The pieces of a pdf.js TextItem that the engine reads. */
export interface RawItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface RawStyle {
  fontFamily?: string;
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

export interface Run {
  text: string;
  /** Box in frame coordinates (y grows downwards). */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  fs: number;
  font: string;
  family: string;
  /** Index of the item in content order (tie-breaker). */
  order: number;
  /** The producer wrote a space right after this run (as a separate whitespace item). */
  spaceAfter?: boolean;
}

/** Orientation of the frame: the display direction (degrees, y down) in which lines run. */
export type Angle = 0 | 90 | 180 | 270;

interface Placed {
  item: RawItem;
  /** Display-space (viewport) matrix of the item. */
  m: number[];
  /** Writing angle of the item in display space. */
  angle: Angle;
  /** Upright glyphs stacked downwards (vertical writing). */
  vertical: boolean;
  fs: number;
  order: number;
}

function quantize(deg: number): Angle {
  const q = (((Math.round(deg / 90) * 90) % 360) + 360) % 360;
  return q as Angle;
}

/**
 * Frame-space bounding box [x0, x1, y0, y1] of an item's box, written into `out`. The four corners of the
 * box in display space are turned into the frame of `frame` (straight-line code without arrays: this runs for
 * every item of every page, and small allocation-free code is cheap for V8 to optimize).
 */
function frameBox(p: Placed, style: RawStyle | undefined, frame: Angle, out: Float64Array): void {
  const m = p.m;
  const fs = p.fs;
  const ox = m[4];
  const oy = m[5];
  const rad = (p.angle * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  // The four corners, computed exactly as they always were (the same floating-point operations).
  let x0: number;
  let y0: number;
  let x1: number;
  let y1: number;
  let x2: number;
  let y2: number;
  let x3: number;
  let y3: number;
  if (p.vertical && p.item.dir === 'ttb') {
    // Vertical font: origin at the top centre of the first glyph, glyphs advance downwards.
    const dx = -uy; // down along the column
    const dy = ux;
    const len = p.item.height;
    x0 = ox - (ux * fs) / 2;
    y0 = oy - (uy * fs) / 2;
    x1 = ox + (ux * fs) / 2;
    y1 = oy + (uy * fs) / 2;
    x2 = ox - (ux * fs) / 2 + dx * len;
    y2 = oy - (uy * fs) / 2 + dy * len;
    x3 = ox + (ux * fs) / 2 + dx * len;
    y3 = oy + (uy * fs) / 2 + dy * len;
  } else {
    const asc = style?.ascent && style.ascent > 0 && style.ascent < 1.5 ? style.ascent : 0.88;
    const desc = style?.descent && style.descent < 0 && style.descent > -1 ? style.descent : -0.12;
    const upx = uy; // "up" for the glyphs = direction turned by -90° (y down)
    const upy = -ux;
    const w = p.item.width;
    const a = asc * fs;
    const d = -desc * fs;
    x0 = ox + upx * a;
    y0 = oy + upy * a;
    x1 = ox - upx * d;
    y1 = oy - upy * d;
    x2 = ox + ux * w + upx * a;
    y2 = oy + uy * w + upy * a;
    x3 = ox + ux * w - upx * d;
    y3 = oy + uy * w - upy * d;
  }
  // Display extent of the corners, turned into the frame.
  const dx0 = Math.min(x0, x1, x2, x3);
  const dx1 = Math.max(x0, x1, x2, x3);
  const dy0 = Math.min(y0, y1, y2, y3);
  const dy1 = Math.max(y0, y1, y2, y3);
  switch (frame) {
    case 0: // (x, y)
      out[0] = dx0;
      out[1] = dx1;
      out[2] = dy0;
      out[3] = dy1;
      break;
    case 90: // (y, -x)
      out[0] = dy0;
      out[1] = dy1;
      out[2] = -dx1;
      out[3] = -dx0;
      break;
    case 180: // (-x, -y)
      out[0] = -dx1;
      out[1] = -dx0;
      out[2] = -dy1;
      out[3] = -dy0;
      break;
    case 270: // (-y, x)
      out[0] = -dy1;
      out[1] = -dy0;
      out[2] = dx0;
      out[3] = dx1;
      break;
  }
}

export interface RunGroup {
  angle: Angle;
  vertical: boolean;
  runs: Run[];
  /** Number of characters, to pick the main group. */
  chars: number;
}

interface Group {
  angle: Angle;
  vertical: boolean;
  list: Placed[];
  chars: number;
}

/** Is `s` whitespace only (and not empty)? Same as `!s.trim()` for a non-empty string, without a copy. */
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator).
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

/**
 * Places items on the page and splits them into orientation groups (largest first).
 * `viewport` is the pdf.js viewport transform at scale 1.
 */
export function placeItems(items: RawItem[], styles: Record<string, RawStyle>, viewport: number[]): RunGroup[] {
  // order of the items followed by a whitespace-only item (the producer wrote a space there)
  const spaceAfter = new Set<number>();
  const placed = placeAll(items, styles, viewport, spaceAfter);
  markStackedGlyphs(placed);
  const groups = groupsOf(placed);
  const box = new Float64Array(4);
  const out: RunGroup[] = [];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    out.push({ angle: g.angle, vertical: g.vertical, runs: dedupe(runsOf(g, styles, spaceAfter, box)), chars: g.chars });
  }
  out.sort((a, b) => b.chars - a.chars);
  return out;
}

/*
 * placeItems' three loops are functions of their own: each runs for every item of every page and is optimised by
 * V8, and three small graphs compile for less than one holding all three.
 */

/** The non-blank items, placed in display space; records in `spaceAfter` the items a blank item follows. */
function placeAll(items: RawItem[], styles: Record<string, RawStyle>, viewport: number[], spaceAfter: Set<number>): Placed[] {
  const placed: Placed[] = [];
  for (let order = 0; order < items.length; order++) {
    const item = items[order];
    if (!item.str) continue;
    if (blank(item.str)) {
      if (placed.length) spaceAfter.add(placed[placed.length - 1].order);
      continue;
    }
    // place(), written out here: a function of its own got optimised alone and then again inlined in this loop
    const t = item.transform;
    const v = viewport;
    const m = [
      v[0] * t[0] + v[2] * t[1],
      v[1] * t[0] + v[3] * t[1],
      v[0] * t[2] + v[2] * t[3],
      v[1] * t[2] + v[3] * t[3],
      v[0] * t[4] + v[2] * t[5] + v[4],
      v[1] * t[4] + v[3] * t[5] + v[5],
    ];
    const angle = quantize((Math.atan2(m[1], m[0]) * 180) / Math.PI);
    const fs = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1;
    const vertical = item.dir === 'ttb' || !!styles[item.fontName]?.vertical;
    placed.push({ item, m, angle, vertical, fs, order });
  }
  return placed;
}

/** Orientation groups in order of first appearance (a page has one or two). */
function groupsOf(placed: Placed[]): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    // Vertical writing reads along the display direction turned by +90° (downwards for upright glyphs).
    const frameAngle = p.vertical ? (((p.angle + 90) % 360) as Angle) : p.angle;
    let g: Group | undefined;
    for (let k = 0; k < groups.length; k++) if (groups[k].angle === frameAngle && groups[k].vertical === p.vertical) g = groups[k];
    if (!g) {
      g = { angle: frameAngle, vertical: p.vertical, list: [], chars: 0 };
      groups.push(g);
    }
    g.list.push(p);
    g.chars += p.item.str.length;
  }
  return groups;
}

/** The runs of one group, in its frame (`box`: scratch space for frameBox). */
function runsOf(g: Group, styles: Record<string, RawStyle>, spaceAfter: Set<number>, box: Float64Array): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < g.list.length; i++) {
    const p = g.list[i];
    const style = styles[p.item.fontName];
    frameBox(p, style, g.angle, box);
    const run: Run = {
      text: repairText(p.item.str),
      x0: box[0],
      x1: box[1],
      y0: box[2],
      y1: box[3],
      fs: p.fs,
      font: p.item.fontName,
      family: style?.fontFamily ?? '',
      order: p.order,
    };
    if (spaceAfter.has(p.order)) run.spaceAfter = true;
    runs.push(run);
  }
  return runs;
}

/** At most two characters (code points), without spreading every item's string into an array. */
function shortGlyphs(s: string): boolean {
  return s.length <= 2 || (s.length <= 4 && [...s].length <= 2);
}

/**
 * Chromium prints vertical writing as one upright glyph per item, stacked downwards. Marks items that
 * belong to such stacks (3+ short items, same x, each one em below the previous) as vertical.
 */
function markStackedGlyphs(placed: Placed[]): void {
  let start = 0;
  const flush = (end: number) => {
    if (end - start >= 3) for (let k = start; k < end; k++) placed[k].vertical = true;
  };
  for (let i = 1; i <= placed.length; i++) {
    const a = placed[i - 1];
    const b = placed[i];
    let chained = false;
    if (b && !a.vertical && !b.vertical && a.angle === 0 && b.angle === 0 && shortGlyphs(a.item.str) && shortGlyphs(b.item.str)) {
      const dx = Math.abs(b.m[4] - a.m[4]);
      const dy = b.m[5] - a.m[5];
      chained = dx < 0.5 * a.fs && dy > 0.5 * a.fs && dy < 2.2 * a.fs && a.item.width <= 1.6 * a.fs;
    }
    if (!chained) {
      flush(i);
      start = i;
    }
  }
}

/** Drops runs drawn twice at (almost) the same place (fake bold, shadows). */
function dedupe(runs: Run[]): Run[] {
  const seen = new Map<string, Run[]>();
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const same = seen.get(r.text);
    if (same) {
      const tol = 0.2 * r.fs;
      let dup = false;
      for (let k = 0; k < same.length && !dup; k++) dup = Math.abs(same[k].x0 - r.x0) < tol && Math.abs(same[k].y0 - r.y0) < tol;
      if (dup) continue;
      same.push(r);
    } else seen.set(r.text, [r]);
    out.push(r);
  }
  return out;
}
