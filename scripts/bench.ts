/**
 * Speed and memory of the whole analysis against its floor (bare pdf.js) and poppler:
 *   npm run bench [-- FILE.pdf] [-- --runs 3]
 * Runs, as whole processes in the same run, on the largest corpus bundle by default:
 *   1. bare pdf.js: getTextContent on every page, nothing else (this script with --bare);
 *   2. `npm run --silent analyze -- --json FILE` (the whole engine, output discarded);
 *   3. `pdftotext -layout FILE -`.
 * Prints wall time (best of N runs), peak RSS (GNU time -v when present) and the ratios.
 * Goal: analyze ≤ 1.25 × bare pdf.js, peak RSS ≤ 250 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_FILE = resolve(ROOT, '../shared/corpus/09_bundle_large_150p.pdf');

async function bare(file: string): Promise<void> {
  const { nodePdfjsEnv } = await import('../lib/platform/node-pdfjs.ts');
  const env = await nodePdfjsEnv();
  const task = env.pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    cMapUrl: env.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: env.standardFontDataUrl,
    verbosity: 0,
  });
  const doc = await task.promise;
  let items = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    items += (await page.getTextContent()).items.length;
  }
  await task.destroy();
  process.stdout.write(`${doc.numPages} pages, ${items} items\n`);
}

interface Measure {
  wall: number;
  /** user + system CPU seconds (robust when other processes load the machine). */
  cpu: number | null;
  rssMb: number | null;
  ok: boolean;
}

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function run(cmd: string, args: string[]): Measure {
  const t0 = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-v', cmd, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wall = (performance.now() - t0) / 1000;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  // npm / npx wrap node in a parent process: GNU time reports the largest single process in the tree.
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : null;
  return { wall, cpu, rssMb: m ? Number(m[1]) / 1024 : null, ok: r.status === 0 || r.status === 3 };
}

function best(cmd: string, args: string[], runs: number): Measure {
  let b: Measure | undefined;
  for (let i = 0; i < runs; i++) {
    const m = run(cmd, args);
    if (!m.ok) throw new Error(`${cmd} ${args.join(' ')} failed`);
    if (!b) b = m;
    else
      b = {
        wall: Math.min(b.wall, m.wall),
        cpu: m.cpu === null || b.cpu === null ? null : Math.min(b.cpu, m.cpu),
        rssMb: Math.max(m.rssMb ?? 0, b.rssMb ?? 0) || null,
        ok: true,
      };
  }
  return b!;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--bare') return bare(argv[1]);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const file = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs') ?? DEFAULT_FILE);
  const node = process.execPath; // Node 22 from the npm "node" package when run through npm/npx
  process.stdout.write(`file: ${file}\nruns: ${runs} (best wall and CPU time; peak RSS = max over runs)\n\n`);
  const results: [string, Measure][] = [
    ['bare pdf.js getTextContent', best(node, [resolve(ROOT, 'scripts/bench.ts'), '--bare', file], runs)],
    ['npm run analyze -- --json', best('npm', ['run', '--silent', 'analyze', '--', '--json', file], runs)],
    ['analyze (node directly)', best(node, [resolve(ROOT, 'scripts/analyze.ts'), '--json', file], runs)],
    ['pdftotext -layout', best('pdftotext', ['-layout', file, '-'], runs)],
  ];
  const base = results[0][1].wall;
  const baseCpu = results[0][1].cpu;
  for (const [name, m] of results) {
    const cpu = m.cpu === null || !baseCpu ? '' : `  cpu=${m.cpu.toFixed(2).padStart(6)} s ×bare=${(m.cpu / baseCpu).toFixed(2)}`;
    process.stdout.write(
      `${name.padEnd(30)} wall=${m.wall.toFixed(2).padStart(6)} s ×bare=${(m.wall / base).toFixed(2)}${cpu}  peakRSS=${m.rssMb === null ? 'n/a' : m.rssMb.toFixed(0) + ' MB'}\n`,
    );
  }
  const an = results[1][1];
  const direct = results[2][1];
  const pt = results[3][1];
  process.stdout.write(
    `\nbare pdf.js / pdftotext = ${(base / pt.wall).toFixed(1)}×\n` +
      `wall time: analyze ${(an.wall / base).toFixed(2)}× (npm run), ${(direct.wall / base).toFixed(2)}× (node) of bare pdf.js (noisy on a shared machine)\n` +
      (an.cpu !== null && baseCpu
        ? `goal analyze ≤ 1.25 × bare (CPU time, robust to load): ${(an.cpu / baseCpu).toFixed(2)}× (npm run), ${(direct.cpu! / baseCpu).toFixed(2)}× (node) → ${an.cpu / baseCpu <= 1.25 ? 'met' : 'NOT met'}\n`
        : '') +
      `goal peak RSS ≤ 250 MB: ${an.rssMb === null ? 'n/a' : an.rssMb.toFixed(0) + ' MB → ' + (an.rssMb <= 250 ? 'met' : 'NOT met')}\n`,
  );
}

await main();
