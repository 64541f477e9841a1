/**
 * How the panel loads pdf.js: the extension-page adapter lib/platform/browser-pdfjs.ts, imported lazily so
 * that pdf.js stays out of the panel's first bundle (the adapter boots the shared worker once).
 */
import type { PdfjsEnv } from '../../lib/text/pdfjs-env.ts';

export function loadPdfjsEnv(): Promise<PdfjsEnv> {
  return import('../../lib/platform/browser-pdfjs.ts').then((m) => m.browserPdfjsEnv());
}
