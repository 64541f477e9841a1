/**
 * No lost notes, at the storage layer (lib/store with fake-indexeddb):
 *  - the disk fills up in the middle of any write (after 0, 1, 2 … successful low-level writes): the
 *    member gets the Japanese "storage full" message and the database is exactly as before — no
 *    half-written note, question, document or restore;
 *  - backup → an empty profile → restore gives every record back, equal field by field.
 */
import 'fake-indexeddb/auto';
import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { makeBackup, restoreBackup } from '../../lib/backup/index.ts';
import {
  createNote,
  createQuestion,
  db,
  deleteDocument,
  exportAllRecords,
  importRecords,
  saveDocument,
  saveSettings,
  StoreError,
  updateNote,
  updateQuestion,
  type AllRecords,
} from '../../lib/store/index.ts';
import { freshDb, SHA, SHA2 } from '../store/helpers.ts';

const MIDDLEWARE = 'hardening-disk-full';

/** From now on, every low-level write after the first `okWrites` fails like a full disk. */
async function diskFillsAfter(okWrites: number): Promise<{ writes: () => number }> {
  let n = 0;
  db().close(); // middlewares apply from the next open
  db().use({
    stack: 'dbcore',
    name: MIDDLEWARE,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: async (req) => {
            if (n++ >= okWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return t.mutate(req);
          },
        };
      },
    }),
  });
  await db().open();
  return { writes: () => n };
}

async function diskOk(): Promise<void> {
  db().close();
  db().unuse({ stack: 'dbcore', name: MIDDLEWARE });
  await db().open();
}

/** A profile with a document, its consultation, a note, two questions and settings. */
async function populated(): Promise<{ noteId: string; questionId: string }> {
  freshDb();
  await saveDocument(
    { id: SHA, title: '資料1 諮問資料', fileName: 'shiryo1.pdf', url: 'https://www.city.example.lg.jp/shiryo1.pdf', pageCount: 3, pageLabels: ['1', '2', '3'] },
    [{ number: '諮問第101号', title: '住民情報の処理の委託について', types: ['outsourcing'], pageStart: 1, pageEnd: 3 }],
    1000,
  );
  const cid = (await db().consultations.toArray())[0].id;
  const note = await createNote(
    { docId: SHA, consultationId: cid, anchor: { page: 2, pageLabel: '2', quote: '適切に管理する' }, safeguard: 'access_control', severity: 4, likelihood: 3, comment: '誰が管理するのか不明', tags: ['要確認'] },
    1100,
  );
  const q = await createQuestion({ docId: SHA, consultationId: cid, text: '保存データは暗号化しますか。', safeguard: 'encryption_rest', anchor: { page: 2, pageLabel: '2', quote: '適切に管理する' } }, 1200);
  await createQuestion({ docId: SHA, consultationId: cid, text: '再委託はありますか。' }, 1300);
  await saveSettings({ memberName: '山田 花子', meetingName: '令和8年度第2回', secretariatEmail: 'shingikai@city.example.lg.jp' });
  return { noteId: note.id, questionId: q.id };
}

const snapshot = (): Promise<AllRecords> => exportAllRecords();

interface Op {
  name: string;
  run: (ids: { noteId: string; questionId: string }, backup: AllRecords) => Promise<unknown>;
}

const OPS: Op[] = [
  { name: 'create a note', run: () => createNote({ docId: SHA, consultationId: null, anchor: null, safeguard: null, comment: '新しいメモ' }) },
  { name: 'edit a note (autosave)', run: ({ noteId }) => updateNote(noteId, { comment: '書きかけの文章', tags: ['追加'] }) },
  { name: 'write a question', run: () => createQuestion({ docId: SHA, consultationId: null, text: '新しい質問' }) },
  { name: 'edit a question', run: ({ questionId }) => updateQuestion(questionId, { text: '書きかけの質問', answer: '回答' }) },
  { name: 'save settings', run: () => saveSettings({ memberName: '別の名前' }) },
  {
    name: 'store a new document with consultations',
    run: () =>
      saveDocument({ id: SHA2, title: '資料2', fileName: 'shiryo2.pdf', url: null, pageCount: 2, pageLabels: [null, null] }, [
        { number: '諮問第102号', title: 'A', types: [], pageStart: 1, pageEnd: 1 },
        { number: '諮問第103号', title: 'B', types: [], pageStart: 2, pageEnd: 2 },
      ]),
  },
  { name: 'delete a document', run: () => deleteDocument(SHA) },
  {
    name: 'restore a backup, replacing everything',
    run: (_ids, backup) => importRecords({ ...backup, notes: backup.notes.map((n) => ({ ...n, comment: '復元版' })) }, { replace: true }),
  },
];

describe('storage full in the middle of a write: clear message, nothing half-written', () => {
  for (const op of OPS) {
    it(op.name, async () => {
      // Fail at every point of the operation: after 0 writes, after 1, … until it needs no more.
      for (let ok = 0; ok < 12; ok++) {
        const ids = await populated();
        const before = await snapshot();
        const disk = await diskFillsAfter(ok);
        const err = await op.run(ids, before).then(() => null, (e: unknown) => e);
        const used = disk.writes();
        await diskOk();
        if (err === null) {
          // The operation needed no more than `ok` writes: it completed, so later points don't exist.
          expect(used).toBeLessThanOrEqual(ok);
          expect(ok).toBeGreaterThan(0);
          break;
        }
        expect(err).toBeInstanceOf(StoreError);
        expect((err as StoreError).code).toBe('quota');
        expect((err as StoreError).message).toMatch(/保存領域がいっぱい/);
        expect(await snapshot()).toEqual(before);
      }
    });
  }
});

describe('backup → remove the extension (empty profile) → reinstall → restore', () => {
  it('gives back every document, consultation, note, question and setting', async () => {
    await populated();
    const original = await snapshot();
    const at = Date.UTC(2026, 10, 1);
    const json = await makeBackup(original, at);

    freshDb(); // the extension was removed: its database is gone
    expect((await snapshot()).notes).toEqual([]);
    const r = await restoreBackup(json, await snapshot());
    if (!r.ok) throw new Error(r.message);
    await importRecords(r.merged);
    const restored = await snapshot();
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored.documents)).toEqual(byId(original.documents));
    expect(byId(restored.consultations)).toEqual(byId(original.consultations));
    expect(byId(restored.notes)).toEqual(byId(original.notes));
    expect(byId(restored.questions)).toEqual(byId(original.questions));
    // The file also remembers when it was made (for the backup reminder).
    expect(restored.settings).toEqual({ ...original.settings, lastBackupAt: at });
  });

  it('a damaged backup file is refused with a message and writes nothing', async () => {
    await populated();
    const json = await makeBackup(await snapshot(), 0);
    freshDb();
    const damaged = json.replace('誰が管理するのか不明', '誰が管理するのか不明（改ざん）');
    const r = await restoreBackup(damaged, await snapshot());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect((await snapshot()).notes).toEqual([]);
  });
});
