/**
 * Offscreen document (Chrome/Edge): the MV3 service worker cannot host pdf.js's worker, so the
 * background asks this page to read the PDF open in a tab and say whether it is consultation
 * material. It fetches only that document (the same URL the tab shows) and sends nothing anywhere.
 */
import { JUDGE_PDF_MESSAGE, type JudgePdfRequest, type JudgePdfResult } from '@/lib/messaging/judge';
import { judgePdfBytes } from '@/lib/page-detect/judge-pdf';
import { fetchBytes } from '@/lib/platform/browser-fetch';
import type { PdfjsEnv } from '@/lib/text/pdfjs-env';

let env: Promise<PdfjsEnv> | undefined;
function pdfjsEnv(): Promise<PdfjsEnv> {
  env ??= (async () => {
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return {
      pdfjs,
      cMapUrl: browser.runtime.getURL('/cmaps/' as never),
      standardFontDataUrl: browser.runtime.getURL('/standard_fonts/' as never),
    };
  })();
  return env;
}

/** Larger files are left to the panel (the member opens them explicitly). */
const MAX_BYTES = 40 * 1024 * 1024;

async function judge(url: string): Promise<JudgePdfResult> {
  try {
    const bytes = await fetchBytes(url, { maxBytes: MAX_BYTES });
    return await judgePdfBytes(bytes, await pdfjsEnv());
  } catch (e) {
    return { isConsultation: null, signals: [], error: e instanceof Error ? e.message : String(e) };
  }
}

browser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse: (r: JudgePdfResult) => void) => {
  const m = msg as JudgePdfRequest;
  if (!m || m.type !== JUDGE_PDF_MESSAGE || typeof m.url !== 'string') return undefined;
  void judge(m.url).then(sendResponse);
  return true;
});
