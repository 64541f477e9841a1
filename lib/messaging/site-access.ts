/**
 * Sites beyond the government domains: the member adds them from the panel. Call these from an
 * extension page (side panel) inside a click handler: permissions.request needs a user gesture.
 * Browser-only (extension runtime).
 */
import { browser } from '@wxt-dev/browser';
import { originToMatchPattern } from '../page-detect/hosts.ts';
import { sendMessage } from './index.ts';

export interface SiteAccessResult {
  granted: boolean;
  pattern: string | null;
  error?: string;
}

/** Ask the member to allow the content script on one site ("https://www.example.org" or any URL there). */
export async function requestSiteAccess(origin: string): Promise<SiteAccessResult> {
  const pattern = originToMatchPattern(origin);
  if (!pattern) return { granted: false, pattern: null, error: 'invalid-origin' };
  // No await before request(): the user gesture must still be active.
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (granted) await sendMessage('siteAccessChanged', {});
  return { granted, pattern };
}

/** Remove a site the member added. */
export async function removeSiteAccess(pattern: string): Promise<boolean> {
  const removed = await browser.permissions.remove({ origins: [pattern] });
  await sendMessage('siteAccessChanged', {});
  return removed;
}

/** Sites the member added (optional host permissions currently granted). */
export async function listSiteAccess(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const manifest = browser.runtime.getManifest();
  const required = new Set<string>([
    ...((manifest as { host_permissions?: string[] }).host_permissions ?? []),
    ...((manifest as { permissions?: string[] }).permissions ?? []),
  ]);
  return (all.origins ?? []).filter((o) => !required.has(o));
}

/** Local files: Chrome only reads file:// URLs when "Allow access to file URLs" is on. */
export async function isFileAccessAllowed(): Promise<boolean> {
  const ext = browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> } | undefined;
  if (!ext?.isAllowedFileSchemeAccess) return false;
  try {
    return await ext.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/** Guidance text for the panel when file access is off (Japanese first). */
export const FILE_ACCESS_GUIDANCE = {
  ja: 'ローカルのPDF（file://）を読むには、拡張機能の管理画面（chrome://extensions）で審議レンズの「詳細」を開き、「ファイルの URL へのアクセスを許可する」をオンにしてください。オフのままでも、パネルの「ファイルを選択」やドラッグ＆ドロップで開けます。',
  en: 'To read local PDFs (file://), open chrome://extensions, choose Details for Shingi Lens and turn on "Allow access to file URLs". Without it you can still open a file with "Choose file" or by dropping it on the panel.',
} as const;
