/**
 * The backup file: everything the member keeps (documents' metadata, consultations, notes,
 * questions, settings) in one JSON file with a format name, a version and a checksum.
 *
 * {
 *   "format": "shingi-lens-backup", "version": 1,
 *   "createdAt": "2025-07-01T09:00:00.000Z",
 *   "counts": { "documents": 2, ... },
 *   "checksum": "sha256:…",            // of JSON.stringify(data): any edit of the data is detected
 *   "data": { "documents": [...], "consultations": [...], "notes": [...], "questions": [...], "settings": {...} }
 * }
 */
import { z } from 'zod';
import type {
  ConsultationRecord,
  DocumentRecord,
  NoteRecord,
  QuestionRecord,
  Settings,
} from '../notes/model.ts';
import { sha256Hex } from '../util/sha256.ts';

export const BACKUP_FORMAT = 'shingi-lens-backup';
/** Bump when the file layout changes; restore refuses files newer than this. */
export const BACKUP_VERSION = 1;

/** Same shape as lib/store's AllRecords (kept here so lib/backup stays free of storage code). */
export type BackupData = {
  documents: DocumentRecord[];
  consultations: ConsultationRecord[];
  notes: NoteRecord[];
  questions: QuestionRecord[];
  settings: Settings | null;
};

export const RECORD_KINDS = ['documents', 'consultations', 'notes', 'questions'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export async function checksumOf(data: unknown): Promise<string> {
  return `sha256:${await sha256Hex(new TextEncoder().encode(JSON.stringify(data)))}`;
}

/**
 * The backup file as a JSON string (pretty-printed: the member may look inside). `now` is the
 * backup time; the caller stores it as settings.lastBackupAt once the file is saved.
 */
export async function makeBackup(data: BackupData, now: number = Date.now()): Promise<string> {
  const payload: BackupData = {
    documents: data.documents,
    consultations: data.consultations,
    notes: data.notes,
    questions: data.questions,
    settings: data.settings ? { ...data.settings, lastBackupAt: now } : null,
  };
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(now).toISOString(),
    counts: Object.fromEntries(RECORD_KINDS.map((k) => [k, payload[k].length])),
    checksum: await checksumOf(payload),
    data: payload,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** 「shingi-lens-backup-20250701-0900.json」 (local time). */
export function backupFileName(now: number = Date.now()): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `shingi-lens-backup-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}.json`;
}

/** The envelope, checked before any record is looked at. */
export const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  createdAt: z.string(),
  checksum: z.string(),
  data: z.object({
    documents: z.array(z.unknown()),
    consultations: z.array(z.unknown()),
    notes: z.array(z.unknown()),
    questions: z.array(z.unknown()),
    settings: z.unknown(),
  }),
});
