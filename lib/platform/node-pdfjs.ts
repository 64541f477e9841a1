/** Node adapter: pdf.js legacy build with CMaps and standard fonts read from node_modules. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfjsEnv } from '../text/pdfjs-env.ts';

let env: Promise<PdfjsEnv> | undefined;

export function nodePdfjsEnv(): Promise<PdfjsEnv> {
  env ??= (async () => {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsEnv['pdfjs'];
    const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return {
      pdfjs,
      cMapUrl: join(dir, 'cmaps') + '/',
      standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    };
  })();
  return env;
}
