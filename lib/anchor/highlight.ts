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
  for (const m of marks) {
    if (!m.quote.trim()) continue;
    for (const r of findInDisplay(text, m.quote, sk)) ranges.push({ start: r.start, end: r.end, kind: m.kind, label: m.label });
  }
  // Split at every boundary; each piece shows the highest-priority mark covering it
  // (shorter ranges win ties, so a phrase inside an evidence line stays visible).
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  let prev: Range | null = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    let best: Range | null = null;
    for (const r of ranges) {
      if (r.start > a || r.end < b) continue;
      if (!best || PRIORITY[r.kind] > PRIORITY[best.kind] || (PRIORITY[r.kind] === PRIORITY[best.kind] && r.end - r.start < best.end - best.start)) best = r;
    }
    const piece = text.slice(a, b);
    const last = out[out.length - 1];
    if (last && best === prev) last.text += piece;
    else out.push({ text: piece, mark: best ? { kind: best.kind, label: best.label } : null });
    prev = best;
  }
  return out;
}
