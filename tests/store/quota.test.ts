import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { freshDb, SHA } from './helpers.ts';
import { db, saveDocument, StoreError, textCache, createNote } from '../../lib/store/index.ts';

/** Make every write to `table` fail the way a full disk does. */
function failWrites(table: string) {
  db().use({
    stack: 'dbcore',
    name: 'quota-sim',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return { ...t, mutate: async () => { throw new DOMException('full', 'QuotaExceededError'); } };
      },
    }),
  });
}

describe('storage full', () => {
  it('stores nothing of a document when its consultations cannot be written, and says so in Japanese', async () => {
    freshDb();
    failWrites('consultations');
    const err = await saveDocument(
      { id: SHA, title: 'T', fileName: 'a.pdf', url: null, pageCount: 1, pageLabels: [null] },
      [{ number: null, title: 'x', types: [], pageStart: 1, pageEnd: 1 }],
    ).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('quota');
    expect(err.message).toMatch(/保存領域がいっぱい/);
    expect(await db().documents.count()).toBe(0);
  });

  it('a note that cannot be saved is reported, not half-written', async () => {
    freshDb();
    failWrites('notes');
    await expect(createNote({ docId: SHA, consultationId: null, anchor: null, safeguard: null })).rejects.toMatchObject({ code: 'quota' });
  });

  it('the page cache swallows a full disk instead of failing the member\'s work', async () => {
    freshDb();
    failWrites('pageCache');
    await expect(textCache.put(SHA, { pageCount: 0, pages: [] })).resolves.toBeUndefined();
    expect(await textCache.get(SHA)).toBeUndefined();
  });
});

describe('page cache', () => {
  it('round-trips a text document by hash', async () => {
    freshDb();
    const doc = { pageCount: 1, pages: [{ index: 1, label: '1', hasText: true, width: 1, height: 1, lines: [], text: '本文' }] };
    await textCache.put(SHA, doc);
    expect(await textCache.get(SHA)).toEqual(doc);
  });
});
