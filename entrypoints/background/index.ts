/**
 * Background: keeps what each tab's content script found, sets the toolbar badge, opens the side
 * panel on a document when a mark is clicked, injects the detector on demand (activeTab) and keeps
 * the content script registered on the sites the member added.
 */
import { badgeFor, distinctConsultationDocs } from '@/lib/messaging/badge';
import {
  OPEN_PANEL_MESSAGE,
  onMessage,
  panelPath,
  type RawOpenPanelMessage,
  type TabDetection,
  type TabReport,
} from '@/lib/messaging';
import { scoreLink } from '@/lib/structure/link-detect';
import { toPdfTarget, urlLooksLikePdf } from '@/lib/page-detect/pdf-url';
import { syncSiteScripts } from './site-scripts';
import { isFileAccessAllowed } from '@/lib/messaging/site-access';
import { judgeInOffscreen } from './offscreen-judge';

const CONTENT_SCRIPT = '/content-scripts/content.js';

type Known = { isConsultation: boolean; signals: string[] };

// storage.session survives the service worker being stopped (not a browser restart). Falls back to memory.
const memory = new Map<string, unknown>();
async function sget<T>(key: string): Promise<T | undefined> {
  const s = browser.storage.session;
  if (!s) return memory.get(key) as T | undefined;
  return (await s.get(key))[key] as T | undefined;
}
async function sset(key: string | Record<string, unknown>, value?: unknown): Promise<void> {
  const items = typeof key === 'string' ? { [key]: value } : key;
  const s = browser.storage.session;
  if (!s) return void Object.entries(items).forEach(([k, v]) => memory.set(k, v));
  await s.set(items);
}
async function sdel(key: string): Promise<void> {
  const s = browser.storage.session;
  if (!s) return void memory.delete(key);
  await s.remove(key);
}
const reportKey = (tabId: number) => `tab:${tabId}`;
const docKey = (docUrl: string) => `doc:${docUrl}`;
const undecidedKey = (docUrl: string) => `undecided:${docUrl}`;
/** What a linking page's text said about a document: shown at once, replaced by reading the document. */
const hintKey = (docUrl: string) => `hint:${docUrl}`;

function docUrlOf(url: string): string {
  try {
    return toPdfTarget(new URL(url)).docUrl;
  } catch {
    return url;
  }
}

/** What is known about a PDF: a page that linked it, the panel's analysis, or its file name. */
async function knownVerdict(url: string): Promise<Known | null> {
  const docUrl = docUrlOf(url);
  const k = (await sget<Known>(docKey(docUrl))) ?? (await sget<Known>(hintKey(docUrl)));
  if (k) return k;
  let fileName = '';
  try {
    fileName = toPdfTarget(new URL(url)).fileName;
  } catch {
    /* keep empty */
  }
  const v = scoreLink({ href: url, text: fileName, context: '' });
  return v.isConsultation ? { isConsultation: true, signals: [...v.signals, 'file-name'] } : null;
}

/** `action` (MV3) or `browserAction` (Firefox MV2). */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** PDFs being read by the offscreen document, by document URL. */
const judging = new Map<string, Promise<void>>();

async function setBadge(tabId: number, report: TabReport | null): Promise<string> {
  const known = report?.kind === 'pdf' ? await knownVerdict(report.url) : null;
  const pending = report?.kind === 'pdf' && !known && judging.has(docUrlOf(report.url));
  // (A linking page's hint is shown while the document itself is being read.)
  const reason = report?.kind === 'pdf' && !known ? await sget<string>(undecidedKey(docUrlOf(report.url))) : undefined;
  const b = badgeFor(report, known ? known.isConsultation : pending ? 'pending' : null, reason);
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: b.text }),
    action.setBadgeBackgroundColor({ tabId, color: b.color }),
    action.setTitle({ tabId, title: b.title }),
  ]).catch(() => {});
  return b.text;
}

/** Per-tab queue: navigation events and reports are applied in the order they arrived. */
const queues = new Map<number, Promise<unknown>>();
function inTabOrder<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  queues.set(tabId, next.catch(() => {}));
  return next;
}

/** Re-badge every tab showing this document. */
async function rebadgeDocument(docUrl: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const t of tabs) {
    if (t.id == null) continue;
    const r = await sget<TabReport>(reportKey(t.id));
    if (r?.kind === 'pdf' && docUrlOf(r.url) === docUrl) await setBadge(t.id, r);
  }
}

