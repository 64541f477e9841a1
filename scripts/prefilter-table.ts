/**
 * The review's prefilter table for a build (lib/review/prefilter.ts): requiredChars of every regex exported by the
 * data modules it reads, worked out once at build time instead of at every start of the analysis. Put into a bundle
 * with Vite's `define` as `__SHINGI_PREFILTER_TABLE__`, by the command-line build (scripts/build-cli.ts) and the
 * extension's (wxt.config.ts). Keyed by regex source, so a table can only hold what parsing the same source gives;
 * a bundle is built from the same sources as its table.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Folders of data modules whose regexes the review's prefilter reads. */
export const REGEX_DATA = ['lib/review/data', 'lib/structure/vocab'];

/** The table (JSON: source → characters or null) for the project at `root`. */
export async function prefilterTableJson(root: string): Promise<string> {
  const { prefilterTable } = (await import(pathToFileURL(resolve(root, 'lib/review/prefilter.ts')).href)) as typeof import('../lib/review/prefilter.ts');
  const found = new Set<RegExp>();
  const seen = new Set<unknown>();
  // every regex exported by those modules, walked through arrays, objects, maps and sets
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof RegExp) found.add(v);
    else if (v instanceof Map || v instanceof Set) for (const x of v.values()) walk(x);
    else for (const x of Object.values(v)) walk(x);
  };
  for (const dir of REGEX_DATA) {
    for (const f of readdirSync(resolve(root, dir)).sort()) if (f.endsWith('.ts')) walk(await import(pathToFileURL(resolve(root, dir, f)).href));
  }
  return prefilterTable(found);
}
