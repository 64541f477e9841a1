/**
 * npm run analyze -- [--json] [--format txt|md|csv|eml|json] [--password PW] [--expect full|core] FILE.pdf...
 * --expect: which expectation table decides "missing" (full = domain.md §7.3, the default; core = the
 * corpus README's narrower table, lib/review/data/expectations-core.ts).
 * Contract: ../shared/contracts/analysis.md. Progress goes to stderr, results to stdout.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeBytes } from '../lib/analyze.ts';
import type { Analysis } from '../lib/analysis/schema.ts';
import { renderReport } from '../lib/report/text-report.ts';
import { DEFAULT_EXPECTATION_PROFILE, EXPECTATION_PROFILE_IDS, type ExpectationProfile } from '../lib/review/data/expectation-profiles.ts';
import { nodePdfjsEnv } from '../lib/platform/node-pdfjs.ts';

const SAMPLE = resolve(import.meta.dirname, '../assets/sample/sample-consultation.pdf');
const USAGE = 'usage: npm run --silent analyze -- [--json] [--format txt|md|csv|eml|json] [--password PW] [--expect full|core] FILE.pdf...';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        password: { type: 'string' },
        expect: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = args.values.format;
  if (format && !['txt', 'md', 'csv', 'eml', 'json', 'tsv'].includes(format)) {
    process.stderr.write(`unknown format: ${format}\n${USAGE}\n`);
    return 2;
  }
  const expect = args.values.expect ?? DEFAULT_EXPECTATION_PROFILE;
  if (!(EXPECTATION_PROFILE_IDS as readonly string[]).includes(expect)) {
    process.stderr.write(`unknown --expect: ${expect} (full or core)\n${USAGE}\n`);
    return 2;
  }
  const files = args.positionals.length ? args.positionals : [SAMPLE];
  const env = await nodePdfjsEnv();
  const results: Analysis[] = [];
  let lastProgress = -Infinity;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      process.stderr.write(`${file}: ファイルを読み込めません (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
    process.stderr.write(`解析中: ${file}\n`);
    results.push(
      await analyzeBytes(bytes, env, {
        file,
        password: args.values.password,
        expectations: expect as ExpectationProfile,
        // Progress at most every 100 ms (and the last page): one write per page costs more than it shows.
        onPage: (p, n) => {
          const now = performance.now();
          if (now - lastProgress < 100 && p.index !== n) return;
          lastProgress = now;
          process.stderr.write(`\r  ${p.index}/${n} ページ`);
        },
      }),
    );
    process.stderr.write('\n');
  }
  if (args.values.json || format === 'json') {
    process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  } else if (format) {
    const { exportQuestions } = await import('../lib/export/cli-format.ts');
    process.stdout.write(exportQuestions(results, format));
  } else {
    for (const r of results) process.stdout.write(renderReport(r));
  }
  return results.some((r) => r.error) ? 3 : 0;
}

// Set the exit code and let Node drain stdout: process.exit() would cut a large JSON piped to another program.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`内部エラー: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
