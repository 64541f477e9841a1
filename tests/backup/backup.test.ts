import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupReminder,
  checksumOf,
  describeReport,
  makeBackup,
  restoreBackup,
  BACKUP_VERSION,
  type BackupData,
} from '../../lib/backup/index.ts';
import { DEFAULT_SETTINGS, type NoteRecord } from '../../lib/notes/model.ts';
import { consultations, documents, questions, settings, DOC_A } from '../export/fixture.ts';

const NOW = Date.UTC(2025, 6, 1, 0, 0, 0);
const DAY = 86_400_000;

const note = (id: string, p: Partial<NoteRecord> = {}): NoteRecord => ({
  id,
  docId: DOC_A,
  consultationId: `${DOC_A}:0`,
  anchor: { page: 48, pageLabel: '46', quote: 'パスワードは定期的に変更する' },
  safeguard: 'authentication',
  severity: 3,
  likelihood: 2,
  comment: '変更頻度が書かれていない',
  tags: ['要確認'],
  createdAt: 2000,
  updatedAt: 2000,
  deletedAt: null,
  ...p,
});

const data: BackupData = {
  documents,
  consultations,
  notes: [note('n1'), note('n2', { comment: '削除の立会い', updatedAt: 2500 })],
  questions,
  settings,
};
const empty: BackupData = { documents: [], consultations: [], notes: [], questions: [], settings: null };
const clone = <T>(x: T): T => structuredClone(x);

/** Edit a backup file's data and recompute the checksum (a well-formed file with bad records). */
async function reseal(json: string, edit: (file: any) => void): Promise<string> {
  const file = JSON.parse(json);
  edit(file);
  file.checksum = await checksumOf(file.data);
  return JSON.stringify(file);
}

describe('makeBackup', async () => {
  const json = await makeBackup(data, NOW);
  const file = JSON.parse(json);

  it('writes format, version, counts and a checksum over the data', async () => {
    expect(file.format).toBe('shingi-lens-backup');
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.createdAt).toBe('2025-07-01T00:00:00.000Z');
    expect(file.counts).toEqual({ documents: 2, consultations: 3, notes: 2, questions: 8 });
    expect(file.checksum).toBe(`sha256:${createHash('sha256').update(JSON.stringify(file.data)).digest('hex')}`);
    expect(file.data.settings.lastBackupAt).toBe(NOW);
  });

  it('names the file with the date', async () => {
    expect(backupFileName(new Date(2025, 6, 1, 9, 5).getTime())).toBe('shingi-lens-backup-20250701-0905.json');
  });

});

describe('restoreBackup: valid backup', async () => {
  const json = await makeBackup(data, NOW);

  it('restores everything into an empty store', async () => {
    const r = await restoreBackup(json, empty);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.merged.documents).toEqual(documents);
    expect(r.merged.consultations).toEqual(consultations);
    expect(r.merged.notes).toEqual(data.notes);
    expect(r.merged.questions).toEqual(questions);
    expect(r.merged.settings).toEqual({ ...settings, lastBackupAt: NOW });
    expect(r.report.counts.questions).toMatchObject({ added: 8, rejected: 0 });
    expect(r.report.rejected).toEqual([]);
  });

  it('restoring twice creates no duplicates and changes nothing', async () => {
    const first = await restoreBackup(json, empty);
    if (!first.ok) throw new Error(first.message);
    const second = await restoreBackup(json, first.merged);
    if (!second.ok) throw new Error(second.message);
    expect(second.merged).toEqual(first.merged);
    expect(second.report.counts.notes).toEqual({ added: 0, updated: 0, unchanged: 2, kept: 0, rejected: 0 });
    expect(second.merged.questions).toHaveLength(8);
  });

  it('merges: newer edits win, a newer current edit is kept and reported, current-only items stay', async () => {
    const current = clone(data);
    current.notes[0] = { ...current.notes[0], comment: '現在の新しいコメント', updatedAt: 9000 }; // newer than backup
    current.notes = current.notes.filter((n) => n.id !== 'n2'); // only in backup
    current.notes.push(note('n3', { comment: '現在だけのメモ' })); // only current
    current.questions[1] = { ...current.questions[1], text: '古い版の質問', updatedAt: 500 }; // older than backup
    current.settings = { ...DEFAULT_SETTINGS, memberName: '現在の名前' };
    const r = await restoreBackup(json, current);
    if (!r.ok) throw new Error(r.message);
    const byId = new Map(r.merged.notes.map((n) => [n.id, n]));
    expect(byId.get('n1')!.comment).toBe('現在の新しいコメント');
    expect(byId.get('n2')!.comment).toBe('削除の立会い');
    expect(byId.get('n3')!.comment).toBe('現在だけのメモ');
    expect(r.merged.questions.find((q) => q.id === questions[1].id)!.text).toBe(questions[1].text);
    expect(r.report.counts.notes).toMatchObject({ added: 1, kept: 1 });
    expect(r.report.counts.questions).toMatchObject({ updated: 1, unchanged: 7 });
    expect(r.report.kept).toEqual([
      { kind: 'notes', id: 'n1', reason: '現在のメモの方が新しく編集されているため、バックアップの内容では上書きしませんでした' },
    ]);
    // settings: current name kept, empty fields filled from the backup
    expect(r.merged.settings!.memberName).toBe('現在の名前');
    expect(r.merged.settings!.secretariatEmail).toBe(settings.secretariatEmail);
    expect(r.report.settingsFilled).toEqual(['councilName', 'meetingName', 'meetingDate', 'secretariatEmail']);
    expect(describeReport(r.report)).toContain('メモ: 追加 1、現在の内容を維持 1');
  });

  it('does not resurrect deleted items or notes of a purged consultation', async () => {
    const current = clone(empty);
    current.notes = [note('n1', { deletedAt: 3000, updatedAt: 3000 })];
    current.consultations = consultations.map((c) => (c.id === `${DOC_A}:0` ? { ...c, purgedAt: 2600 } : c));
    const r = await restoreBackup(json, current);
    if (!r.ok) throw new Error(r.message);
    expect(r.merged.notes.find((n) => n.id === 'n1')!.deletedAt).toBe(3000);
    expect(r.merged.notes.find((n) => n.id === 'n2')).toBeUndefined();
    expect(r.report.rejected).toContainEqual({
      kind: 'notes',
      index: 1,
      id: 'n2',
      reason: '答申後に削除した諮問のメモのため、復元しませんでした',
    });
  });

  it('rejects invalid and duplicate records one by one, with reasons, and restores the rest', async () => {
    const bad = await reseal(json, (f) => {
      f.data.notes[0].severity = 9;
      f.data.questions.push({ ...f.data.questions[0] });
      f.data.documents[1].id = 'not-a-hash';
    });
    const r = await restoreBackup(bad, empty);
    if (!r.ok) throw new Error(r.message);
    expect(r.merged.notes.map((n) => n.id)).toEqual(['n2']);
    expect(r.merged.questions).toHaveLength(8);
    expect(r.merged.documents).toHaveLength(1);
    expect(r.report.rejected).toEqual([
      { kind: 'documents', index: 1, id: 'not-a-hash', reason: expect.stringContaining('「id」') },
      { kind: 'notes', index: 0, id: 'n1', reason: expect.stringContaining('「severity」の値が正しくありません') },
      { kind: 'questions', index: 8, id: 'q1', reason: '同じID（q1）の質問がファイル内に重複しています' },
    ]);
    expect(describeReport(r.report)).toContain('除外（メモ n1）: 形式が正しくありません: 「severity」の値が正しくありません');
  });
});

