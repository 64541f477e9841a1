/**
 * The whole engine: bytes → text → structure → review, as one `analysis@1` document.
 * Runs unchanged in Node (npm run analyze) and on extension pages (side panel).
 */
import type { Analysis, Consultation } from './analysis/schema.ts';
import { reviewConsultation, type ReviewOptions } from './review/index.ts';
import { analyzeStructure } from './structure/index.ts';
import { extractText, type ExtractOptions } from './text/extract.ts';
import type { PdfjsEnv } from './text/pdfjs-env.ts';
import { TextEngineError, type TextDocument } from './text/types.ts';
import { sha256Hex } from './util/sha256.ts';

export interface AnalyzeOptions extends ExtractOptions, ReviewOptions {
  /** The name shown in the result (`file` of the contract). */
  file: string;
}

export function toContractPages(doc: TextDocument): Analysis['pages'] {
  return doc.pages.map((p) => ({ index: p.index, label: p.label, hasText: p.hasText, text: p.text }));
}

/** Structure and review of an extracted document (no I/O). */
export function analyzeDocument(doc: TextDocument, opts: ReviewOptions = {}): Pick<Analysis, 'detection' | 'consultations'> {
  const structure = analyzeStructure(doc);
  const consultations: Consultation[] = structure.consultations.map((c) => ({
    number: c.number,
    title: c.title,
    types: c.types,
    pageStart: c.pageStart,
    pageEnd: c.pageEnd,
    securitySections: c.securitySections.map(({ heading, pageStart, pageEnd, text }) => ({ heading, pageStart, pageEnd, text })),
    ...reviewConsultation(c, doc, opts),
  }));
  return { detection: structure.detection, consultations: structure.detection.isConsultation ? consultations : [] };
}

export async function analyzeBytes(bytes: Uint8Array, env: PdfjsEnv, opts: AnalyzeOptions): Promise<Analysis> {
  const base = { schema: 'analysis@1' as const, file: opts.file, sha256: await sha256Hex(bytes) };
  try {
    const doc = await extractText(bytes, env, opts);
    return { ...base, pageCount: doc.pageCount, pages: toContractPages(doc), ...analyzeDocument(doc, { expectations: opts.expectations }), error: null };
  } catch (e) {
    if (!(e instanceof TextEngineError)) throw e;
    const partial = (e as TextEngineError & { document?: TextDocument }).document;
    return {
      ...base,
      pageCount: partial?.pageCount ?? 0,
      pages: partial ? toContractPages(partial) : [],
      detection: { isConsultation: false, score: 0, signals: [] },
      consultations: [],
      error: { code: e.code, message: e.message },
    };
  }
}