/** Read an unjudged PDF tab's document once (offscreen pdf.js) and store the verdict. */
function judgeLater(url: string): void {
  const docUrl = docUrlOf(url);
  if (judging.has(docUrl)) return;
  const job = (async () => {
    const r = await judgeInOffscreen(docUrl);
    if (r && r.isConsultation != null) await sset(docKey(docUrl), { isConsultation: r.isConsultation, signals: r.signals });
    else if (r) await sset(undecidedKey(docUrl), r.code ?? 'error');
  })()
    .catch(() => {})
    .finally(() => {
      judging.delete(docUrl);
      void rebadgeDocument(docUrl);
    });
  judging.set(docUrl, job);
}

async function saveReport(tabId: number, report: TabReport): Promise<string> {
  await sset(reportKey(tabId), report);
  if (report.kind === 'pdf') {
    const d = docUrlOf(report.url);
    // Read each document once per session; undecided ones (password, scan) are not retried.
    if (!(await sget<Known>(docKey(d))) && !(await sget<string>(undecidedKey(d)))) judgeLater(report.url);
  }
  if (report.kind === 'page') {
    // Remember verdicts of linked documents, for the badge when the member opens one in a tab.
    const entries: Record<string, Known> = {};
    for (const l of report.links) {
      const prev = entries[hintKey(l.docUrl)];
      if (!prev || (!prev.isConsultation && l.verdict.isConsultation))
        entries[hintKey(l.docUrl)] = { isConsultation: l.verdict.isConsultation, signals: l.verdict.signals.map((x) => `link:${x}`) };
    }
    if (Object.keys(entries).length) await sset(entries);
  }
  return setBadge(tabId, report);
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

async function inject(tabId: number): Promise<{ ok: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

async function waitForReport(tabId: number, ms: number): Promise<TabReport | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const r = await sget<TabReport>(reportKey(tabId));
    if (r || Date.now() > end) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
}

async function detectionFor(tabId: number, doInject: boolean): Promise<TabDetection> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url ?? null;
  let report = await sget<TabReport>(reportKey(tabId));
  let access: TabDetection['access'] = 'ok';
  if (!report && url && /^https?:|^file:/.test(url) && doInject) {
    const r = await inject(tabId);
    if (r.ok) report = await waitForReport(tabId, 1500);
  }
  if (!report && url && /^https?:/.test(url) && urlLooksLikePdf(new URL(url))) {
    // Firefox's and Edge's PDF viewers do not run content scripts: judge the PDF by its tab URL.
    report = { kind: 'pdf', url, title: tab?.title ?? '' };
    await saveReport(tabId, report);
  }
  const fileAccessAllowed = await isFileAccessAllowed();
  if (!report) {
    if (!url) access = 'needs-site-access';
    else if (url.startsWith('file:')) access = fileAccessAllowed ? 'ok' : 'file-access-off';
    else if (!/^https?:/.test(url)) access = 'unsupported';
    else access = 'needs-site-access';
  }
  if (!report) return { tabId, url, kind: 'none', title: tab?.title ?? '', links: [], consultationCount: 0, pdf: null, access, fileAccessAllowed };
  if (report.kind === 'pdf') {
    const k = await knownVerdict(report.url);
    return {
      tabId, url: url ?? report.url, kind: 'pdf', title: report.title, links: [], consultationCount: 0,
      pdf: { url: report.url, isConsultation: k ? k.isConsultation : null, signals: k?.signals ?? [] }, access, fileAccessAllowed,
    };
  }
  return {
    tabId, url: url ?? report.url, kind: 'page', title: report.title, links: report.links,
    consultationCount: distinctConsultationDocs(report.links).length, pdf: null, access, fileAccessAllowed,
  };
}

