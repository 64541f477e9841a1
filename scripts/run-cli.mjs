/**
 * Starts a command-line script (`npm run analyze` → `node scripts/run-cli.mjs analyze …`).
 *
 * If `npm run build:cli` (also run at postinstall) compiled the script, and every source file the
 * compiled file was made from is byte-for-byte unchanged (SHA-256 in its manifest), the compiled file
 * runs: the same code without ~0.2 s of TypeScript type stripping at start-up. Otherwise (sources edited
 * since, no build, a different Node) the TypeScript source runs directly, as `node scripts/NAME.ts`.
 * A file whose size and modification time are still those the manifest recorded at the build is taken as
 * unchanged without being read: hashing some 60 files and the lock file at every start cost ~0.03 G
 * instructions (npm run bench -- --instructions: 2 % of what the analysis adds to bare pdf.js). Any other
 * file of the same size is read and hashed, as before.
 * SHINGI_CLI_SOURCE=1 forces the sources; SHINGI_CLI_DEBUG=1 says on stderr which one ran; SHINGI_NO_CC=1 runs without
 * Node's compile cache.
 *
 * Plain JavaScript on purpose: a .ts launcher would pay the type-stripping start-up it exists to avoid.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_CACHE, enableCliCompileCache } from './compile-cache.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  process.stderr.write('usage: node scripts/run-cli.mjs NAME [args…]\n');
  process.exit(2);
}
// The script sees its own arguments, as if it had been started directly.
process.argv.splice(2, 1);

const cache = CLI_CACHE;

/** SHA-256 in hex; node:crypto is loaded only when a file has to be hashed. */
function sha256(bytes) {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
}

/** Why the compiled file cannot be used, or null when it can. */
function staleReason() {
  if (process.env.SHINGI_CLI_SOURCE === '1') return 'SHINGI_CLI_SOURCE=1';
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(resolve(cache, name, 'manifest.json'), 'utf8'));
  } catch {
    return 'not built (npm run build:cli)';
  }
  if (manifest.node !== process.version) return `built with Node ${manifest.node}`;
  for (const s of manifest.sources) {
    // Plain concatenation (manifest paths are relative, with /): path.resolve in this loop gets hot enough
    // for V8 to spend tens of ms optimizing node:path's normalizeString on a background thread.
    const file = `${ROOT}/${s.path}`;
    let st;
    try {
      st = statSync(file);
    } catch {
      return `${s.path} is gone`;
    }
    if (st.size !== s.size) return `${s.path} changed`;
    if (st.mtimeMs === s.mtimeMs) continue;
    const bytes = readFileSync(file);
    if (bytes.length !== s.size || sha256(bytes) !== s.sha256) return `${s.path} changed`;
  }
  return null;
}

const reason = staleReason();
if (process.env.SHINGI_CLI_DEBUG === '1') process.stderr.write(`run-cli: ${reason ? `sources (${reason})` : 'compiled'}\n`);
// Node's V8 compile cache for the compiled CLI and pdf.js (scripts/compile-cache.mjs)
if (!reason) enableCliCompileCache();
await import(pathToFileURL(reason ? resolve(ROOT, 'scripts', `${name}.ts`) : resolve(cache, name, `${name}.mjs`)).href);
