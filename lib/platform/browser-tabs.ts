/** Side panel ↔ browser tabs: the active tab's URL, opening a PDF at a page, site permission. */
import { browser } from 'wxt/browser';
import { pageHref } from '../anchor/locate.ts';

export async function activeTab(): Promise<{ id: number | undefined; url: string | null; title: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url ?? tab?.pendingUrl ?? null, title: tab?.title ?? '' };
}

/**
 * Open `url` at PDF page `page`: reuse the active tab when it already shows this document,
 * otherwise open a new tab next to it.
 */
export async function openAtPage(url: string, page: number): Promise<void> {
  const href = pageHref(url, page);
  const base = url.replace(/#.*$/, '');
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined && tab.url && tab.url.replace(/#.*$/, '') === base) {
      await browser.tabs.update(tab.id, { url: href });
      return;
    }
    await browser.tabs.create({ url: href, active: true });
  } catch {
    window.open(href, '_blank', 'noopener');
  }
}

/** The match pattern for a URL's site ("https://a.example/*"), or null for non-web URLs. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

export async function hasSiteAccess(url: string): Promise<boolean> {
  const p = originPattern(url);
  if (!p) return true;
  try {
    return await browser.permissions.contains({ origins: [p] });
  } catch {
    return false;
  }
}

/** Must be called directly from a click handler (user gesture), before any other await. */
export function requestSiteAccessFor(url: string): Promise<boolean> {
  const p = originPattern(url);
  if (!p) return Promise.resolve(false);
  return browser.permissions.request({ origins: [p] }).catch(() => false);
}

export async function fileAccessAllowed(): Promise<boolean> {
  const ext = browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> } | undefined;
  try {
    return (await ext?.isAllowedFileSchemeAccess?.()) ?? true;
  } catch {
    return true;
  }
}
