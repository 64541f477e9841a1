import { DEFAULT_SETTINGS } from '../../lib/notes/model.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, SHA, SHA2 } from './helpers.ts';
import {
  acceptDraft,
  consultationId,
  createNote,
  createQuestion,
  db,
  deleteDocument,
  deleteNote,
  dropDraft,
  exportAllRecords,
  getSettings,
  importRecords,
  moveInList,
  pendingDrafts,
  purgeConsultationNotes,
  reorderQuestions,
  restoreDocument,
  restoreNote,
  saveDocument,
  saveSettings,
  sortQuestions,
  updateNote,
  updateQuestion,
} from '../../lib/store/index.ts';

const docInput = (id = SHA) => ({ id, title: '諮問資料', fileName: 'a.pdf', url: 'http://x/a.pdf', pageCount: 3, pageLabels: ['1', '2', null] });
const cons = [
  { number: '諮問第1号', title: '委託について', types: ['outsourcing' as const], pageStart: 1, pageEnd: 2 },
  { number: '諮問第2号', title: '外部結合について', types: ['external_linkage' as const], pageStart: 3, pageEnd: 3 },
];

beforeEach(() => {
  freshDb();
});

describe('documents', () => {
  it('keeps the meeting and first-added time when a document is opened again', async () => {
    await saveDocument({ ...docInput(), meeting: '第3回' }, cons, 1000);
    await saveDocument(docInput(), cons, 2000);
    const d = await db().documents.get(SHA);
    expect(d?.meeting).toBe('第3回');
    expect(d?.addedAt).toBe(1000);
    expect(d?.openedAt).toBe(2000);
    const cs = await db().consultations.where('docId').equals(SHA).sortBy('order');
    expect(cs.map((c) => c.number)).toEqual(['諮問第1号', '諮問第2号']);
  });

  it('deletes a document with its notes and questions, and undo restores them', async () => {
    await saveDocument(docInput(), cons);
    await createNote({ docId: SHA, consultationId: consultationId(SHA, 0), anchor: null, safeguard: 'access_control' });
    await createQuestion({ docId: SHA, consultationId: consultationId(SHA, 0), text: '誰がアクセスできますか。' });
    const snap = await deleteDocument(SHA);
    expect(await db().notes.count()).toBe(0);
    expect(await db().documents.count()).toBe(0);
    await restoreDocument(snap!);
    expect(await db().notes.count()).toBe(1);
    expect(await db().questions.count()).toBe(1);
    expect(await db().consultations.count()).toBe(2);
  });
});

describe('notes', () => {
  it('creates, edits, soft-deletes and restores a note', async () => {
    const n = await createNote(
      { docId: SHA, consultationId: null, anchor: { page: 2, pageLabel: '2', quote: '適切に管理' }, safeguard: 'access_control', tags: ['要確認, 重要', '#重要'] },
      10,
    );
    expect(n.tags).toEqual(['要確認', '重要']);
    await updateNote(n.id, { severity: 4, likelihood: 3, comment: '誰が？' }, 20);
    let got = await db().notes.get(n.id);
    expect(got).toMatchObject({ severity: 4, likelihood: 3, comment: '誰が？', updatedAt: 20 });
    await deleteNote(n.id, 30);
    expect((await db().notes.get(n.id))?.deletedAt).toBe(30);
    await restoreNote(n.id);
    got = await db().notes.get(n.id);
    expect(got?.deletedAt).toBeNull();
  });

  it('rejects out-of-range severity without writing', async () => {
    const n = await createNote({ docId: SHA, consultationId: null, anchor: null, safeguard: null });
    await expect(updateNote(n.id, { severity: 5 })).rejects.toThrow();
    expect((await db().notes.get(n.id))?.severity).toBe(2);
  });

  it('purges one consultation\'s notes only and marks it', async () => {
    await saveDocument(docInput(), cons);
    const c0 = consultationId(SHA, 0);
    const c1 = consultationId(SHA, 1);
    await createNote({ docId: SHA, consultationId: c0, anchor: null, safeguard: null });
    await createNote({ docId: SHA, consultationId: c0, anchor: null, safeguard: null });
    await createNote({ docId: SHA, consultationId: c1, anchor: null, safeguard: null });
    expect(await purgeConsultationNotes(c0, 99)).toBe(2);
    expect(await db().notes.count()).toBe(1);
    expect((await db().consultations.get(c0))?.purgedAt).toBe(99);
    expect((await db().consultations.get(c1))?.purgedAt).toBeNull();
  });
});

