/**
 * Playwright fixtures: Debian's Chromium with the built test extension (.output/test/chrome-mv3),
 * and the bundled sample served on 127.0.0.1.
 */
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type StaticServer } from './server.ts';

export const EXT_PATH = resolve(import.meta.dirname, '../../.output/test/chrome-mv3');
export const SAMPLE_DIR = resolve(import.meta.dirname, '../../assets/sample');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const test = base.extend<
  { context: BrowserContext; extensionId: string; origin: string },
  { server: StaticServer }
>({
  server: [
    async ({}, use) => {
      const s = await startServer(SAMPLE_DIR);
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  origin: async ({ server }, use) => {
    await use(server.origin);
  },
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'shingi-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: 'ja-JP',
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT_PATH}`, `--load-extension=${EXT_PATH}`],
    });
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;
