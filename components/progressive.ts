/**
 * Structure while a large PDF is still being read: the consultations that the pages read so far already
 * settle, so that the panel can show the first consultation's sections of a 151-page bundle long before
 * its last page is read.
 *
 * What makes an early answer the same as the final one:
 * - Running headers/footers: a margin line is running when it comes back on a page at most two pages
 *   away (lib/text/running.ts), so after reading k pages the marks of pages 1..k-2 are final. Marking the
 *   pages read so far only ever sets marks the final pass sets too (marks are never removed).
 * - A consultation is settled when the next consultation's start has been seen after its last page: its
 *   page range cannot grow any more. (An item printed twice, 諮問書 first and explanation much later, is
 *   merged into one consultation only by the final pass; the panel then replaces the early view.)
 * The panel always replaces the early consultations with the final analysis of the whole document; an
 * early consultation identical to its final one keeps its review (see `sameConsultation`).
 */
import type { Detection } from '../lib/analysis/schema.ts';
import { analyzeStructure } from '../lib/structure/index.ts';
import { DETECTION_PAGES } from '../lib/structure/detect.ts';
import type { ConsultationFound } from '../lib/structure/types.ts';
import { markRunning } from '../lib/text/running.ts';
import type { PageText, TextDocument } from '../lib/text/types.ts';

/** Pages whose running marks can still change when more pages are read. */
export const RUNNING_REACH = 2;

export interface EarlyStructure {
  detection: Detection;
  /** Settled consultations, in page order (a prefix of the final list when nothing else changes). */
  consultations: ConsultationFound[];
  /** The document the early structure was read from (the settled pages), for the review. */
  doc: TextDocument;
}

/**
 * The consultations settled by `pages` (the first pages of a document of `pageCount` pages, in order),
 * or null when nothing can be said yet (too few pages, not consultation material so far, or no
 * consultation closed). Marks running lines on `pages` (the same marks the final pass sets).
 */
export function settledConsultations(pages: PageText[], pageCount: number, from = 0): EarlyStructure | null {
  if (pages.length >= pageCount) return null; // the whole document: the final analysis
  // Only the pages whose marks can have changed since `from` pages were marked are marked again.
  markRunning(pages.slice(Math.max(0, from - 2 * RUNNING_REACH)));
  const stable = pages.length - RUNNING_REACH;
  if (stable < DETECTION_PAGES + 1) return null;
  const doc: TextDocument = { pageCount: stable, pages: pages.slice(0, stable) };
  const s = analyzeStructure(doc);
  if (!s.detection.isConsultation) return null;
  const starts = s.consultations.map((c) => c.pageStart);
  const settled = s.consultations.filter((c) => starts.some((p) => p > c.pageEnd));
  if (!settled.length) return null;
  return { detection: s.detection, consultations: settled, doc };
}

/**
 * Pages read before the next early check, after one at `read` pages. Until something is shown: the next
 * page while few pages are read, then after another quarter of the pages read (a consultation is shown
 * at most ~25 % later than at once); after one is shown: when the pages read have doubled. Either way
 * the checks of a document of n pages together analyse O(n) pages, not O(n²).
 */
export function nextEarlyCheck(read: number, shown: boolean): number {
  return shown ? read * 2 : read + Math.max(1, Math.floor(read / 4));
}

/** True when an early consultation is exactly the final one (same pages, title, types and sections). */
export function sameConsultation(a: ConsultationFound, b: ConsultationFound): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
