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

function mul(a: number[], b: number[]): number[] {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

function quantize(deg: number): Angle {
  const q = (((Math.round(deg / 90) * 90) % 360) + 360) % 360;
  return q as Angle;
}

/** Display-space corners of an item's box. */
function corners(p: Placed, style: RawStyle | undefined): [number, number][] {
  const { m, item, fs } = p;
  const asc = style?.ascent && style.ascent > 0 && style.ascent < 1.5 ? style.ascent : 0.88;
  const desc = style?.descent && style.descent < 0 && style.descent > -1 ? style.descent : -0.12;
  const ox = m[4];
  const oy = m[5];
  if (p.vertical && item.dir === 'ttb') {
    // Vertical font: origin at the top centre of the first glyph, glyphs advance downwards.
    const rad = (p.angle * Math.PI) / 180;
    const ux = Math.cos(rad);
    const uy = Math.sin(rad);
    const dx = -uy; // down along the column
    const dy = ux;
    const len = item.height;
    return [
      [ox - (ux * fs) / 2, oy - (uy * fs) / 2],
      [ox + (ux * fs) / 2, oy + (uy * fs) / 2],
      [ox - (ux * fs) / 2 + dx * len, oy - (uy * fs) / 2 + dy * len],
      [ox + (ux * fs) / 2 + dx * len, oy + (uy * fs) / 2 + dy * len],
    ];
  }
  const rad = (p.angle * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  const upx = uy; // "up" for the glyphs = direction turned by -90° (y down)
  const upy = -ux;
  const w = item.width;
  const a = asc * fs;
  const d = -desc * fs;
  return [
    [ox + upx * a, oy + upy * a],
    [ox - upx * d, oy - upy * d],
    [ox + ux * w + upx * a, oy + uy * w + upy * a],
    [ox + ux * w - upx * d, oy + uy * w - upy * d],
  ];
}

/** Frame coordinates of a display point for lines running at `angle`. */
function toFrame(angle: Angle, x: number, y: number): [number, number] {
  switch (angle) {
    case 0:
      return [x, y];
    case 90:
      return [y, -x];
    case 180:
      return [-x, -y];
    case 270:
      return [-y, x];
  }
}

export interface RunGroup {
  angle: Angle;
  vertical: boolean;
  runs: Run[];
  /** Number of characters, to pick the main group. */
  chars: number;
}

/**
 * Places items on the page and splits them into orientation groups (largest first).
 * `viewport` is the pdf.js viewport transform at scale 1.
 */
export function placeItems(items: RawItem[], styles: Record<string, RawStyle>, viewport: number[]): RunGroup[] {
  const placed: Placed[] = [];
  const spaceAfter = new Set<number>();
  for (let order = 0; order < items.length; order++) {
    const item = items[order];
    if (item.str && !item.str.trim()) {
      if (placed.length) spaceAfter.add(placed[placed.length - 1].order);
      continue;
    }
    if (!item.str) continue;
    const m = mul(viewport, item.transform);
    const angle = quantize((Math.atan2(m[1], m[0]) * 180) / Math.PI);
    const fs = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1;
    const vertical = item.dir === 'ttb' || !!styles[item.fontName]?.vertical;
    placed.push({ item, m, angle, vertical, fs, order });
  }
  markStackedGlyphs(placed);

  const groups = new Map<string, { angle: Angle; vertical: boolean; list: Placed[]; chars: number }>();
  for (const p of placed) {
    // Vertical writing reads along the display direction turned by +90° (downwards for upright glyphs).
    const frameAngle = p.vertical ? (((p.angle + 90) % 360) as Angle) : p.angle;
    const key = `${frameAngle}:${p.vertical}`;
    let g = groups.get(key);
    if (!g) {
      g = { angle: frameAngle, vertical: p.vertical, list: [], chars: 0 };
      groups.set(key, g);
    }
    g.list.push(p);
    g.chars += p.item.str.length;
  }
  const out: RunGroup[] = [];
  for (const g of groups.values()) {
    const runs: Run[] = [];
    for (const p of g.list) {
      const style = styles[p.item.fontName];
      let x0 = Infinity;
      let x1 = -Infinity;
      let y0 = Infinity;
      let y1 = -Infinity;
      // Indexed access, not destructuring: this loop runs for every item of every page, and iterator
      // destructuring makes it much costlier for V8 to optimize.
      const cs = corners(p, style);
      for (let k = 0; k < cs.length; k++) {
        const f = toFrame(g.angle, cs[k][0], cs[k][1]);
        const fx = f[0];
        const fy = f[1];
        x0 = Math.min(x0, fx);
        x1 = Math.max(x1, fx);
        y0 = Math.min(y0, fy);
        y1 = Math.max(y1, fy);
      }
      const run: Run = {
        text: repairText(p.item.str),
        x0,
        x1,
        y0,
        y1,
        fs: p.fs,
        font: p.item.fontName,
        family: style?.fontFamily ?? '',
        order: p.order,
      };
      if (spaceAfter.has(p.order)) run.spaceAfter = true;
      runs.push(run);
    }
    out.push({ angle: g.angle, vertical: g.vertical, runs: dedupe(runs), chars: g.chars });
  }
  out.sort((a, b) => b.chars - a.chars);
  return out;
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
  for (const r of runs) {
    const same = seen.get(r.text);
    const tol = 0.2 * r.fs;
    if (same?.some((s) => Math.abs(s.x0 - r.x0) < tol && Math.abs(s.y0 - r.y0) < tol)) continue;
    if (same) same.push(r);
    else seen.set(r.text, [r]);
    out.push(r);
  }
  return out;
}
