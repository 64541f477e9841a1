/**
 * Mutation fuzzing of the engine (lib/analyze.ts `analyzeBytes`, Node pdf.js adapter).
 *
 *   npm run fuzz -- [--count 200] [--seed 1] [--timeout 30000] [--max-rss 2500] [--corpus DIR] [--out DIR]
 *
 * Seeds: ../shared/corpus/*.pdf (and real-world/*.pdf) beside the repository when present, else the PDFs
 * under tests/fixtures (hostile/ excluded: its bombs are measured by scripts/fixtures/hostile/measure.ts)
 * and assets/sample. Each input is a seed with 1–3 mutations (byte flips, truncation, chunk duplication,
 * chunk deletion, dictionary key/value corruption, splicing). Inputs run one by one in a watched child
 * process (scripts/fixtures/hostile/child-runner.ts), killed when over the time or memory limit.
 *
 * Findings: a hang (time limit), memory over the limit, a crashed child, `analyzeBytes` rejecting instead
 * of returning an error result, an unhandled rejection / uncaught exception, a result breaking the
 * analysis@1 contract, or a hostile payload marker set. Failing inputs are saved to --out
 * (default test-results/fuzz). Exit status 1 when there is a finding. Deterministic for a given seed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AnalyzerChild, type RunResult } from './fixtures/hostile/child-runner.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '30000' },
    'max-rss': { type: 'string', default: '2500' },
    'max-seed-bytes': { type: 'string', default: String(2 * 1024 * 1024) },
    corpus: { type: 'string' },
    out: { type: 'string', default: resolve(repoRoot, 'test-results/fuzz') },
    verbose: { type: 'boolean', default: false },
  },
});
const COUNT = Number(values.count);
const SEED = Number(values.seed);
const TIMEOUT = Number(values.timeout);

// ---------------------------------------------------------------------------------------------- seeds

function pdfsIn(dir: string, recurse: boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && recurse && e.name !== 'hostile') out.push(...pdfsIn(p, true));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.pdf')) out.push(p);
  }
  return out;
}

function seedFiles(): string[] {
  const shared = values.corpus ? resolve(values.corpus) : resolve(repoRoot, '../shared/corpus');
  let files = [...pdfsIn(shared, false), ...pdfsIn(join(shared, 'real-world'), false)];
  if (files.length === 0) files = [...pdfsIn(resolve(repoRoot, 'tests/fixtures'), true), ...pdfsIn(resolve(repoRoot, 'assets/sample'), false)];
  const max = Number(values['max-seed-bytes']);
  return files.filter((f) => statSync(f).size <= max).sort();
}

// ------------------------------------------------------------------------------------------- mutations

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

const KEYS = ['/Length', '/Count', '/Size', '/W', '/Index', '/First', '/N', '/Prev', '/Kids', '/Parent', '/Contents', '/Filter',
  '/DecodeParms', '/Predictor', '/Columns', '/BitsPerComponent', '/Width', '/Height', '/Font', '/Encoding', '/ToUnicode',
  '/FontMatrix', '/Widths', '/FirstChar', '/MediaBox', '/Root', '/Pages', '/Type', '/Subtype', '/XRefStm', '/Encrypt'];
const JUNK_VALUES = ['-1', '0', '2147483647', '99999999999', '1e308', 'null', '[]', '<<>>', '()', '/Foo', '1 0 R', '99999 0 R',
  '[0 0 0]', '<FFFFFFFF>', 'true', '[/FlateDecode /FlateDecode /LZWDecode]', '-0.000001', 'NaN'];

interface Mutation {
  name: string;
  apply(b: Uint8Array, r: Rand, other: Uint8Array): Uint8Array;
}

function findAll(b: Uint8Array, needle: string): number[] {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
  const out: number[] = [];
  for (let i = buf.indexOf(needle, 0, 'latin1'); i >= 0 && out.length < 5000; i = buf.indexOf(needle, i + 1, 'latin1')) out.push(i);
  return out;
}

const MUTATIONS: Mutation[] = [
  {
    name: 'flip-bytes',
    apply(b, r) {
      const c = b.slice();
      const n = 1 + int(r, 32);
      for (let i = 0; i < n; i++) c[int(r, c.length)] = int(r, 256);
      return c;
    },
  },
  {
    name: 'flip-bits',
    apply(b, r) {
      const c = b.slice();
      const n = 1 + int(r, 64);
      for (let i = 0; i < n; i++) c[int(r, c.length)] ^= 1 << int(r, 8);
      return c;
    },
  },
  {
    name: 'truncate',
    apply(b, r) {
      return b.slice(0, Math.max(8, int(r, b.length)));
    },
  },
  {
    name: 'duplicate-chunk',
    apply(b, r) {
      const len = 1 + int(r, Math.min(8192, b.length));
      const from = int(r, b.length - len + 1);
      const at = int(r, b.length);
      const times = 1 + int(r, 4);
      const chunk = b.subarray(from, from + len);
      return concat(b.subarray(0, at), ...Array(times).fill(chunk), b.subarray(at));
    },
  },
  {
    name: 'delete-chunk',
    apply(b, r) {
      const len = 1 + int(r, Math.min(4096, b.length - 1));
      const at = int(r, b.length - len);
      return concat(b.subarray(0, at), b.subarray(at + len));
    },
  },
  {
    name: 'corrupt-key',
    apply(b, r) {
      // Rename a key, or replace the value after a structural key with a hostile one.
      const key = pick(r, KEYS);
      const hits = findAll(b, key);
      if (hits.length === 0) return MUTATIONS[0].apply(b, r, b);
      const at = pick(r, hits);
      const c = Buffer.from(b);
      if (r() < 0.3) {
        const other = pick(r, KEYS);
        return concat(c.subarray(0, at), Buffer.from(other, 'latin1'), c.subarray(at + key.length));
      }
      // Value: skip the key and whitespace, replace the next token.
      let s = at + key.length;
      while (s < c.length && (c[s] === 0x20 || c[s] === 0x0a || c[s] === 0x0d)) s++;
      let e = s;
      while (e < c.length && e - s < 40 && !/[\s/>\]]/.test(String.fromCharCode(c[e]))) e++;
      return concat(c.subarray(0, at + key.length), Buffer.from(' ' + pick(r, JUNK_VALUES) + ' ', 'latin1'), c.subarray(e));
    },
  },
  {
    name: 'corrupt-xref',
    apply(b, r) {
      const hits = [...findAll(b, 'startxref'), ...findAll(b, 'xref'), ...findAll(b, 'obj')];
      if (hits.length === 0) return MUTATIONS[0].apply(b, r, b);
      const at = pick(r, hits) + int(r, 40);
      const c = b.slice();
      for (let i = 0; i < 1 + int(r, 8) && at + i < c.length; i++) c[at + i] = 0x30 + int(r, 10);
      return c;
    },
  },
  {
    name: 'splice',
    apply(b, r, other) {
      const at = int(r, b.length);
      const from = int(r, other.length);
      return concat(b.subarray(0, at), other.subarray(from, from + int(r, 16384)), b.subarray(at + int(r, 4096)));
    },
  },
];

// ---------------------------------------------------------------------------------------------- main

const seeds = seedFiles();
if (seeds.length === 0) {
  console.error('fuzz: no seed PDFs found');
  process.exit(2);
}
const seedBytes = seeds.map((f) => new Uint8Array(readFileSync(f)));
const r = rng(SEED);
const work = mkdtempSync(join(tmpdir(), 'shingi-fuzz-'));
const child = new AnalyzerChild({ heapMb: 4096, maxRssMb: Number(values['max-rss']) });
const outcomes = new Map<string, number>();
const findings: { input: string; what: string; detail: string; saved: string }[] = [];
let slowest = { ms: 0, input: '' };
let peakRss = 0;
const t0 = performance.now();

console.log(`fuzz: seed=${SEED} count=${COUNT} timeout=${TIMEOUT}ms max-rss=${values['max-rss']}MB seeds=${seeds.length} (${basename(resolve(seeds[0], '..'))}/…)`);

function finding(r: RunResult): { what: string; detail: string } | undefined {
  if (r.unhandled.length) return { what: 'unhandled', detail: r.unhandled.join('\n') };
  switch (r.kind) {
    case 'timeout':
      return { what: 'hang', detail: `no result after ${r.ms} ms (peak ${r.peakRssMb} MB)` };
    case 'memory':
      return { what: 'memory', detail: `over ${values['max-rss']} MB after ${r.ms} ms` };
    case 'crashed':
      return { what: 'crash', detail: `child exited: ${r.exit}` };
    case 'threw':
      return { what: 'crash', detail: `analyzeBytes rejected: ${r.error}` };
    case 'done':
      if (!r.summary.schemaOk) return { what: 'contract', detail: 'result does not satisfy analysis@1' };
      if (r.summary.marker !== undefined) return { what: 'payload', detail: `marker set: ${String(r.summary.marker)}` };
      return undefined;
  }
}

try {
  for (let i = 0; i < COUNT; i++) {
    const si = int(r, seeds.length);
    let bytes: Uint8Array = seedBytes[si];
    const steps: string[] = [];
    const n = 1 + int(r, 3);
    for (let k = 0; k < n; k++) {
      const m = pick(r, MUTATIONS);
      bytes = m.apply(bytes, r, seedBytes[int(r, seeds.length)]);
      steps.push(m.name);
    }
    const label = `#${i} ${basename(seeds[si])} [${steps.join('+')}]`;
    const file = join(work, `input-${i}.pdf`);
    writeFileSync(file, bytes);
    const res = await child.run(file, TIMEOUT);
    peakRss = Math.max(peakRss, res.peakRssMb);
    if (res.ms > slowest.ms) slowest = { ms: res.ms, input: label };
    const key = res.kind === 'done' ? (res.summary.error ? `error:${res.summary.error.code}` : 'ok') : res.kind;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const f = finding(res);
    if (f) {
      mkdirSync(values.out, { recursive: true });
      const saved = join(values.out, `seed${SEED}-${i}-${f.what}.pdf`);
      writeFileSync(saved, bytes);
      findings.push({ input: label, ...f, saved });
      console.log(`FINDING ${f.what}: ${label}\n  ${f.detail.split('\n').join('\n  ')}\n  saved: ${saved}`);
    } else if (values.verbose) console.log(`${label} → ${key} ${res.ms} ms`);
    if (!values.verbose && (i + 1) % 25 === 0) console.log(`  ${i + 1}/${COUNT} inputs, ${findings.length} findings, ${Math.round((performance.now() - t0) / 1000)} s`);
  }
} finally {
  child.close();
  rmSync(work, { recursive: true, force: true });
}

const by = (w: string) => findings.filter((f) => f.what === w).length;
console.log(
  `fuzz: ${COUNT} inputs tried in ${Math.round((performance.now() - t0) / 1000)} s; outcomes ${[...outcomes].map(([k, v]) => `${k}=${v}`).join(' ')}; ` +
    `slowest ${slowest.ms} ms (${slowest.input}); peak RSS ${peakRss} MB`,
);
console.log(
  `fuzz: ${findings.length} findings (crashes ${by('crash')}, hangs ${by('hang')}, memory ${by('memory')}, unhandled rejections ${by('unhandled')}, contract ${by('contract')}, payload ${by('payload')})`,
);
process.exitCode = findings.length ? 1 : 0;
