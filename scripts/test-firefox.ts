/**
 * Firefox tests: builds the local-test Firefox add-on (SHINGI_LOCAL_TEST=1 wxt build -b firefox →
 * .output/test/firefox-mv2), serves assets/sample on 127.0.0.1, starts Debian's firefox-esr
 * (FIREFOX_PATH, default /usr/bin/firefox-esr) headless, installs the add-on and runs
 * tests/firefox/checks.ts one after another. Prints `N passed, N failed, 0 skipped`, writes
 * test-results/firefox.json, exits 1 on any failure. Bounded: each check 60 s, the whole run 170 s.
 *
 *   npm run test:firefox             build, then test
 *   npm run test:firefox -- --no-build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../tests/e2e/server.ts';
import { CHECKS } from '../tests/firefox/checks.ts';
import { collectErrors, FIREFOX_EXT_PATH, installAddon, launchFirefox, SAMPLE_DIR, type Firefox } from '../tests/firefox/harness.ts';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
const CHECK_MS = 60_000;
const RUN_MS = 170_000;

interface Result {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}
const done: Result[] = [];
const t0 = Date.now();
let firefox: Firefox | null = null;

function finish(code: number, note?: string): never {
  const passed = done.filter((r) => r.ok).length;
  const failed = done.length - passed + (note ? 1 : 0);
  mkdirSync(results, { recursive: true });
  writeFileSync(
    resolve(results, 'firefox.json'),
    JSON.stringify({ browser: firefox?.version ?? null, passed, failed, ms: Date.now() - t0, note: note ?? null, tests: done }, null, 1),
  );
  if (note) process.stdout.write(`FAIL ${note}\n`);
  process.stdout.write(`\nfirefox: ${passed} passed, ${failed} failed, 0 skipped (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  process.exit(failed > 0 || passed === 0 ? 1 : code);
}

// A hung browser must not hang the test run.
const deadline = setTimeout(() => {
  void (async () => {
    const p = firefox?.browser.process();
    if (p && p.exitCode === null) p.kill('SIGKILL');
    finish(1, `the Firefox run exceeded ${RUN_MS / 1000} s`);
  })();
}, RUN_MS);

const executable = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(executable)) finish(1, `Firefox not found at ${executable} (apt-get install firefox-esr, or set FIREFOX_PATH)`);

if (!process.argv.includes('--no-build')) {
  process.stdout.write('building the local-test Firefox add-on…\n');
  const b = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SHINGI_LOCAL_TEST: '1' } });
  if (b.status !== 0) finish(1, 'SHINGI_LOCAL_TEST=1 wxt build -b firefox failed');
}
if (!existsSync(resolve(FIREFOX_EXT_PATH, 'manifest.json'))) finish(1, `no build at ${FIREFOX_EXT_PATH}`);

const server = await startServer(SAMPLE_DIR);
try {
  firefox = await launchFirefox(executable);
  const id = await installAddon(firefox.browser);
  process.stdout.write(`${firefox.version}: add-on ${id} installed from ${FIREFOX_EXT_PATH} (${Date.now() - t0} ms)\n`);
  for (const check of CHECKS) {
    const start = Date.now();
    const page = await firefox.browser.newPage();
    const errors = collectErrors(page);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        check.run({ browser: firefox.browser, origin: server.origin }, page, errors),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_MS / 1000} s`)), CHECK_MS))),
      ]);
      done.push({ name: check.name, ok: true, ms: Date.now() - start });
      process.stdout.write(`  ok   ${check.name} (${Date.now() - start} ms)\n`);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      done.push({ name: check.name, ok: false, ms: Date.now() - start, error });
      process.stdout.write(`  FAIL ${check.name} (${Date.now() - start} ms)\n       ${error.split('\n').join('\n       ')}\n`);
      if (errors.length) process.stdout.write(`       page errors: ${errors.join(' | ')}\n`);
      const shot = resolve(results, 'firefox', `${done.length}.png`);
      mkdirSync(resolve(results, 'firefox'), { recursive: true });
      await page.screenshot({ path: shot as `${string}.png` }).then(() => process.stdout.write(`       screenshot: ${shot}\n`), () => {});
    } finally {
      clearTimeout(timer);
      await page.close().catch(() => {});
    }
  }
} catch (e) {
  await firefox?.close();
  void server.close();
  finish(1, `Firefox could not be started or the add-on not installed: ${e instanceof Error ? e.message : String(e)}`);
}
await firefox?.close();
// Keep-alive connections from the browser would hold close() open: do not wait for it.
void server.close();
finish(0);
