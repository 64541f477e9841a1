/**
 * Extension-page adapter (side panel, offscreen document): pdf.js's modern build with its module worker
 * bundled by Vite (`?url`), and the CMaps and standard fonts shipped inside the extension
 * (wxt.config.ts copies them to /cmaps/ and /standard_fonts/). One worker is started once and shared by
 * every document. This is the only text-engine file that touches `browser`.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsEnv } from '../text/pdfjs-env.ts';

let env: Promise<PdfjsEnv> | undefined;

export function browserPdfjsEnv(): Promise<PdfjsEnv> {
  env ??= (async () => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    // Boot the worker now (a few hundred ms) so that the first document does not wait for it.
    if (!pdfjs.GlobalWorkerOptions.workerPort && typeof Worker !== 'undefined') {
      try {
        pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
      } catch {
        /* pdf.js starts its own worker from workerSrc */
      }
    }
    return {
      pdfjs,
      cMapUrl: browser.runtime.getURL('/cmaps/' as never),
      standardFontDataUrl: browser.runtime.getURL('/standard_fonts/' as never),
    };
  })();
  return env;
}
