/**
 * Content script: on a council page, find PDF links, score them, mark the consultation ones and
 * report to the background (toolbar badge); on a PDF tab, report the document.
 * Runs on government domains (manifest), on sites the member added (registered at runtime), and
 * once on any tab through activeTab (injected by the background with scripting.executeScript).
 */
import { contentScriptMatches } from '@/lib/page-detect/hosts';
import { detectPage, contextText, type PageDetection } from '@/lib/page-detect/detect';
import { addMark, MARK_ATTR, MARK_LABELS_JA, type MarkLabels } from '@/lib/page-detect/marks';
import { OPEN_PANEL_MESSAGE, sendMessage, type LinkReport, type RawOpenPanelMessage, type TabReport } from '@/lib/messaging';

const LOCAL_TEST = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.SHINGI_LOCAL_TEST === '1';

const MARK_LABELS_EN: MarkLabels = { button: 'Shingi Lens', aria: 'Open in Shingi Lens: {title}' };
const MAX_RESCANS = 20;

function labels(): MarkLabels {
  const lang = browser.i18n?.getUILanguage?.() ?? navigator.language;
  return /^ja\b/i.test(lang) ? MARK_LABELS_JA : MARK_LABELS_EN;
}

/** Sent synchronously from the click so Chrome still sees the user gesture for sidePanel.open. */
function openPanel(url: string): void {
  const msg: RawOpenPanelMessage = { type: OPEN_PANEL_MESSAGE, url };
  browser.runtime.sendMessage(msg).catch(() => {});
}

function toReport(d: PageDetection): TabReport {
  const links: LinkReport[] = d.links.map((l) => ({
    url: l.url,
    docUrl: l.docUrl,
    page: l.page,
    fileName: l.fileName,
    text: l.text,
    context: contextText(l),
    verdict: { isConsultation: l.verdict.isConsultation, score: l.verdict.score, signals: [...l.verdict.signals] },
  }));
  return { kind: 'page', url: d.url, title: d.title, page: d.page, links };
}

function scanPage(): void {
  const d = detectPage(document);
  const l = labels();
  for (const link of d.links) {
    if (link.verdict.isConsultation) addMark(link.element, link.text || link.fileName, () => openPanel(link.url), l);
  }
  sendMessage('report', toReport(d)).catch(() => {});
}

function isPdfDocument(): boolean {
  return document.contentType === 'application/pdf';
}

function start(): void {
  if (isPdfDocument()) {
    const report: TabReport = { kind: 'pdf', url: location.href, title: document.title };
    sendMessage('report', report).catch(() => {});
    return;
  }
  scanPage();
  // Pages that load their file lists late (CMS widgets): rescan on DOM changes, debounced and capped.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rescans = 0;
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) =>
      Array.from(r.addedNodes).some((n) => n instanceof Element && !n.hasAttribute(MARK_ATTR) && (n.matches('a[href]') || !!n.querySelector('a[href]'))),
    );
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (++rescans >= MAX_RESCANS) observer.disconnect();
      scanPage();
    }, 800);
  });
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
}

export default defineContentScript({
  matches: contentScriptMatches(LOCAL_TEST),
  runAt: 'document_idle',
  main() {
    // Injected again (activeTab, registered site): rescan instead of starting a second observer.
    const g = globalThis as { __shingiLensRescan?: () => void };
    if (g.__shingiLensRescan) {
      g.__shingiLensRescan();
      return;
    }
    g.__shingiLensRescan = () => (isPdfDocument() ? start() : scanPage());
    start();
  },
});
