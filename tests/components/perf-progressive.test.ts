/**
 * Structure while reading (components/progressive.ts) on the in-repo 151-page bundle: the first
 * consultation is settled after a few pages, and everything shown early is exactly what the final
 * analysis of the whole document gives (structure and review).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameConsultation, settledConsultations, type EarlyStructure } from '../../components/progressive.ts';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { extractText } from '../../lib/text/extract.ts';
import type { PageText } from '../../lib/text/types.ts';

const BUNDLE = resolve(import.meta.dirname, '../fixtures/perf/bundle.pdf');

describe('settledConsultations on a 151-page bundle', () => {
  it('shows the first consultation after a few pages, and early results equal the final ones', async () => {
    const env = await nodePdfjsEnv();
    const pages: PageText[] = [];
    const early: { at: number; e: EarlyStructure; index: number }[] = [];
    let marked = 0;
    const doc = await extractText(new Uint8Array(readFileSync(BUNDLE)), env, {
      onPage: (p, n) => {
        pages.push(p);
        const e = settledConsultations(pages, n, marked);
        marked = pages.length;
        if (!e) return;
        for (let i = early.length; i < e.consultations.length; i++) early.push({ at: pages.length, e, index: i });
      },
    });
    expect(doc.pageCount).toBe(151);
    // 次第 on page 1, 諮問第201号 on pages 2–6: settled once 諮問第202号 starts (page 7) and page 7's
    // running marks are final (page 9).
    expect(early[0].at).toBeLessThanOrEqual(9);
    expect(early[0].e.consultations[0].number).toBe('諮問第201号');
    expect(early[0].e.consultations[0].securitySections.length).toBeGreaterThan(0);
    // nothing is settled before its page range is closed; the last consultation only by the final pass
    const final = analyzeStructure(doc);
    expect(final.consultations).toHaveLength(30);
    expect(early).toHaveLength(29);
    for (const { e, index } of early) {
      const c = e.consultations[index];
      expect(sameConsultation(c, final.consultations[index])).toBe(true);
      expect(reviewConsultation(c, e.doc)).toEqual(reviewConsultation(final.consultations[index], doc));
    }
  }, 60_000);

  it('says nothing for a short document or before the detection pages are read', () => {
    const page = (index: number): PageText => ({ index, label: null, hasText: true, width: 595, height: 842, lines: [], text: '' });
    expect(settledConsultations([page(1), page(2)], 2)).toBeNull();
    expect(settledConsultations([page(1), page(2), page(3)], 100)).toBeNull();
  });
});
