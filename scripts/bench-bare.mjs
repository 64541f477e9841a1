/**
 * The floor for the speed goal: bare pdf.js text extraction, getTextContent on every page and nothing
 * else, as a whole process (`node scripts/bench-bare.mjs FILE.pdf`, or `npm run --silent bench:bare -- FILE`).
 *
 * It opens the PDF with exactly the options the engine uses (lib/text/load.ts `openTask`; scripts/bench.ts
 * checks that they are the same before it measures), and it is plain JavaScript so that its start-up is as
 * cheap as Node allows: the floor is not padded by TypeScript type stripping.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { enableCliCompileCache } from './compile-cache.mjs';

/** The engine's getDocument options (lib/text/load.ts), without the bytes. */
export function bareOptions(env) {
  return {
    cMapUrl: env.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: env.standardFontDataUrl,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  };
}

async function main(file) {
  // The same V8 compile cache as the CLI (scripts/compile-cache.mjs): the floor's pdf.js is not compiled afresh either.
  enableCliCompileCache();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const env = { cMapUrl: join(dir, 'cmaps') + '/', standardFontDataUrl: join(dir, 'standard_fonts') + '/' };
  const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), ...bareOptions(env) });
  const doc = await task.promise;
  let items = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    items += (await page.getTextContent()).items.length;
  }
  const pages = doc.numPages;
  await task.destroy();
  process.stdout.write(`${pages} pages, ${items} items\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv[2]) {
    process.stderr.write('usage: node scripts/bench-bare.mjs FILE.pdf\n');
    process.exitCode = 2;
  } else await main(process.argv[2]);
}