/** Chrome side panel / Firefox sidebar on one document. Called synchronously from the click message. */
function openPanelOn(tabId: number | undefined, url: string): void {
  const path = panelPath(url);
  const panelUrl = browser.runtime.getURL(`/${path}` as '/sidepanel.html');
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  if (sidePanel && tabId != null) {
    // No await between the message and open(): open() needs the user gesture the click carried.
    sidePanel.setOptions({ tabId, path, enabled: true }).catch(() => {});
    sidePanel.open({ tabId }).catch(() => {
      void browser.tabs.create({ url: panelUrl });
    });
    return;
  }
  const sidebar = firefoxSidebar();
  if (sidebar) {
    const panel = panelUrl;
    sidebar.setPanel(tabId != null ? { tabId, panel } : { panel }).catch(() => {});
    // Firefox does not carry the click through the message; if open() is refused, use a tab.
    sidebar.open().catch(() => browser.tabs.create({ url: panel }));
    return;
  }
  void browser.tabs.create({ url: panelUrl });
}
interface FirefoxSidebar {
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
  open(): Promise<void>;
}
function firefoxSidebar(): FirefoxSidebar | undefined {
  return (globalThis as { browser?: { sidebarAction?: FirefoxSidebar } }).browser?.sidebarAction;
}

export default defineBackground(() => {
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  // Firefox (and Chrome if the panel behaviour is off): the toolbar button opens the sidebar and,
  // through activeTab, runs the detector once on the current tab.
  toolbarAction().onClicked.addListener((tab) => {
    void firefoxSidebar()?.open().catch(() => {});
    const tabId = tab.id;
    if (tabId != null) void inTabOrder(tabId, () => sdel(reportKey(tabId))).then(() => inject(tabId));
  });

  // Chrome 141+: the toolbar button opened the side panel (openPanelOnActionClick), which also
  // granted activeTab: run the detector once on that tab if it is not a site we already cover.
  const onOpened = (browser.sidePanel as { onOpened?: { addListener(cb: (i: { tabId?: number; windowId: number }) => void): void } } | undefined)?.onOpened;
  onOpened?.addListener((info) => {
    void (async () => {
      const tabId = info.tabId ?? (await browser.tabs.query({ active: true, windowId: info.windowId }))[0]?.id;
      if (tabId == null || (await sget<TabReport>(reportKey(tabId)))) return;
      await inject(tabId);
    })().catch(() => {});
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as RawOpenPanelMessage;
    if (m && m.type === OPEN_PANEL_MESSAGE && typeof m.url === 'string' && /^(https?|file):/.test(m.url)) {
      openPanelOn(sender.tab?.id, m.url);
    }
    return undefined;
  });

  onMessage('report', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return { badge: '' };
    return { badge: await inTabOrder(tabId, () => saveReport(tabId, data)) };
  });

  onMessage('getTabDetection', async ({ data }) => {
    const tabId = data.tabId ?? (await activeTabId());
    if (tabId == null) return null;
    return detectionFor(tabId, data.inject ?? false);
  });

  onMessage('scanTab', async ({ data }) => {
    await inTabOrder(data.tabId, () => sdel(reportKey(data.tabId)));
    return inject(data.tabId);
  });

  onMessage('documentVerdict', async ({ data }) => {
    await sset(docKey(docUrlOf(data.url)), { isConsultation: data.isConsultation, signals: data.signals });
    await rebadgeDocument(docUrlOf(data.url));
  });

  onMessage('siteAccessChanged', async () => ({ patterns: await syncSiteScripts() }));

  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'loading' && info.url) {
      // A new document in the tab (not just "#page=3" on the same one): forget the old report.
      const next = info.url;
      void inTabOrder(tabId, async () => {
        const r = await sget<TabReport>(reportKey(tabId));
        if (!r || docUrlOf(r.url) === docUrlOf(next)) return;
        await sdel(reportKey(tabId));
        await setBadge(tabId, null);
      });
    }
    if (info.status === 'complete' && tab.url && /^https?:/.test(tab.url) && urlLooksLikePdf(new URL(tab.url))) {
      // Firefox/Edge viewers run no content script: judge the PDF by URL (Chrome's content script also reports).
      const url = tab.url;
      void inTabOrder(tabId, async () => {
        const r = await sget<TabReport>(reportKey(tabId));
        if (!r || docUrlOf(r.url) !== docUrlOf(url)) await saveReport(tabId, { kind: 'pdf', url, title: tab.title ?? '' });
      });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void inTabOrder(tabId, () => sdel(reportKey(tabId))).finally(() => queues.delete(tabId));
  });

  browser.permissions.onAdded?.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved?.addListener(() => void syncSiteScripts());
  browser.runtime.onInstalled.addListener(() => void syncSiteScripts());
  browser.runtime.onStartup?.addListener(() => void syncSiteScripts());
});
