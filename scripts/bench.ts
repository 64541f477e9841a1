/**
 * Speed and memory of the whole analysis against its floor (bare pdf.js) and poppler:
 *   npm run bench [-- FILE.pdf] [--runs 5]
 * On the largest corpus bundle by default. Every measurement is a whole process, started the way a
 * member starts it, and the runs of the different commands are interleaved (load on a shared machine
 * falls on all of them alike):
 *   - bare pdf.js: getTextContent on every page, nothing else (scripts/bench-bare.mjs, same pdf.js
 *     options as the engine: checked below), started with node and with npm run;
 *   - the whole analysis, `npm run --silent analyze -- --json FILE`, and the node command it runs
 *     (`node scripts/run-cli.mjs analyze`), compiled by `npm run build:cli` first (as at install);
 *   - the analysis from the TypeScript sources (`node scripts/analyze.ts`, for information);
 *   - `pdftotext -layout FILE -`.
 * Prints, per command, the median and best CPU time (user + system, robust to load), the median wall
 * time and the peak RSS over the runs (GNU time -v), and the ratios to bare pdf.js of the same start-up
 * (node to node, npm run to npm run). Goal: analyze ≤ 1.25 × bare pdf.js (median CPU), peak RSS ≤ 250 MB.
 * The output of each analysis run is compared with the first (the compiled CLI must give the same JSON).
 *
 *   npm run bench -- --instructions   (also) counts the instructions executed by bare pdf.js and by the
 *   analysis under valgrind (callgrind, all threads, ~8 min): much steadier than CPU time, but not exact (what V8
 *   optimises follows the interleaving of pdf.js's file reads with our code: ±0.2 G between runs of one build). Counted
 *   twice: as run, and with V8's --single-threaded (the optimising compiler works in the main thread instead
 *   of in the background, so the count no longer depends on thread timing: use it to compare two versions
 *   of the code; the count as run can move by ±0.15 G when a small edit changes what V8 optimises when).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_FILE = resolve(ROOT, '../shared/corpus/09_bundle_large_150p.pdf');
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  wall: number;
  cpu: number | null;
  rssMb: number | null;
  outHash: string;
  /** run-cli.mjs ran the TypeScript sources, not the compiled CLI (a source file changed since the build). */
  ranSources: boolean;
}

