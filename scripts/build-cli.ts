/**
 * npm run build:cli — compiles the command-line analysis (scripts/analyze.ts and the lib/ code it
 * imports) into one JavaScript file, so that `npm run analyze` does not spend ~0.2 s of CPU at every
 * start stripping types from some 60 TypeScript modules.
 *
 * The bundle is a cache, not a second implementation: it is built from the same sources by Vite
 * (Rolldown), written to node_modules/.cache/shingi-cli/NAME/, and comes with a manifest of every source file
 * it was built from (path, size, SHA-256). scripts/run-cli.mjs runs it only when every one of those files
 * is unchanged, and otherwise runs the TypeScript sources directly. Runs at `postinstall`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build } from 'vite';
import { prefilterTableJson } from './prefilter-table.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const CLI_CACHE = resolve(ROOT, 'node_modules/.cache/shingi-cli');
const ENTRIES = { analyze: resolve(ROOT, 'scripts/analyze.ts') };

async function buildOne(name: string, entry: string, table: string): Promise<void> {
  const tmp = resolve(CLI_CACHE, `.tmp-${name}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    // scripts/analyze.ts finds the bundled sample next to itself.
    define: { 'import.meta.dirname': JSON.stringify(resolve(entry, '..')), __SHINGI_PREFILTER_TABLE__: JSON.stringify(table) },
    build: {
      ssr: entry,
      outDir: tmp,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      target: 'node22',
      // Code only `--format` needs (zod, papaparse: 60 % of the code) goes to a chunk loaded on demand.
      rolldownOptions: { output: { format: 'es', entryFileNames: `${name}.mjs`, chunkFileNames: 'chunk-[hash].mjs' } },
    },
    // Everything but pdf.js (which loads its worker module from its own folder) goes into the one file.
    ssr: { target: 'node', noExternal: true, external: ['pdfjs-dist'] },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; moduleIds?: string[]; modules?: Record<string, unknown> }[] }[];
  const ids = new Set<string>();
  for (const o of outputs)
    for (const chunk of o.output) {
      if (chunk.type !== 'chunk') continue;
      for (const id of chunk.moduleIds ?? Object.keys(chunk.modules ?? {})) ids.add(id);
    }
  // The project's own files, and the lock file for the packages bundled with them.
  const sources = [...[...ids].filter((id) => !id.startsWith('\0') && id.startsWith(ROOT) && !id.includes('/node_modules/')), resolve(ROOT, 'package-lock.json')]
    .sort()
    .map((id) => {
      const bytes = readFileSync(id);
      const st = statSync(id);
      // mtimeMs: run-cli.mjs skips hashing a file whose size and modification time are unchanged
      return { path: relative(ROOT, id), size: st.size, mtimeMs: st.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
    });
  if (!sources.some((s) => s.path === relative(ROOT, entry))) throw new Error(`bundle of ${entry} does not list its entry`);
  writeFileSync(resolve(tmp, 'manifest.json'), JSON.stringify({ entry: relative(ROOT, entry), node: process.version, sources }, null, 1));
  // Swap the folder into place: a concurrent run sees the old build, or none (and runs the sources).
  const dest = resolve(CLI_CACHE, name);
  const old = resolve(CLI_CACHE, `.old-${name}-${process.pid}`);
  if (existsSync(dest)) renameSync(dest, old);
  renameSync(tmp, dest);
  rmSync(old, { recursive: true, force: true });
  for (const f of [`${name}.mjs`, `${name}.manifest.json`]) rmSync(resolve(CLI_CACHE, f), { force: true }); // earlier layout
  process.stderr.write(`build:cli: ${name} ← ${sources.length} source files\n`);
}

mkdirSync(CLI_CACHE, { recursive: true });
// The prefilter's table (scripts/prefilter-table.ts): the regexes' characters worked out here once, not at every start.
const table = await prefilterTableJson(ROOT);
for (const [name, entry] of Object.entries(ENTRIES)) await buildOne(name, entry, table);
