/**
 * PDF bytes → pages of lines in reading order, one page at a time, with typed errors.
 *
 *   const doc = await extractText(bytes, env, { onPage, signal, password, cache });
 *
 * Pages stream through `onPage` as they are read (their `label`/`running` are provisional until the
 * whole document is read: the returned document has the final ones). Cancel with `signal`
 * (rejects with an AbortError). Failures are TextEngineError with a Japanese message.
 */
import { TEXT_ENGINE_VERSION, type TextCache } from './cache.ts';
import { DEFAULT_MAX_BYTES, MESSAGES, abortError, guard, loadError, openTask, sniff, type PDFDocumentProxy } from './load.ts';
import { DEFAULT_PAGE_LIMITS, readPage } from './page.ts';
import type { PdfjsEnv } from './pdfjs-env.ts';
import { detectLabel, markRunning } from './running.ts';
import { TextEngineError, type PageText, type TextDocument } from './types.ts';
import { sha256Hex } from '../util/sha256.ts';

export interface ExtractOptions {
  password?: string;
  onPage?: (page: PageText, pageCount: number) => void;
  signal?: AbortSignal;
  /** Largest file accepted, in bytes (default 100 MB); the member can raise it. */
  maxBytes?: number;
  /** Most pages accepted (default 3000). */
  maxPages?: number;
  /**
   * Time limit per page in ms (default 20 s). A page over it (or over 50 000 text items / 2 M characters)
   * keeps what was read so far and is marked `timedOut`; a page that gives nothing at all is left empty.
   */
  pageTimeoutMs?: number;
  /** Most text items read from one page (default 50 000); the rest of a page over it is dropped (`timedOut`). */
  maxPageItems?: number;
  /** Time limit for opening the document in ms (default 30 s). */
  loadTimeoutMs?: number;
  /** Cache of finished documents by SHA-256 of the bytes. */
  cache?: TextCache;
  /** Also cache documents that needed a password (default false: their text stays out of storage). */
  cacheEncrypted?: boolean;
}

const DEFAULT_MAX_PAGES = 3000;
const DEFAULT_PAGE_TIMEOUT = 20_000;
const DEFAULT_LOAD_TIMEOUT = 30_000;

export async function extractText(bytes: Uint8Array, env: PdfjsEnv, opts: ExtractOptions = {}): Promise<TextDocument> {
  sniff(bytes, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (opts.signal?.aborted) throw abortError(opts.signal);

  let sha256: string | undefined;
  if (opts.cache) {
    sha256 = await sha256Hex(bytes);
    const hit = await opts.cache.get(sha256).catch(() => undefined);
    if (hit && hit.engineVersion === TEXT_ENGINE_VERSION) {
      for (const p of hit.pages) opts.onPage?.(p, hit.pageCount);
      return hit;
    }
  }

  const task = openTask(bytes, env, opts.password);
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await guard(task.promise, opts.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT, opts.signal, () => new TextEngineError('unreadable', MESSAGES.timeout));
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      throw loadError(e, opts.password);
    }
    const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
    if (doc.numPages > maxPages) throw new TextEngineError('too_large', MESSAGES.tooManyPages(doc.numPages, maxPages));

    const pages: PageText[] = [];
    const pageTimeout = opts.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT;
    let failures = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      if (opts.signal?.aborted) throw abortError(opts.signal);
      let pt: PageText;
      try {
        pt = await guard(
          doc.getPage(i).then(async (page) => {
            try {
              return await readPage(page, i, {
                ...DEFAULT_PAGE_LIMITS,
                ...(opts.maxPageItems ? { maxItems: opts.maxPageItems } : {}),
                deadline: performance.now() + pageTimeout,
              });
            } finally {
              page.cleanup();
            }
          }),
          pageTimeout + 1000,
          opts.signal,
          () => Object.assign(new Error('page timeout'), { name: 'PageTimeout' }),
        );
        failures = 0;
      } catch (e) {
        if ((e as Error)?.name === 'AbortError') throw e;
        // A page that cannot be read (damaged object, time limit) is left empty; many in a row means a broken file.
        failures++;
        if (failures >= 3 && pages.every((p) => !p.hasText)) {
          throw new TextEngineError((e as Error)?.name === 'PageTimeout' ? 'unreadable' : 'corrupt', (e as Error)?.name === 'PageTimeout' ? MESSAGES.timeout : MESSAGES.corrupt);
        }
        pt = { index: i, label: null, hasText: false, width: 0, height: 0, lines: [], text: '', timedOut: (e as Error)?.name === 'PageTimeout' };
      }
      pages.push(pt);
      pt.label = detectLabel(pt); // provisional; running lines and labels are marked for the whole document at the end
      opts.onPage?.(pt, doc.numPages);
    }
    const result: TextDocument = {
      pageCount: doc.numPages,
      pages: markRunning(pages),
      engineVersion: TEXT_ENGINE_VERSION,
      ...(opts.password ? { encrypted: true } : {}),
    };
    if (pages.length > 0 && failures === pages.length) {
      // Not one page could be read: a broken file, not a scan.
      const timedOut = pages.some((p) => p.timedOut);
      throw new TextEngineError(timedOut ? 'unreadable' : 'corrupt', timedOut ? MESSAGES.timeout : MESSAGES.corrupt);
    }
    if (pages.length > 0 && pages.every((p) => !p.hasText)) {
      throw Object.assign(new TextEngineError('no_text_layer', MESSAGES.noText), { document: result });
    }
    if (opts.cache && sha256 && (!opts.password || opts.cacheEncrypted)) {
      result.sha256 = sha256;
      await opts.cache.put(sha256, result).catch(() => undefined);
    }
    return result;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
