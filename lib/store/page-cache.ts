/**
 * Extracted text by the PDF's SHA-256, so that a document opened again shows at once.
 * A cache: when the disk is full it evicts the oldest entries and, failing that, skips caching.
 */
import type { TextCache } from '../text/cache.ts';
import type { TextDocument } from '../text/types.ts';
import { db } from './db.ts';
import { isQuotaError } from './errors.ts';

/** Cached documents kept at most (the oldest are evicted first). */
export const PAGE_CACHE_MAX = 30;

export class DexieTextCache implements TextCache {
  async get(sha256: string): Promise<TextDocument | undefined> {
    try {
      return (await db().pageCache.get(sha256))?.doc;
    } catch {
      return undefined;
    }
  }

  async put(sha256: string, doc: TextDocument): Promise<void> {
    const d = db();
    const row = { sha256, doc, storedAt: Date.now(), size: doc.pages.reduce((n, p) => n + p.text.length, 0) };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await d.transaction('rw', d.pageCache, async () => {
          await d.pageCache.put(row);
          const n = await d.pageCache.count();
          if (n > PAGE_CACHE_MAX) {
            const old = await d.pageCache.orderBy('storedAt').limit(n - PAGE_CACHE_MAX).primaryKeys();
            await d.pageCache.bulkDelete(old);
          }
        });
        return;
      } catch (e) {
        if (!isQuotaError(e) || attempt > 0) return; // a cache never blocks the member's work
        const keep = Math.floor((await d.pageCache.count()) / 2);
        const old = await d.pageCache.orderBy('storedAt').primaryKeys();
        await d.pageCache.bulkDelete(old.slice(0, old.length - keep)).catch(() => {});
      }
    }
  }

  async delete(sha256: string): Promise<void> {
    await db().pageCache.delete(sha256);
  }
}

export const textCache = new DexieTextCache();
