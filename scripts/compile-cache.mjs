/**
 * Node's V8 compile cache for the compiled CLI and pdf.js, kept between runs in node_modules/.cache/shingi-cli (about
 * 0.4 G instructions less per run on the 151-page bundle: callgrind 6.52 → 6.10 G). Turned on by scripts/run-cli.mjs
 * and, so that the speed goal's floor is not compiled afresh either, by scripts/bench-bare.mjs (4.43 → 4.21 G).
 * SHINGI_NO_CC=1 turns it off. Plain JavaScript, like both callers.
 */
// (a namespace import: a Node without enableCompileCache runs without the cache instead of failing to link)
import * as nodeModule from 'node:module';
import { resolve } from 'node:path';

/** The compiled CLI's cache folder (scripts/build-cli.ts CLI_CACHE). */
export const CLI_CACHE = resolve(import.meta.dirname, '..', 'node_modules/.cache/shingi-cli');

export function enableCliCompileCache() {
  if (process.env.SHINGI_NO_CC !== '1') nodeModule.enableCompileCache?.(resolve(CLI_CACHE, 'v8-compile-cache'));
}
