/**
 * Score every PDF link of a page as consultation material (諮問資料) or not.
 * Scoring itself lives in lib/structure/link-detect.ts; this file only gathers what it needs.
 */
import { scoreLink, scorePage, type LinkCandidate, type Verdict } from '../structure/link-detect.ts';
import { collectPdfLinks, type PdfLink } from './collect.ts';
import { normalizeSpace } from './context.ts';

export interface ScoredLink extends PdfLink {
  verdict: Verdict;
}

/** What the content script reports about a page (serialisable part: see toReport). */
export interface PageDetection {
  url: string;
  title: string;
  page: Verdict;
  links: ScoredLink[];
}

/** The text handed to the scorer as the link's surroundings: row, then headings (nearest first). */
export function contextText(l: Pick<PdfLink, 'row' | 'headings' | 'text' | 'fileName'>): string {
  const row = l.row.replace(l.text, ' ').trim();
  return [row, ...l.headings, l.fileName].filter(Boolean).join(' ｜ ');
}

export function toCandidate(l: PdfLink): LinkCandidate {
  return { href: l.url, text: l.text, context: contextText(l) };
}

export function detectPage(doc: Document, baseUrl?: string): PageDetection {
  const title = normalizeSpace(doc.title);
  const body = normalizeSpace(doc.body?.textContent ?? '').slice(0, 5000);
  const page = scorePage(title, body);
  const links = collectPdfLinks(doc, baseUrl).map((l) => ({ ...l, verdict: scoreLink(toCandidate(l)) }));
  return { url: doc.URL, title, page, links };
}

/** Distinct consultation documents (same file linked twice, e.g. whole and "#page=9", counts once). */
export function consultationDocuments(links: ScoredLink[]): string[] {
  return [...new Set(links.filter((l) => l.verdict.isConsultation).map((l) => l.docUrl))];
}
