/**
 * Opening a document in the panel: bytes → text (page by page) → consultations and sections → review,
 * each part shown as soon as it is computed; then the document is stored (Dexie) with its page text.
 */
import { guessTitle } from './doc-title.ts';
import { analyzeStructure } from '../lib/structure/index.ts';
import { reviewConsultation, type ReviewOptions } from '../lib/review/index.ts';
import { extractText } from '../lib/text/extract.ts';
import type { PdfjsEnv } from '../lib/text/pdfjs-env.ts';
import { TextEngineError, type PageText, type TextDocument } from '../lib/text/types.ts';
import { TEXT_ENGINE_VERSION } from '../lib/text/cache.ts';
import { sha256Hex } from '../lib/util/sha256.ts';
import { getSettings, saveDocument, textCache, db } from '../lib/store/index.ts';
import type { Settings } from '../lib/notes/model.ts';
import { FetchError, fetchBytes } from '../lib/platform/browser-fetch.ts';
import { fileAccessAllowed, hasSiteAccess } from '../lib/platform/browser-tabs.ts';
import type { MessageKey } from '../lib/i18n/messages.ts';
import { EMPTY_SESSION, patchSession, session, showToast, t, type ConsultationView, type Source } from './state.ts';
import { nextEarlyCheck, sameConsultation, settledConsultations } from './progressive.ts';

let envLoader: (() => Promise<PdfjsEnv>) | null = null;
/** The page entry sets how pdf.js is loaded (lib/platform/browser-pdfjs.ts). */
export function setPdfjsEnvLoader(f: () => Promise<PdfjsEnv>): void {
  envLoader = f;
}

/** Called after the analysis with the verdict (the background updates badges). */
let verdictListener: ((url: string, isConsultation: boolean, signals: string[]) => void) | null = null;
export function onVerdict(f: typeof verdictListener): void {
  verdictListener = f;
}

let current: AbortController | null = null;
let lastBlobUrl: string | null = null;
/** The member's review settings (which expectation table), read from the settings at every opening. */
let reviewOptions: ReviewOptions = {};
/** The text of the open document, to review it again when the member changes the expectation table. */
let openDoc: TextDocument | null = null;

/**
 * The member saved the settings: with another expectation table, the open document's consultations are
 * reviewed again (notes and accepted questions are stored records and do not change; drafts follow).
 */
export function applyReviewSettings(settings: Pick<Settings, 'expectations'>): void {
  if (reviewOptions.expectations === settings.expectations) return;
  reviewOptions = { expectations: settings.expectations };
  const s = session.value;
  if (!openDoc || !s.consultations?.length || s.phase !== 'done') return;
  const doc = openDoc;
  patchSession({ consultations: s.consultations.map((v) => ({ ...v, review: reviewConsultation(v.found, doc, reviewOptions) })) });
}

const nextPaint = () => new Promise<void>((r) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(r, 0)) : setTimeout(r, 0)));
const yieldToUi = () => new Promise<void>((r) => setTimeout(r, 0));

export function fileNameOf(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop() ?? u.hostname;
    return decodeURIComponent(last);
  } catch {
    return url;
  }
}

export interface OpenOptions {
  password?: string;
  /** Skip the size limit (the member confirmed). */
  allowLarge?: boolean;
}