describe('questions', () => {
  it('accepts and drops drafts, remembering both', async () => {
    const c = consultationId(SHA, 0);
    const drafts = [
      { text: 'Q1', safeguard: 'encryption_transit' as const, page: 2, quote: '暗号化' },
      { text: 'Q2', safeguard: null, page: null, quote: null },
      { text: 'Q3', safeguard: null, page: null, quote: null },
    ];
    const a = await acceptDraft(SHA, c, drafts[0], ['1', '二', null]);
    expect(a.anchor).toEqual({ page: 2, pageLabel: '二', quote: '暗号化' });
    expect(a.origin).toBe('engine');
    await dropDraft(SHA, c, drafts[1], []);
    const stored = await db().questions.toArray();
    expect(pendingDrafts(drafts, stored).map((q) => q.text)).toEqual(['Q3']);
  });

  it('appends new questions at the end and reorders them', async () => {
    const c = consultationId(SHA, 0);
    const q1 = await createQuestion({ docId: SHA, consultationId: c, text: 'A' });
    const q2 = await createQuestion({ docId: SHA, consultationId: c, text: 'B' });
    const q3 = await createQuestion({ docId: SHA, consultationId: c, text: 'C' });
    expect([q1.order, q2.order, q3.order]).toEqual([0, 1, 2]);
    const ids = moveInList([q1.id, q2.id, q3.id], q3.id, -1);
    await reorderQuestions(ids);
    expect(sortQuestions(await db().questions.toArray()).map((q) => q.text)).toEqual(['A', 'C', 'B']);
    expect(moveInList(ids, q1.id, -1)).toBe(ids);
  });

  it('edits text, status and answer', async () => {
    const q = await createQuestion({ docId: SHA, consultationId: null, text: 'A' });
    await updateQuestion(q.id, { text: 'A改', status: 'answered', answer: '回答です' });
    expect(await db().questions.get(q.id)).toMatchObject({ text: 'A改', status: 'answered', answer: '回答です' });
    await expect(updateQuestion(q.id, { status: 'bogus' as never })).rejects.toThrow();
  });
});

describe('settings and backup records', () => {
  it('returns defaults, saves a patch, and repairs invalid stored fields', async () => {
    expect((await getSettings()).language).toBe('ja');
    await saveSettings({ language: 'en', memberName: '山田' });
    expect(await getSettings()).toMatchObject({ language: 'en', memberName: '山田', maxFileMB: 100 });
    await db().settings.put({ key: 'settings', value: { language: 'fr', memberName: '佐藤' } as never });
    expect(await getSettings()).toMatchObject({ language: 'ja', memberName: '佐藤' });
  });

  it('settings stored before the expectation table existed get the standard table; a choice is kept', async () => {
    const { expectations: _, ...old } = DEFAULT_SETTINGS;
    await db().settings.put({ key: 'settings', value: { ...old, memberName: '佐藤' } as never });
    expect(await getSettings()).toMatchObject({ expectations: 'core', memberName: '佐藤' });
    await saveSettings({ expectations: 'full' });
    expect((await getSettings()).expectations).toBe('full');
    await db().settings.put({ key: 'settings', value: { ...old, expectations: 'everything' } as never });
    expect((await getSettings()).expectations).toBe('core');
  });

  it('exports everything and imports it into an empty database', async () => {
    await saveDocument(docInput(), cons);
    await saveDocument(docInput(SHA2), null);
    await createNote({ docId: SHA, consultationId: null, anchor: null, safeguard: null, comment: 'メモ' });
    await createQuestion({ docId: SHA2, consultationId: null, text: '質問' });
    await saveSettings({ councilName: '審議会' });
    const all = await exportAllRecords();
    expect(all.documents).toHaveLength(2);
    freshDb();
    const counts = await importRecords(all);
    expect(counts).toMatchObject({ documents: 2, consultations: 2, notes: 1, questions: 1, settings: 1 });
    expect(await exportAllRecords()).toEqual(all);
  });

  it('rejects invalid records as a whole', async () => {
    await expect(
      importRecords({ documents: [], consultations: [], notes: [{ id: '' } as never], questions: [], settings: null }),
    ).rejects.toThrow();
    expect(await db().notes.count()).toBe(0);
  });
});
