/**
 * Backup reminder for the panel: notes or questions not yet saved to a backup file for a week.
 * An item counts as unsaved when it was edited after the last backup; it has been unsaved since
 * its creation or the last backup, whichever is later.
 */
import type { NoteRecord, QuestionRecord } from '../notes/model.ts';

export const BACKUP_REMINDER_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export type BackupReminder = {
  due: boolean;
  /** Notes and questions changed since the last backup. */
  unsaved: number;
  /** Since when the oldest unsaved change has been waiting (ms), null if none. */
  unsavedSince: number | null;
};

type Edited = Pick<NoteRecord | QuestionRecord, 'createdAt' | 'updatedAt' | 'deletedAt'>;

export function backupReminder(input: {
  notes: Edited[];
  questions: Edited[];
  lastBackupAt: number | null;
  now?: number;
  days?: number;
}): BackupReminder {
  const now = input.now ?? Date.now();
  const last = input.lastBackupAt ?? -Infinity;
  let unsaved = 0;
  let since = Infinity;
  for (const r of [...input.notes, ...input.questions]) {
    if (r.deletedAt != null) continue;
    if (r.updatedAt <= last) continue;
    unsaved++;
    since = Math.min(since, Math.max(r.createdAt, last));
  }
  const limit = (input.days ?? BACKUP_REMINDER_DAYS) * DAY;
  return { due: unsaved > 0 && now - since >= limit, unsaved, unsavedSince: unsaved ? since : null };
}

/** Short Japanese text for the reminder banner. */
export function backupReminderText(r: BackupReminder, now: number = Date.now()): string {
  const days = r.unsavedSince == null ? 0 : Math.floor((now - r.unsavedSince) / DAY);
  return `${r.unsaved}件のメモ・質問が${days}日以上バックアップされていません。「バックアップを保存」でファイルに保存してください。`;
}
