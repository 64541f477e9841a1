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

/** Which kind wins when marks overlap. */
const PRIORITY: Record<MarkKind, number> = { vague: 3, note: 2, evidence: 1 };

export function highlightSegments(text: string, marks: MarkRequest[]): Segment[] {
  if (!text) return [];
  const sk = buildSearchKey(text);
  const ranges: { start: number; end: number; kind: MarkKind; label: string }[] = [];
  for (const m of marks) {
    if (!m.quote.trim()) continue;
    for (const r of findInDisplay(text, m.quote, sk)) ranges.push({ start: r.start, end: r.end, kind: m.kind, label: m.label });
  }
  // Keep non-overlapping ranges, higher priority first, then longer first.
  ranges.sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof ranges = [];
  for (const r of ranges) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  kept.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const r of kept) {
    if (r.start > pos) out.push({ text: text.slice(pos, r.start), mark: null });
    out.push({ text: text.slice(r.start, r.end), mark: { kind: r.kind, label: r.label } });
    pos = r.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
  return out;
}
