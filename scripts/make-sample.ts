/**
 * Regenerates the bundled sample from its source:
 *   assets/sample/src/sample-consultation.html → assets/sample/sample-consultation.pdf (Chromium print-to-PDF)
 *   assets/sample/src/council.html            → assets/sample/council.html
 * Needs Debian's chromium and fonts-noto-cjk. The outputs are committed, so tests never need this.
 * Run: npx node scripts/make-sample.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
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
  copyFileSync(join(dir, 'src/council.html'), join(dir, 'council.html'));
  console.log('wrote assets/sample/sample-consultation.pdf and assets/sample/council.html');
} finally {
  rmSync(profile, { recursive: true, force: true });
}
