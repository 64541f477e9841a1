/**
 * Every held-out set in one table: runs scripts/eval-heldout.ts on each folder tests/fixtures/heldoutN (as separate
 * processes, one after the other) and prints, per set, the pipeline's and the review-alone ("oracle") F1 for mentioned,
 * missing and vague, and the vague-phrase recall.
 *
 *   npx node scripts/eval-heldout-all.ts [--sets heldout14,heldout15] [--expect full|core]
 *
 * The figures are those of eval-heldout.ts (detailed table `full` by default, as the held-out truths were written).
 * Which sets are development sets and which were kept back is in docs/heldout.md.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sets: { type: 'string' }, expect: { type: 'string', default: 'full' } } });
const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests/fixtures');
const order = (s: string) => Number(s.replace('heldout', '') || '1');
const sets = values.sets
  ? values.sets.split(',')
  : readdirSync(fixtures).filter((d) => /^heldout\d*$/.test(d)).sort((a, b) => order(a) - order(b));

const F1 = /^safeguards (mentioned|missing|vague)\s+F1 ([0-9.]+)/;
const PHRASES = /^vague-phrase recall\s+([0-9.]+)/;
console.log('set        pipeline m / miss / vague  phrases | review alone m / miss / vague  phrases');
for (const set of sets) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/eval-heldout.ts'), '--set', set, '--expect', values.expect!], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    console.log(`${set.padEnd(10)} failed: ${(r.stderr || '').split('\n').slice(-3).join(' ')}`);
    continue;
  }
  // the first block is the pipeline, the block after 「== review alone」 the oracle
  const [pipe, oracle] = r.stdout.split('== review alone');
  const figures = (block: string) => {
    const f: Record<string, string> = {};
    for (const line of block.split('\n')) {
      const m = F1.exec(line);
      if (m && !(m[1] in f)) f[m[1]] = m[2];
      const p = PHRASES.exec(line);
      if (p && !('phrases' in f)) f.phrases = p[1];
    }
    return `${f.mentioned ?? '-'} / ${f.missing ?? '-'} / ${f.vague ?? '-'}  ${f.phrases ?? '-'}`;
  };
  console.log(`${set.padEnd(10)} ${figures(pipe).padEnd(31)} | ${figures(oracle ?? '')}`);
}
