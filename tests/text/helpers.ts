import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { extractText, type ExtractOptions } from '../../lib/text/extract.ts';
import { TextEngineError, type TextDocument } from '../../lib/text/types.ts';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/pdf', name)));
}

export async function extract(name: string, opts: ExtractOptions = {}): Promise<TextDocument> {
  return extractText(fixture(name), await nodePdfjsEnv(), opts);
}

/** The TextEngineError an extraction fails with (fails the test when it succeeds). */
export async function failure(name: string | Uint8Array, opts: ExtractOptions = {}): Promise<TextEngineError> {
  try {
    await extractText(typeof name === 'string' ? fixture(name) : name, await nodePdfjsEnv(), opts);
  } catch (e) {
    if (e instanceof TextEngineError) return e;
    throw e;
  }
  throw new Error('extraction succeeded');
}
