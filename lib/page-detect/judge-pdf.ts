/**
 * Is a PDF consultation material? The text engine reads it and the structure step's document
 * detection (first pages) decides. Pure: runs in Node (tests, scripts) and on extension pages.
 */
import type { JudgePdfResult } from '../messaging/judge.ts';
import { analyzeStructure } from '../structure/index.ts';
import { extractText } from '../text/extract.ts';
import type { PdfjsEnv } from '../text/pdfjs-env.ts';
import { TextEngineError } from '../text/types.ts';

/** Badge judgement stays cheap: long bundles are left to the panel beyond this many pages. */
export const JUDGE_MAX_PAGES = 400;

export async function judgePdfBytes(bytes: Uint8Array, env: PdfjsEnv, opts: { signal?: AbortSignal } = {}): Promise<JudgePdfResult> {
  try {
    const doc = await extractText(bytes, env, { maxPages: JUDGE_MAX_PAGES, signal: opts.signal, pageTimeoutMs: 5000, loadTimeoutMs: 15_000 });
    const { detection } = analyzeStructure(doc);
    return { isConsultation: detection.isConsultation, signals: detection.signals };
  } catch (e) {
    if (e instanceof TextEngineError) {
      // A file that is not a PDF at all is not consultation material; other failures stay undecided.
      if (e.code === 'not_pdf') return { isConsultation: false, signals: ['not_pdf'], code: e.code, error: e.message };
      return { isConsultation: null, signals: [], code: e.code, error: e.message };
    }
    throw e;
  }
}
