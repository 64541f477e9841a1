/**
 * The pdf.js module and its resource locations, given by the environment adapter
 * (lib/platform/node-pdfjs.ts in Node, lib/platform/browser-pdfjs.ts on extension pages).
 */
import type * as Pdfjs from 'pdfjs-dist';

export interface PdfjsEnv {
  pdfjs: typeof Pdfjs;
  /** Directory URL (or path in Node) of pdf.js's bcmaps, ending in "/". */
  cMapUrl: string;
  /** Directory URL (or path in Node) of pdf.js's standard fonts, ending in "/". */
  standardFontDataUrl: string;
}