export async function openSource(source: Source, opts: OpenOptions = {}): Promise<void> {
  current?.abort();
  const ctl = new AbortController();
  current = ctl;
  const signal = ctl.signal;
  const startedAt = performance.now();
  const fileName = source.kind === 'url' ? fileNameOf(source.url) : source.file.name;
  session.value = { ...EMPTY_SESSION, source, phase: 'fetching', fileName, title: fileName, startedAt };
  const alive = () => current === ctl && !signal.aborted;

  try {
    // Read the settings while the bytes arrive (the size limit applies as soon as it is known).
    let maxBytes: number | undefined;
    openDoc = null;
    const settingsP = getSettings().then((st) => {
      reviewOptions = { expectations: st.expectations };
      if (!opts.allowLarge) maxBytes = st.maxFileMB * 1024 * 1024;
      return st;
    });
    let bytes: Uint8Array;
    let docUrl: string | null;
    if (source.kind === 'url') {
      try {
        bytes = await fetchBytes(source.url, {
          maxBytes: () => maxBytes,
          signal,
          onProgress: (done, total) => alive() && patchSession({ progress: { done, total: total ?? 0 } }),
        });
      } catch (e) {
        if (!alive()) return;
        return void patchSession({ phase: 'error', error: await fetchErrorToSession(e, source.url, (await settingsP).maxFileMB) });
      }
      await settingsP;
      if (maxBytes && bytes.length > maxBytes) {
        return void patchSession({ phase: 'error', error: { code: 'too_large_ask', message: t('tooLarge', { size: mb(bytes.length), max: (await settingsP).maxFileMB }), size: bytes.length } });
      }
      docUrl = source.url.replace(/#.*$/, '');
    } else {
      const settings = await settingsP;
      if (maxBytes && source.file.size > maxBytes) {
        return void patchSession({ phase: 'error', error: { code: 'too_large_ask', message: t('tooLarge', { size: mb(source.file.size), max: settings.maxFileMB }), size: source.file.size } });
      }
      bytes = new Uint8Array(await source.file.arrayBuffer());
      if (lastBlobUrl) URL.revokeObjectURL(lastBlobUrl);
      lastBlobUrl = docUrl = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    }
    if (!alive()) return;
    const docId = await sha256Hex(bytes);
    patchSession({ docId, docUrl });

    let doc: TextDocument | undefined = await textCache.get(docId);
    /** Consultations shown while the pages were still being read (settled early), with their reviews. */
    let early: { views: ConsultationView[]; doc: TextDocument } | null = null;
    if (doc && doc.engineVersion !== TEXT_ENGINE_VERSION) doc = undefined;
    const fromCache = !!doc;
    if (doc) {
      patchSession({ phase: 'reading', pages: doc.pages, progress: { done: doc.pageCount, total: doc.pageCount }, fromCache: true });
    } else {
      patchSession({ phase: 'reading', progress: { done: 0, total: 0 } });
      if (!envLoader) throw new Error('pdf.js environment not set');
      const env = await envLoader();
      const pages: PageText[] = [];
      // Structure while reading: consultations settled by the pages read so far are shown (and reviewed)
      // before the last page is read. Each check analyses every page read so far, so checks are spaced in
      // proportion to the pages read (`nextEarlyCheck`): the whole check costs a few final analyses, not
      // one per page (checking at every page was quadratic: 3000 pages cost minutes, finding 3).
      let marked = 0;
      let nextCheck = 0;
      let lastPatch = 0;
      const earlyCheck = (n: number) => {
        if (pages.length < nextCheck || pages.length >= n) return;
        let found;
        try {
          found = settledConsultations(pages, n, marked);
        } catch (e) {
          console.error('[shingi-lens] early structure failed', e);
          nextCheck = Infinity;
          return;
        }
        marked = pages.length;
        nextCheck = nextEarlyCheck(pages.length, !!found);
        if (!found) return;
        const have = early?.views.length ?? 0;
        if (found.consultations.length <= have) return;
        const first = !early;
        early = { views: found.consultations.map((c, i) => early?.views[i] ?? { found: c, review: null }), doc: found.doc };
        patchSession({ detection: found.detection, consultations: early.views.slice(), title: guessTitle(pages, fileName), pages: pages.slice(), progress: { done: pages.length, total: n } });
        if (first) void showEarly();
      };
      const showEarly = async () => {
        await nextPaint();
        if (!alive() || !early) return;
        patchSession({ sectionsShownMs: Math.round(performance.now() - startedAt) });
        if (source.kind === 'url') focusPageFromUrl(source.url, early.views.map((v) => v.found));
        // Review the early consultations one at a time between pages (a few ms each).
        for (let i = 0; early && i < early.views.length; i++) {
          await yieldToUi();
          const v = early.views[i];
          if (!alive() || v.review) continue;
          try {
            v.review = reviewConsultation(v.found, early.doc, reviewOptions);
          } catch (e) {
            console.error('[shingi-lens] review failed', e);
            continue;
          }
          const now = session.value.consultations ?? [];
          if (now[i]?.found === v.found) {
            const next = now.slice();
            next[i] = { found: v.found, review: v.review };
            patchSession({ consultations: next });
          }
        }
      };
      try {
        doc = await extractText(bytes, env, {
          password: opts.password,
          signal,
          // the engine stores the text by hash (not for password-protected PDFs)
          cache: textCache,
          maxBytes: opts.allowLarge ? Number.MAX_SAFE_INTEGER : maxBytes,
          onPage: (p, n) => {
            pages.push(p);
            if (!alive()) return;
            // Progress and page text at most every 100 ms: each update re-renders the consultations shown.
            const now = performance.now();
            if (now - lastPatch >= 100 || pages.length === n || pages.length === 1) {
              lastPatch = now;
              patchSession({ pages: pages.slice(), progress: { done: pages.length, total: n } });
            }
            earlyCheck(n);
          },
        });
      } catch (e) {
        if (!alive()) return;
        if (e instanceof TextEngineError) {
          const partial = (e as TextEngineError & { document?: TextDocument }).document;
          return void patchSession({
            phase: 'error',
            pages: partial?.pages ?? pages,
            // consultations shown while reading are not kept beside an error
            detection: null,
            consultations: null,
            sectionsShownMs: null,
            error: { code: e.code, message: t(errorKey(e.code)) },
          });
        }
        if ((e as Error).name === 'AbortError') return;
        throw e;
      }
    }
    if (!alive() || !doc) return;
    const finalDoc: TextDocument = doc;
    openDoc = finalDoc;
    const structure = analyzeStructure(finalDoc);
    const found = structure.detection.isConsultation ? structure.consultations : [];
    const title = guessTitle(finalDoc.pages, fileName, found[0]?.title);
    patchSession({ phase: 'analyzing', title });
    await yieldToUi();
    // The final analysis replaces what was shown early; an early consultation identical to its final
    // one keeps the review computed for it (its pages were the same, with the same running marks).
    // (`early` is set in the onPage callback, which TypeScript's narrowing does not see.)
    const earlyViews: ConsultationView[] = (early as { views: ConsultationView[] } | null)?.views ?? [];
    const views: ConsultationView[] = found.map((c, i) => {
      const e = earlyViews[i];
      return e && sameConsultation(e.found, c) ? { found: c, review: e.review } : { found: c, review: null };
    });
    patchSession({ detection: structure.detection, consultations: views, phase: 'reviewing' });
    if (!earlyViews.length) {
      await nextPaint();
      if (!alive()) return;
      patchSession({ sectionsShownMs: Math.round(performance.now() - startedAt) });
      if (source.kind === 'url') focusPageFromUrl(source.url, found);
    } else if (source.kind === 'url') {
      // `#page=N` beyond the consultations shown early: bring its consultation into view now.
      const target = Number(/#.*\bpage=(\d+)/.exec(source.url)?.[1] ?? NaN);
      if (target && !earlyViews.some((v) => target >= v.found.pageStart && target <= v.found.pageEnd)) {
        await nextPaint();
        if (!alive()) return;
        focusPageFromUrl(source.url, found);
      }
    }

    // Store the document first (so notes can refer to it), then review consultation by consultation.
    const stored = saveDocument(
      {
        id: docId,
        title,
        fileName,
        url: source.kind === 'url' ? docUrl : null,
        pageCount: finalDoc.pageCount,
        pageLabels: finalDoc.pages.map((p) => p.label),
      },
      found.map((c) => ({ number: c.number, title: c.title, types: c.types, pageStart: c.pageStart, pageEnd: c.pageEnd })),
    ).catch((e) => showToast((e as Error).message, { kind: 'error' }));

    for (let i = 0; i < views.length; i++) {
      if ((session.value.consultations ?? [])[i]?.review) continue; // reviewed while reading
      let review;
      try {
        review = reviewConsultation(views[i].found, finalDoc, reviewOptions);
      } catch (e) {
        console.error('[shingi-lens] review failed', e);
        review = { safeguards: [], vaguePhrases: [], questions: [] };
      }
      if (!alive()) return;
      const next = (session.value.consultations ?? []).slice();
      next[i] = { ...next[i], review };
      patchSession({ consultations: next });
      await yieldToUi();
    }
    await stored;
    if (!alive()) return;
    patchSession({ phase: 'done' });
    if (source.kind === 'url') verdictListener?.(docUrl!, structure.detection.isConsultation, structure.detection.signals);
  } catch (e) {
    if (!alive()) return;
    console.error('[shingi-lens] open failed', e);
    patchSession({ phase: 'error', error: { code: 'unreadable', message: t('errUnreadable') } });
  }
}

/** Open a document the member opened before: the stored text when there is one, else its URL. */
export async function reopenStored(docId: string): Promise<boolean> {
  const rec = await db().documents.get(docId);
  if (!rec) return false;
  if (rec.url) {
    await openSource({ kind: 'url', url: rec.url });
    return true;
  }
  const doc = await textCache.get(docId);
  if (!doc) {
    showToast(t('reopenNeedsFile'));
    return false;
  }
  // Local file with stored text: show it without the bytes (page links are unavailable).
  const file = new File([], rec.fileName);
  current?.abort();
  current = new AbortController();
  const startedAt = performance.now();
  session.value = { ...EMPTY_SESSION, source: { kind: 'file', file }, phase: 'analyzing', fileName: rec.fileName, title: rec.title, docId, pages: doc.pages, fromCache: true, startedAt, progress: { done: doc.pageCount, total: doc.pageCount } };
  reviewOptions = { expectations: (await getSettings()).expectations };
  openDoc = doc;
  const structure = analyzeStructure(doc);
  const found = structure.detection.isConsultation ? structure.consultations : [];
  patchSession({ detection: structure.detection, consultations: found.map((c) => ({ found: c, review: reviewConsultation(c, doc, reviewOptions) })), phase: 'done' });
  patchSession({ sectionsShownMs: Math.round(performance.now() - startedAt) });
  return true;
}

/** `…pdf#page=9`: bring the consultation holding page 9 into view (links on council pages point into bundles). */
export function focusPageFromUrl(url: string, found: { pageStart: number; pageEnd: number }[]): void {
  const m = /#.*\bpage=(\d+)/.exec(url);
  if (!m || typeof document === 'undefined') return;
  const page = Number(m[1]);
  const i = found.findIndex((c) => page >= c.pageStart && page <= c.pageEnd);
  if (i < 0) return;
  const h = document.querySelector<HTMLElement>(`[data-consultation="${i}"] .consultation-title`);
  h?.scrollIntoView({ block: 'start' });
  h?.focus({ preventScroll: true });
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

export function errorKey(code: string): MessageKey {
  const k = `err${code.charAt(0).toUpperCase()}${code.slice(1)}`;
  return (k in { errPassword_required: 1, errPassword_incorrect: 1, errCorrupt: 1, errNot_pdf: 1, errNo_text_layer: 1, errToo_large: 1, errUnreadable: 1 }
    ? k
    : 'errUnreadable') as MessageKey;
}

async function fetchErrorToSession(e: unknown, url: string, maxMB: number): Promise<NonNullable<typeof EMPTY_SESSION.error>> {
  if (e instanceof FetchError && e.kind === 'too_large') {
    return { code: 'too_large_ask', message: t('tooLarge', { size: mb(e.size ?? 0), max: maxMB }), size: e.size ?? 0 };
  }
  if (url.startsWith('file:') && !(await fileAccessAllowed())) return { code: 'file_access', message: t('fileAccessOff') };
  if (/^https?:/.test(url) && !(await hasSiteAccess(url))) return { code: 'permission', message: t('needPermission') };
  return { code: 'fetch', message: t('fetchFailed', { detail: (e as Error).message }) };
}
