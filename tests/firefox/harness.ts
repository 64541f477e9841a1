/**
 * Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core (no geckodriver,
 * no downloaded browser), the local-test Firefox build installed as a temporary add-on, and small
 * helpers for extension pages, which Puppeteer's own navigation tracking does not follow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXT_PATH = resolve(import.meta.dirname, '../../.output/test/firefox-mv2');
export const SAMPLE_DIR = resolve(import.meta.dirname, '../../assets/sample');
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'shingi-lens@example.jp';
/** Fixed internal UUID, so the panel's moz-extension:// address is known before install. */
export const EXT_UUID = '5b1e2c3d-4f50-4a61-8b72-93a4b5c6d7e8';
export const EXT_ORIGIN = `moz-extension://${EXT_UUID}`;

export interface Firefox {
  browser: Browser;
  version: string;
  close(): Promise<void>;
}

export async function launchFirefox(executablePath: string): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'shingi-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// pages unless this is given.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXT_UUID }),
      'intl.accept_languages': 'ja,en',
      'browser.shell.checkDefaultBrowser': false,
    },
    timeout: 30_000,
  });
  const version = await browser.version();
  return {
    browser,
    version,
    close: async () => {
      const proc = browser.process();
      await Promise.race([browser.close(), new Promise((ok) => setTimeout(ok, 10_000))]).catch(() => {});
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Install the built add-on as a temporary add-on (BiDi webExtension.install); returns its id. */
export async function installAddon(browser: Browser, path = FIREFOX_EXT_PATH): Promise<string> {
  return browser.installExtension(path);
}

/** The BiDi browsing context behind a page (Puppeteer-internal, pinned version). */
interface Bc {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  reload(options: { wait?: 'none' | 'interactive' | 'complete' }): Promise<void>;
}
function bc(page: Page): Bc {
  return (page.mainFrame() as unknown as { browsingContext: Bc }).browsingContext;
}

/** `sidepanel.html` (optionally `?src=<url>`) of the installed add-on. */
export function panelUrl(src?: string): string {
  return `${EXT_ORIGIN}/sidepanel.html${src ? `?src=${encodeURIComponent(src)}` : ''}`;
}

/**
 * Open an extension page in `page` and wait until it has loaded. Puppeteer's goto() waits for
 * navigation events Firefox does not send for moz-extension:// pages, so use BiDi's own wait.
 */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  await bc(page).navigate(url, 'complete');
  await waitFor(() => page.evaluate(() => location.href), (href) => href === url, { what: `page ${url} loaded`, timeout: 10_000 });
}

/** Reload the page (BiDi) and wait until a new document is there. */
export async function reloadPage(page: Page): Promise<void> {
  await page.evaluate(() => void ((window as unknown as { __beforeReload?: boolean }).__beforeReload = true));
  await bc(page).reload({ wait: 'complete' });
  await waitFor(
    () => page.evaluate(() => (window as unknown as { __beforeReload?: boolean }).__beforeReload === true).catch(() => true),
    (old) => !old,
    { what: 'page reloaded', timeout: 10_000 },
  );
}

/** Poll `get` until `ok` holds; throw with the last value seen. */
export async function waitFor<T>(get: () => Promise<T>, ok: (v: T) => boolean, opts: { what: string; timeout?: number }): Promise<T> {
  const end = Date.now() + (opts.timeout ?? 15_000);
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await get();
      lastErr = undefined;
      if (ok(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > end) {
      const seen = lastErr ? `error ${String(lastErr).slice(0, 300)}` : JSON.stringify(last)?.slice(0, 600);
      throw new Error(`timed out waiting for ${opts.what}; last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Text content of every element matching `selector` (in the page's document). */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Uncaught errors and console errors of a page, for the report. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
