/**
 * Messages between the content script, the background and the side panel (types only; pure).
 * Everything here is plain JSON: it crosses extension contexts.
 */

export interface VerdictInfo {
  isConsultation: boolean;
  score: number;
  signals: string[];
}

/** One PDF link found on a page. */
export interface LinkReport {
  /** Absolute URL as linked (fragment kept, e.g. "#page=9"). */
  url: string;
  /** Absolute URL without fragment: the document's identity. */
  docUrl: string;
  page: number | null;
  fileName: string;
  text: string;
  /** Row text and headings given to the scorer. */
  context: string;
  verdict: VerdictInfo;
}

/** What a content script found in its tab. */
export type TabReport =
  | { kind: 'page'; url: string; title: string; page: VerdictInfo; links: LinkReport[] }
  | { kind: 'pdf'; url: string; title: string };

/** What the background knows about a tab (panel asks for it). */
export interface TabDetection {
  tabId: number;
  /** Tab URL when the extension may see it (host permission or activeTab), else null. */
  url: string | null;
  /** 'none': nothing reported (no permission on this site, or no PDF links). */
  kind: 'page' | 'pdf' | 'none';
  title: string;
  /** Page: all PDF links with verdicts. PDF tab: empty. */
  links: LinkReport[];
  /** Distinct consultation documents on the page. */
  consultationCount: number;
  /** PDF tab: the document URL and what is known about it (null = not judged yet). */
  pdf: { url: string; isConsultation: boolean | null; signals: string[] } | null;
  /** Why nothing was detected, for guidance in the panel. */
  access: 'ok' | 'needs-site-access' | 'file-access-off' | 'unsupported';
  /**
   * Chrome's "Allow access to file URLs". When it is off the extension cannot even see that a tab
   * shows a local file, so the panel should offer the guidance (FILE_ACCESS_GUIDANCE) whenever
   * nothing was detected and this is false.
   */
  fileAccessAllowed: boolean;
}

/** Badge text per state (kept short: the toolbar badge shows about 4 characters). */
export interface OpenPanelRequest {
  /** Absolute URL of the document (fragment "#page=N" kept). */
  url: string;
}

/**
 * @webext-core/messaging protocol. Content → background: report, openPanel.
 * Panel → background: getTabDetection, documentVerdict, scanTab, siteAccessChanged.
 */
export interface ProtocolMap {
  report(data: TabReport): { badge: string };
  getTabDetection(data: { tabId?: number; inject?: boolean }): TabDetection | null;
  /** The panel analysed a document: update the badges of tabs showing it. */
  documentVerdict(data: { url: string; isConsultation: boolean; signals: string[] }): void;
  /** Run the detector in a tab now (activeTab or granted site). */
  scanTab(data: { tabId: number }): { ok: boolean; error?: string };
  /** Re-register content scripts after the member granted/removed sites. */
  siteAccessChanged(data: Record<string, never>): { patterns: string[] };
}

/** Raw (non-@webext-core) message sent synchronously from a click, so Chrome keeps the user gesture. */
export const OPEN_PANEL_MESSAGE = 'shingi-lens:open-panel';
export interface RawOpenPanelMessage {
  type: typeof OPEN_PANEL_MESSAGE;
  url: string;
}

/** Side panel path for a document. */
export function panelPath(url: string): string {
  return `sidepanel.html?src=${encodeURIComponent(url)}`;
}