function runOnce(cmd: string, args: string[], env: Record<string, string> = {}): Run {
  const t0 = performance.now();
  // SHINGI_CLI_DEBUG: run-cli.mjs says on stderr whether it ran the compiled CLI or the sources.
  const opts = { cwd: ROOT, encoding: 'utf8' as const, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, SHINGI_CLI_DEBUG: '1', ...env } };
  const r = GNU_TIME ? spawnSync(GNU_TIME, ['-v', cmd, ...args], opts) : spawnSync(cmd, args, opts);
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 3) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr?.slice(-2000)}`);
  const err = r.stderr ?? '';
  // GNU time reports CPU time of the process and its waited-for children, and the largest RSS among them.
  const user = /User time \(seconds\): ([\d.]+)/.exec(err);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  return {
    wall,
    cpu: user && sys ? Number(user[1]) + Number(sys[1]) : null,
    rssMb: rss ? Number(rss[1]) / 1024 : null,
    outHash: createHash('sha256').update(r.stdout ?? '').digest('hex'),
    ranSources: /run-cli: sources/.test(err),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Cmd {
  name: string;
  cmd: string;
  args: string[];
  env?: Record<string, string>;
  runs: Run[];
}

async function checkSameOptions(): Promise<void> {
  const { openTask } = await import('../lib/text/load.ts');
  const { bareOptions } = (await import('./bench-bare.mjs' as string)) as { bareOptions: (env: object) => Record<string, unknown> };
  const env = { cMapUrl: '/c/', standardFontDataUrl: '/f/' };
  let seen: Record<string, unknown> = {};
  openTask(new Uint8Array(1), { ...env, pdfjs: { getDocument: (o: Record<string, unknown>) => ((seen = o), null) } } as never, undefined);
  const { data: _data, password: _password, ...engine } = seen;
  if (!isDeepStrictEqual(engine, bareOptions(env))) {
    throw new Error(`bench-bare.mjs does not open PDFs like the engine:\n engine ${JSON.stringify(engine)}\n bare   ${JSON.stringify(bareOptions(env))}`);
  }
}

/** Instructions executed by a command and all its threads (valgrind callgrind), or null without valgrind. */
function instructions(cmd: string, args: string[]): number | null {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', cmd, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, SHINGI_CLI_DEBUG: '1' },
  });
  const m = /Collected : (\d+)/.exec(r.stderr ?? '');
  if (/run-cli: sources/.test(r.stderr ?? '')) process.stdout.write('WARNING: the instruction count of the analysis is of the TypeScript sources (a source file changed since the build)\n');
  return r.status === 0 && m ? Number(m[1]) : null;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  const file = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs') ?? DEFAULT_FILE);
  const node = process.execPath; // Node 22 from the npm "node" package when run through npm/npx
  await checkSameOptions();

  const built = spawnSync(node, [resolve(ROOT, 'scripts/build-cli.ts')], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build:cli failed: ${built.stderr}`);
  const which = spawnSync(node, [resolve(ROOT, 'scripts/run-cli.mjs'), 'analyze', '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SHINGI_CLI_DEBUG: '1' } });
  const compiled = /run-cli: compiled/.test(which.stderr);

  const cmds: Cmd[] = [
    { name: 'bare pdf.js (node)', cmd: node, args: ['scripts/bench-bare.mjs', file], runs: [] },
    { name: 'analyze (node run-cli.mjs)', cmd: node, args: ['scripts/run-cli.mjs', 'analyze', '--json', file], runs: [] },
    { name: 'bare pdf.js (npm run)', cmd: 'npm', args: ['run', '--silent', 'bench:bare', '--', file], runs: [] },
    { name: 'npm run analyze -- --json', cmd: 'npm', args: ['run', '--silent', 'analyze', '--', '--json', file], runs: [] },
    { name: 'analyze from .ts sources', cmd: node, args: ['scripts/analyze.ts', '--json', file], runs: [] },
    { name: 'pdftotext -layout', cmd: 'pdftotext', args: ['-layout', file, '-'], runs: [] },
  ];
  process.stdout.write(
    `file: ${file}\nruns: ${runs} per command, interleaved; analyze ran the ${compiled ? 'compiled CLI (npm run build:cli)' : 'TypeScript sources (the compiled CLI is stale!)'}\n` +
      `machine: ${(await import('node:os')).cpus().length} CPUs, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}\n\n`,
  );
  // One warm-up run of each (file cache), not counted.
  for (const c of cmds) runOnce(c.cmd, c.args, c.env);
  for (let i = 0; i < runs; i++) for (const c of cmds) c.runs.push(runOnce(c.cmd, c.args, c.env));

  // In a shared working tree another edit can make run-cli fall back to the sources mid-bench: those runs
  // measure something else and are left out (and counted below).
  const fellBack = cmds.filter((c) => c.args.includes('run-cli.mjs') || c.args.includes('analyze')).flatMap((c) => c.runs.filter((r) => r.ranSources && !c.name.includes('sources')));
  const stat = (c: Cmd) => {
    const kept = c.name.includes('sources') ? c.runs : c.runs.filter((r) => !r.ranSources);
    const runs = kept.length ? kept : c.runs;
    const cpus = runs.map((r) => r.cpu).filter((x): x is number => x !== null);
    return {
      cpu: cpus.length ? median(cpus) : null,
      cpuMin: cpus.length ? Math.min(...cpus) : null,
      wall: median(runs.map((r) => r.wall)),
      rss: Math.max(...runs.map((r) => r.rssMb ?? 0)) || null,
    };
  };
  const s = new Map(cmds.map((c) => [c.name, stat(c)]));
  const f = (x: number | null, d = 2) => (x === null ? '  n/a' : x.toFixed(d).padStart(5));
  process.stdout.write(`${'command'.padEnd(28)} ${'CPU med'.padStart(7)} ${'CPU min'.padStart(7)} ${'wall med'.padStart(8)} ${'peak RSS'.padStart(9)}\n`);
  for (const c of cmds) {
    const m = s.get(c.name)!;
    process.stdout.write(`${c.name.padEnd(28)} ${f(m.cpu).padStart(6)} s ${f(m.cpuMin).padStart(5)} s ${f(m.wall).padStart(6)} s ${m.rss === null ? '     n/a' : m.rss.toFixed(0).padStart(6) + ' MB'}\n`);
  }

  const analyses = cmds.filter((c) => c.name.includes('analyze'));
  const hashes = new Set(analyses.flatMap((c) => c.runs.map((r) => r.outHash)));
  const ratio = (a: string, b: string, k: 'cpu' | 'wall') => {
    const x = s.get(a)![k];
    const y = s.get(b)![k];
    return x === null || y === null ? null : x / y;
  };
  const nodeCpu = ratio('analyze (node run-cli.mjs)', 'bare pdf.js (node)', 'cpu');
  const npmCpu = ratio('npm run analyze -- --json', 'bare pdf.js (npm run)', 'cpu');
  const rss = s.get('npm run analyze -- --json')!.rss;
  process.stdout.write(
    (fellBack.length ? `\nWARNING: ${fellBack.length} run(s) of the compiled CLI ran the TypeScript sources instead (a source file changed during the bench); left out of the figures above\n` : '') +
      `\nsame JSON from every analysis run (compiled and sources): ${hashes.size === 1 ? 'yes' : `NO (${hashes.size} different outputs)`}\n` +
      `bare pdf.js / pdftotext (CPU): ${f(ratio('bare pdf.js (node)', 'pdftotext -layout', 'cpu'), 1)}×\n` +
      `analyze / bare pdf.js, median CPU: ${f(nodeCpu)}× (node to node), ${f(npmCpu)}× (npm run to npm run); sources: ${f(ratio('analyze from .ts sources', 'bare pdf.js (node)', 'cpu'))}×\n` +
      `analyze / bare pdf.js, median wall: ${f(ratio('analyze (node run-cli.mjs)', 'bare pdf.js (node)', 'wall'))}× (node), ${f(ratio('npm run analyze -- --json', 'bare pdf.js (npm run)', 'wall'))}× (npm run) (wall is noisy on a loaded machine)\n` +
      `goal analyze ≤ 1.25 × bare pdf.js (median CPU, both start-ups): ${nodeCpu !== null && npmCpu !== null && Math.max(nodeCpu, npmCpu) <= 1.25 ? 'met' : 'NOT met'}\n` +
      `goal peak RSS ≤ 250 MB: ${rss === null ? 'n/a' : `${rss.toFixed(0)} MB → ${rss <= 250 ? 'met' : 'NOT met'}`}\n`,
  );
  if (argv.includes('--instructions')) {
    for (const flags of [[], ['--single-threaded']]) {
      const bare = instructions(node, [...flags, 'scripts/bench-bare.mjs', file]);
      const an = instructions(node, [...flags, 'scripts/run-cli.mjs', 'analyze', '--json', file]);
      const how = flags.length ? 'V8 --single-threaded, ±0.2 G between runs' : 'as run, all threads';
      process.stdout.write(
        bare === null || an === null
          ? 'instructions: valgrind not available or failed\n'
          : `instructions (callgrind, ${how}): bare pdf.js ${(bare / 1e9).toFixed(2)} G, analyze ${(an / 1e9).toFixed(2)} G → ${(an / bare).toFixed(2)}× (goal ≤ 1.25×: ${an / bare <= 1.25 ? 'met' : 'NOT met'})\n`,
      );
    }
  }
}

await main();
