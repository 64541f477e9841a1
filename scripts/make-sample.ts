/**
 * Regenerates the bundled sample PDF from its source:
 *   assets/sample/src/sample-consultation.html → assets/sample/sample-consultation.pdf (Chromium print-to-PDF)
 * (The sample council page assets/sample/council.html is hand-written and served as it is.)
 * Needs Debian's chromium and fonts-noto-cjk. The outputs are committed, so tests never need this.
 * Run: npx node scripts/make-sample.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(import.meta.dirname, '../assets/sample');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'shingi-sample-'));
try {
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
    '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'sample-consultation.pdf')}`,
    pathToFileURL(join(dir, 'src/sample-consultation.html')).href,
  ], { stdio: 'inherit' });
  console.log('wrote assets/sample/sample-consultation.pdf');
} finally {
  rmSync(profile, { recursive: true, force: true });
}
