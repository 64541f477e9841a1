import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShingiDB } from '../../lib/store/db.ts';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../lib/store/schema.ts';

/** Open a database exactly as the release with schema version `v` did. */
function openAt(name: string, v: number): Dexie {
  const old = new Dexie(name);
  for (const s of SCHEMA_VERSIONS.filter((s) => s.version <= v)) {
    const ver = old.version(s.version).stores(s.stores);
    if (s.upgrade) ver.upgrade(s.upgrade);
  }
  return old;
}

const SHA = 'c'.repeat(64);
const base = { createdAt: 1, updatedAt: 1, deletedAt: null };

describe('schema versions', () => {
  it('has consecutive versions ending at the current one', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('v1 → current: keeps every record and fills fields the new indexes need', async () => {
    const name = `mig-v1-${Date.now()}`;
    const v1 = openAt(name, 1);
    await v1.table('documents').put({ id: SHA, title: 'T', fileName: 'a.pdf', url: null, pageCount: 1, pageLabels: [null], addedAt: 1, openedAt: 1 });
    await v1.table('notes').put({ id: 'n1', docId: SHA, consultationId: `${SHA}:0`, anchor: null, safeguard: null, severity: 2, likelihood: 2, comment: 'x', ...base });
    await v1.table('questions').put({ id: 'q1', docId: SHA, consultationId: `${SHA}:0`, text: 'Q', safeguard: null, anchor: null, origin: 'member', status: 'draft', order: 0, ...base });
    await v1.table('settings').put({ key: 'settings', value: { language: 'en' } });
    await v1.table('pageCache').put({ sha256: SHA, doc: { pageCount: 0, pages: [] }, storedAt: 1, size: 0 });
    v1.close();

    const cur = new ShingiDB(name);
    await cur.open();
    expect(cur.verno).toBe(CURRENT_VERSION);
    expect(await cur.notes.get('n1')).toMatchObject({ comment: 'x', tags: [] });
    expect(await cur.documents.where('meeting').equals('x').count()).toBe(0);
    expect((await cur.documents.get(SHA))?.meeting).toBeNull();
    expect(await cur.questions.get('q1')).toMatchObject({ answer: '', selected: true });
    expect((await cur.settings.get('settings'))?.value).toEqual({ language: 'en' });
    expect(await cur.pageCache.count()).toBe(1);
    // the v2 indexes work on the migrated rows
    await cur.notes.update('n1', { tags: ['要確認'] });
    expect(await cur.notes.where('tags').equals('要確認').count()).toBe(1);
    expect(await cur.questions.where('[consultationId+order]').equals([`${SHA}:0`, 0]).count()).toBe(1);
    cur.close();
  });

  it('every older version upgrades to the current one without losing documents', async () => {
    for (const s of SCHEMA_VERSIONS.slice(0, -1)) {
      const name = `mig-all-${s.version}-${Date.now()}`;
      const old = openAt(name, s.version);
      await old.table('documents').put({ id: SHA, title: 'T', fileName: 'a.pdf', url: null, meeting: null, pageCount: 1, pageLabels: ['1'], addedAt: 1, openedAt: 1 });
      old.close();
      const cur = new ShingiDB(name);
      await cur.open();
      expect(await cur.documents.count()).toBe(1);
      expect(cur.tables.map((t) => t.name).sort()).toEqual(['consultations', 'documents', 'notes', 'pageCache', 'questions', 'settings']);
      cur.close();
    }
  });
});
