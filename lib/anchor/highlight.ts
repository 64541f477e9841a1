/**
 * Split a text into plain and marked segments (evidence, vague phrases, the member's notes) so the UI
 * renders PDF text as text nodes and <mark>s — never as HTML. Quotes are found after folding
 * (NFKC, whitespace ignored), so a quote that wraps across lines still matches.
 */
import { buildSearchKey, findInDisplay } from '../text/search-key.ts';

export type MarkKind = 'evidence' | 'vague' | 'note';

export interface MarkRequest {
  quote: string;
  kind: MarkKind;
  /** Shown as a tooltip and read by screen readers (e.g. the safeguard or the rule). */
  label: string;
}

export interface Segment {
  text: string;
  mark: { kind: MarkKind; label: string } | null;
}

/** Which kind shows where marks overlap: the member's own notes first, then vague phrases, then evidence. */
const PRIORITY: Record<MarkKind, number> = { note: 3, vague: 2, evidence: 1 };

interface Range {
  start: number;
  end: number;
  kind: MarkKind;
  label: string;
}

export function highlightSegments(text: string, marks: MarkRequest[]): Segment[] {
  if (!text) return [];
  const sk = buildSearchKey(text);
  const ranges: Range[] = [];
  // A review can repeat one mark thousands of times (the same vague phrase on every page of a long
  // document): identical marks add nothing, and each distinct quote is searched once.
  const seen = new Set<string>();
  const found = new Map<string, { start: number; end: number }[]>();
  for (const m of marks) {
    if (!m.quote.trim()) continue;
    const id = `${m.kind}\u0000${m.label}\u0000${m.quote}`;
    if (seen.has(id)) continue;
    seen.add(id);
    let hits = found.get(m.quote);
    if (!hits) found.set(m.quote, (hits = findInDisplay(text, m.quote, sk)));
    for (const r of hits) ranges.push({ start: r.start, end: r.end, kind: m.kind, label: m.label });
  }
  // Split at every boundary; each piece shows the highest-priority mark covering it (shorter ranges win
  // ties, then the earlier mark, so a phrase inside an evidence line stays visible). One sweep over the
  // boundaries with a heap of the ranges begun so far: O((cuts + ranges) log ranges).
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const order = ranges.map((_, i) => i).sort((x, y) => ranges[x].start - ranges[y].start || x - y);
  const heap = new RangeHeap(ranges);
  const out: Segment[] = [];
  let prev: Range | null = null;
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    while (next < order.length && ranges[order[next]].start <= a) heap.push(order[next++]);
    // ranges ending before this piece never cover a later one: drop them as they surface
    while (heap.size && ranges[heap.top()].end < b) heap.pop();
    const best: Range | null = heap.size ? ranges[heap.top()] : null;
    const piece = text.slice(a, b);
    const last = out[out.length - 1];
    if (last && best === prev) last.text += piece;
    else out.push({ text: piece, mark: best ? { kind: best.kind, label: best.label } : null });
    prev = best;
  }
  return out;
}

/** Max-heap of range indices: higher priority, then shorter, then earlier first. */
class RangeHeap {
  private readonly items: number[] = [];
  private readonly ranges: Range[];
  constructor(ranges: Range[]) {
    this.ranges = ranges;
  }
  get size(): number {
    return this.items.length;
  }
  top(): number {
    return this.items[0];
  }
  private better(x: number, y: number): boolean {
    const a = this.ranges[x];
    const b = this.ranges[y];
    const pa = PRIORITY[a.kind];
    const pb = PRIORITY[b.kind];
    if (pa !== pb) return pa > pb;
    const la = a.end - a.start;
    const lb = b.end - b.start;
    return la !== lb ? la < lb : x < y;
  }
  push(v: number): void {
    const h = this.items;
    let i = h.push(v) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.better(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): void {
    const h = this.items;
    const last = h.pop()!;
    if (!h.length) return;
    h[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.better(h[l], h[m])) m = l;
      if (r < h.length && this.better(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
