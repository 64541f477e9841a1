/**
 * npm test: typecheck, unit tests (Vitest), the test build of the extension, browser tests (Playwright
 * with Debian's Chromium), the Firefox build, the Firefox tests (Debian's firefox-esr, scripts/test-firefox.ts), a bounded fuzz run; then one closing line `N passed, N failed, N skipped`
 * counting unit, browser and Firefox tests together. Exit status 1 if anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
rmSync(resolve(results, 'vitest.json'), { force: true });
rmSync(resolve(results, 'e2e.json'), { force: true });
rmSync(resolve(results, 'firefox.json'), { force: true });
mkdirSync(results, { recursive: true });

const steps: { name: string; ok: boolean }[] = [];
function run(name: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  process.stdout.write(`\n=== ${name} ===\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ name, ok });
  return ok;
}

const npx = 'npx';
run('typecheck', npx, ['tsc', '--noEmit']);
run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const built = run('test build (chrome)', npx, ['wxt', 'build'], { SHINGI_LOCAL_TEST: '1' });
if (built) run('browser tests', npx, ['playwright', 'test']);
run('firefox build', npx, ['wxt', 'build', '-b', 'firefox']);
// The local-test Firefox build installed in firefox-esr and driven over WebDriver BiDi (builds it first).
run('firefox tests', npx, ['node', 'scripts/test-firefox.ts']);
// Bounded mutation fuzzing of the engine (deterministic seed): no crash, hang or unhandled rejection.
run('fuzz (300 mutated PDFs)', npx, ['node', 'scripts/fuzz.ts', '--count', '300', '--seed', '1']);

let passed = 0;
let failed = 0;
let skipped = 0;
const vitestFile = resolve(results, 'vitest.json');
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A test file that failed to load has no tests but is a failure.
  for (const f of v.testResults ?? []) if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed++;
}
const e2eFile = resolve(results, 'e2e.json');
if (existsSync(e2eFile)) {
  const s = JSON.parse(readFileSync(e2eFile, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  if (s.flaky) process.stdout.write(`browser tests that passed only on retry (flaky): ${s.flaky}\n`);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
}
const firefoxFile = resolve(results, 'firefox.json');
const firefoxCounted = existsSync(firefoxFile);
if (firefoxCounted) {
  const f = JSON.parse(readFileSync(firefoxFile, 'utf8'));
  passed += f.passed ?? 0;
  failed += f.failed ?? 0;
}
const stepFailures = steps.filter((s) => !s.ok);
process.stdout.write('\n');
for (const s of steps) process.stdout.write(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}\n`);
// A failed step that produced no failing test (typecheck, build) still counts as one failure.
const uncounted = stepFailures.filter((s) => s.name !== 'unit tests' && s.name !== 'browser tests' && !(s.name === 'firefox tests' && firefoxCounted)).length;
failed += uncounted;
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 || stepFailures.length > 0 || passed === 0 ? 1 : 0);