describe('restoreBackup: refused files leave the current data alone', async () => {
  const json = await makeBackup(data, NOW);

  it('tampered: a question edited by hand after the backup', async () => {
    const tampered = json.replace('パスワードの変更頻度', 'パスワードの変更頻度（改変）');
    expect(tampered).not.toBe(json);
    const r = await restoreBackup(tampered, data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('tampered');
    expect(r.message).toMatch(/書き換えられたか、壊れています/);
    expect(r.message).toContain('現在のデータは変更していません');
  });

  it('tampered: the checksum removed, or the data truncated', async () => {
    const noSum = JSON.parse(json);
    delete noSum.checksum;
    expect(await restoreBackup(JSON.stringify(noSum), empty)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await restoreBackup(json.slice(0, json.length / 2), empty)).toMatchObject({ ok: false, code: 'not_json' });
  });

  it('future version: refused with an update message', async () => {
    const future = await reseal(json, (f) => (f.version = BACKUP_VERSION + 1));
    const r = await restoreBackup(future, empty);
    expect(r).toMatchObject({ ok: false, code: 'future_version' });
    if (r.ok) return;
    expect(r.message).toContain(`新しい版の審議レンズ（形式 ${BACKUP_VERSION + 1}）`);
    expect(r.message).toContain('更新してから復元してください');
  });

  it('not a backup: other JSON, or not JSON at all', async () => {
    expect(await restoreBackup('{"schema":"analysis@1"}', empty)).toMatchObject({ ok: false, code: 'not_backup' });
    expect(await restoreBackup('%PDF-1.7', empty)).toMatchObject({ ok: false, code: 'not_json' });
    const r = await restoreBackup('[]', empty);
    expect(!r.ok && r.message).toContain('審議レンズのバックアップではありません');
  });
});

describe('backupReminder', async () => {
  const base = { questions: [], lastBackupAt: null as number | null };
  it('is due when a note has waited unsaved for a week, not before', async () => {
    const notes = [note('n1', { createdAt: NOW - 7 * DAY, updatedAt: NOW - 2 * DAY })];
    expect(backupReminder({ ...base, notes, now: NOW })).toEqual({ due: true, unsaved: 1, unsavedSince: NOW - 7 * DAY });
    expect(backupReminder({ ...base, notes, now: NOW - 1 }).due).toBe(false);
  });
  it('counts only changes after the last backup, and ignores deleted items', async () => {
    const notes = [
      note('n1', { createdAt: NOW - 30 * DAY, updatedAt: NOW - 20 * DAY }),
      note('n2', { createdAt: NOW - 30 * DAY, updatedAt: NOW - DAY, deletedAt: NOW - DAY }),
    ];
    expect(backupReminder({ ...base, notes, lastBackupAt: NOW - 10 * DAY, now: NOW })).toEqual({
      due: false,
      unsaved: 0,
      unsavedSince: null,
    });
    const edited = [note('n1', { createdAt: NOW - 30 * DAY, updatedAt: NOW - DAY })];
    expect(backupReminder({ ...base, notes: edited, lastBackupAt: NOW - 10 * DAY, now: NOW }).due).toBe(true);
    expect(backupReminder({ ...base, notes: edited, lastBackupAt: NOW - 3 * DAY, now: NOW }).due).toBe(false);
  });
});
