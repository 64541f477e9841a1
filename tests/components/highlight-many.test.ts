/**
 * highlightSegments with many marks (a long document's review repeats a vague phrase on every page):
 * the same segments as the plain per-piece definition, and bounded time (docs/hardening-findings.md,
 * finding 3: 3000 marks over a 3000-page section took minutes).
 */
import { describe, expect, it } from 'vitest';
import { highlightSegments, type MarkKind, type MarkRequest, type Segment } from '../../lib/anchor/highlight.ts';
import { buildSearchKey, findInDisplay } from '../../lib/text/search-key.ts';

const PRIORITY: Record<MarkKind, number> = { note: 3, vague: 2, evidence: 1 };

/** The definition: for each piece between boundaries, the best mark covering it (checked range by range). */
function reference(text: string, marks: MarkRequest[]): Segment[] {
  if (!text) return [];
  const sk = buildSearchKey(text);
  const ranges: { start: number; end: number; kind: MarkKind; label: string }[] = [];
  for (const m of marks) {
    if (!m.quote.trim()) continue;
    for (const r of findInDisplay(text, m.quote, sk)) ranges.push({ start: r.start, end: r.end, kind: m.kind, label: m.label });
  }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  let prev: (typeof ranges)[number] | null = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    let best: (typeof ranges)[number] | null = null;
    for (const r of ranges) {
      if (r.start > a || r.end < b) continue;
      if (!best || PRIORITY[r.kind] > PRIORITY[best.kind] || (PRIORITY[r.kind] === PRIORITY[best.kind] && r.end - r.start < best.end - best.start)) best = r;
    }
    const last = out[out.length - 1];
    if (last && best && prev && best.kind === prev.kind && best.label === prev.label && best.start === prev.start && best.end === prev.end) last.text += text.slice(a, b);
    else if (last && !best && !prev) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), mark: best ? { kind: best.kind, label: best.label } : null });
    prev = best;
  }
  return out;
}

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('highlightSegments with many marks', () => {
  it('gives the same segments as the definition on random texts and marks', () => {
    const r = rng(7);
    const alphabet = ['適切', 'に', '管理', 'する', '。', '\n', 'データ', '必要', '措置', ' ', 'A'];
    const kinds: MarkKind[] = ['evidence', 'vague', 'note'];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 5 + Math.floor(r() * 40) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
      const marks: MarkRequest[] = Array.from({ length: Math.floor(r() * 8) }, () => {
        const from = Math.floor(r() * text.length);
        const quote = text.slice(from, from + 1 + Math.floor(r() * 6));
        return { quote, kind: kinds[Math.floor(r() * 3)], label: `L${Math.floor(r() * 3)}` };
      });
      if (r() < 0.3 && marks.length) marks.push({ ...marks[0] }); // a repeated mark
      const got = highlightSegments(text, marks);
      expect(got.map((s) => s.text).join('')).toBe(text);
      expect(got, JSON.stringify({ text, marks })).toEqual(reference(text, marks));
    }
  });

  it('3000 marks of one phrase over a 3000-page section: quick, every occurrence marked', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `(${i + 1})\n委託先には適切に管理させる。\n`).join('');
    const marks: MarkRequest[] = Array.from({ length: 3000 }, () => ({ quote: '適切に', kind: 'vague', label: '曖昧な表現' }));
    marks.push({ quote: '委託先には適切に管理させる。', kind: 'evidence', label: '委託先管理' });
    const t0 = performance.now();
    const segs = highlightSegments(text, marks);
    const ms = performance.now() - t0;
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark?.kind === 'vague')).toHaveLength(3000);
    expect(segs.filter((s) => s.mark?.kind === 'evidence')).toHaveLength(6000);
    expect(ms).toBeLessThan(2000);
  });
});
