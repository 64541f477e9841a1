/**
 * How the panel loads pdf.js: the shared adapter lib/platform/browser-pdfjs.ts when it exists,
 * else this minimal equivalent (module worker via ?url, CMaps and fonts shipped in the extension).
 */
import type { PdfjsEnv } from '../../lib/text/pdfjs-env.ts';

const adapters = import.meta.glob<{ browserPdfjsEnv?: () => Promise<PdfjsEnv> }>('../../lib/platform/browser-pdfjs.ts');

let env: Promise<PdfjsEnv> | undefined;

export function loadPdfjsEnv(): Promise<PdfjsEnv> {
  env ??= (async () => {
    const load = adapters['../../lib/platform/browser-pdfjs.ts'];
    if (load) {
      const mod = await load();
      if (mod.browserPdfjsEnv) return mod.browserPdfjsEnv();
    }
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    // Start the worker now (it takes a few hundred ms to boot) and share it between documents.
    try {
      pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(worker.default, { type: 'module' });
    } catch {
      /* pdf.js starts its own worker from workerSrc */
    }
    return {
      pdfjs,
      cMapUrl: browser.runtime.getURL('/cmaps/' as never),
      standardFontDataUrl: browser.runtime.getURL('/standard_fonts/' as never),
    };
  })();
  return env;
}
