/**
 * Restore = validate + merge, as a pure function: (backup file text, current records) →
 * merged records to write (lib/store importRecords) and a report of what happened and why.
 *
 * Rules:
 * - The whole file is refused (current data untouched) when it is not JSON, not our format, from a
 *   newer format version, or its checksum does not match (edited or corrupted).
 * - Each record is validated with the zod schema of lib/notes/model.ts; invalid records and duplicate
 *   ids inside the file are rejected one by one, with the reason.
 * - Merge by id, no duplicates. Notes and questions: the newer edit wins (updatedAt / deletedAt);
 *   when the current one is newer or the times are equal but contents differ, the current record is
 *   kept and the report says so: a restore never silently overwrites a newer edit.
 * - Deleted items stay deleted; notes and questions of a consultation purged after its 答申 are not
 *   brought back.
 * - Documents and consultations: unknown ones are added; known ones keep the current record
 *   (documents take the earliest addedAt and the latest openedAt).
 * - Settings: empty fields of the current settings are filled from the backup; nothing else changes.
 */
import type { z } from 'zod';
import {
  ConsultationRecordSchema,
  DocumentRecordSchema,
  NoteRecordSchema,
  QuestionRecordSchema,
  SettingsSchema,
  type NoteRecord,
  type QuestionRecord,
  type Settings,
} from '../notes/model.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, EnvelopeSchema, RECORD_KINDS, checksumOf, type BackupData, type RecordKind } from './format.ts';
import { KIND_LABEL, restoreErrorMessage, type RestoreErrorCode } from './messages.ts';

export type Rejected = { kind: RecordKind | 'settings'; index: number; id: string | null; reason: string };
export type Kept = { kind: RecordKind; id: string; reason: string };
export type KindCounts = { added: number; updated: number; unchanged: number; kept: number; rejected: number };

export type RestoreReport = {
  backupCreatedAt: string;
  counts: Record<RecordKind, KindCounts>;
  /** Records refused (invalid, duplicate, purged): nothing of them was restored. */
  rejected: Rejected[];
  /** Records where the current data was kept instead of the backup's. */
  kept: Kept[];
  /** Settings fields filled in from the backup. */
  settingsFilled: (keyof Settings)[];
};

export type RestoreResult =
  | { ok: true; merged: BackupData; report: RestoreReport }
  | { ok: false; code: RestoreErrorCode; message: string };

const SCHEMAS = {
  documents: DocumentRecordSchema,
  consultations: ConsultationRecordSchema,
  notes: NoteRecordSchema,
  questions: QuestionRecordSchema,
} as const;

function fail(code: RestoreErrorCode, detail: { version?: number } = {}): RestoreResult {
  return { ok: false, code, message: restoreErrorMessage(code, detail) };
}

/** One readable Japanese reason from a zod error. */
function zodReason(err: z.ZodError): string {
  const first = err.issues.slice(0, 3).map((i) => {
    const path = i.path.length ? i.path.join('.') : '(全体)';
    return `「${path}」${i.code === 'invalid_type' ? 'の型が違います' : 'の値が正しくありません'}`;
  });
  return `形式が正しくありません: ${first.join('、')}${err.issues.length > 3 ? ' ほか' : ''}`;
}

/** Stable JSON for comparing records regardless of key order. */
function canon(v: unknown): string {
  return JSON.stringify(v, (_k, val) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

const editedAt = (r: NoteRecord | QuestionRecord): number => Math.max(r.updatedAt, r.deletedAt ?? 0);

const emptyCounts = (): KindCounts => ({ added: 0, updated: 0, unchanged: 0, kept: 0, rejected: 0 });

export async function restoreBackup(json: string, current: BackupData): Promise<RestoreResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return fail('not_json');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) return fail('not_backup');
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION)
    return fail('future_version', { version });
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return fail('invalid');
  if (env.data.checksum !== (await checksumOf(env.data.data))) return fail('tampered');

  const report: RestoreReport = {
    backupCreatedAt: env.data.createdAt,
    counts: { documents: emptyCounts(), consultations: emptyCounts(), notes: emptyCounts(), questions: emptyCounts() },
    rejected: [],
    kept: [],
    settingsFilled: [],
  };
  const reject = (kind: RecordKind | 'settings', index: number, id: unknown, reason: string) => {
    report.rejected.push({ kind, index, id: typeof id === 'string' ? id : null, reason });
    if (kind !== 'settings') report.counts[kind].rejected++;
  };

  // 1. Validate each record; drop duplicates inside the file.
  const incoming = {} as { [K in RecordKind]: BackupData[K] };
  for (const kind of RECORD_KINDS) {
    const seen = new Set<string>();
    const ok: unknown[] = [];
    env.data.data[kind].forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const r = SCHEMAS[kind].safeParse(item);
      if (!r.success) return reject(kind, index, id, zodReason(r.error));
      if (seen.has(r.data.id)) return reject(kind, index, r.data.id, `同じID（${r.data.id}）の${KIND_LABEL[kind]}がファイル内に重複しています`);
      seen.add(r.data.id);
      ok.push(r.data);
    });
    (incoming as Record<RecordKind, unknown[]>)[kind] = ok;
  }

  // 2. Merge.
  const merged: BackupData = {
    documents: mergeDocuments(current.documents, incoming.documents, report),
    consultations: mergeKeepCurrent('consultations', current.consultations, incoming.consultations, report),
    notes: [],
    questions: [],
    settings: null,
  };
  const purgedAt = new Map(merged.consultations.filter((c) => c.purgedAt != null).map((c) => [c.id, c.purgedAt!] as const));
  merged.notes = mergeEdited('notes', current.notes, incoming.notes, purgedAt, report, reject);
  merged.questions = mergeEdited('questions', current.questions, incoming.questions, purgedAt, report, reject);
  merged.settings = mergeSettings(current.settings, env.data.data.settings, report, reject);
  return { ok: true, merged, report };
}

function mergeDocuments(cur: BackupData['documents'], inc: BackupData['documents'], report: RestoreReport) {
  const byId = new Map(cur.map((d) => [d.id, d] as const));
  for (const d of inc) {
    const c = byId.get(d.id);
    if (!c) {
      byId.set(d.id, d);
      report.counts.documents.added++;
      continue;
    }
    const next = {
      ...c,
      addedAt: Math.min(c.addedAt, d.addedAt),
      openedAt: Math.max(c.openedAt, d.openedAt),
      meeting: c.meeting ?? d.meeting,
      url: c.url ?? d.url,
    };
    if (canon(next) === canon(c)) report.counts.documents.unchanged++;
    else report.counts.documents.updated++;
    byId.set(d.id, next);
  }
  return [...byId.values()];
}

function mergeKeepCurrent(kind: 'consultations', cur: BackupData['consultations'], inc: BackupData['consultations'], report: RestoreReport) {
  const byId = new Map(cur.map((r) => [r.id, r] as const));
  for (const r of inc) {
    const c = byId.get(r.id);
    if (!c) {
      byId.set(r.id, r);
      report.counts[kind].added++;
    } else if (canon(c) === canon(r)) {
      report.counts[kind].unchanged++;
    } else {
      report.counts[kind].kept++;
      report.kept.push({ kind, id: r.id, reason: '現在の諮問の記録と内容が異なるため、現在の記録を残しました' });
    }
  }
  return [...byId.values()];
}

function mergeEdited<T extends NoteRecord | QuestionRecord>(
  kind: 'notes' | 'questions',
  cur: T[],
  inc: T[],
  purgedAt: Map<string, number>,
  report: RestoreReport,
  reject: (kind: RecordKind, index: number, id: unknown, reason: string) => void,
): T[] {
  const label = KIND_LABEL[kind];
  const byId = new Map(cur.map((r) => [r.id, r] as const));
  inc.forEach((r, index) => {
    const c = byId.get(r.id);
    if (!c) {
      const purged = r.consultationId ? purgedAt.get(r.consultationId) : undefined;
      if (purged != null && r.createdAt <= purged)
        return reject(kind, index, r.id, `答申後に削除した諮問の${label}のため、復元しませんでした`);
      byId.set(r.id, r);
      report.counts[kind].added++;
      return;
    }
    if (canon(c) === canon(r)) {
      report.counts[kind].unchanged++;
    } else if (editedAt(r) > editedAt(c)) {
      byId.set(r.id, r);
      report.counts[kind].updated++;
    } else {
      report.counts[kind].kept++;
      report.kept.push({
        kind,
        id: r.id,
        reason:
          editedAt(r) < editedAt(c)
            ? `現在の${label}の方が新しく編集されているため、バックアップの内容では上書きしませんでした`
            : `同じ時刻に編集された異なる${label}があるため、現在の内容を残しました`,
      });
    }
  });
  return [...byId.values()];
}

function mergeSettings(
  cur: Settings | null,
  raw: unknown,
  report: RestoreReport,
  reject: (kind: 'settings', index: number, id: unknown, reason: string) => void,
): Settings | null {
  if (raw == null) return cur;
  const r = SettingsSchema.safeParse(raw);
  if (!r.success) {
    reject('settings', 0, null, zodReason(r.error));
    return cur;
  }
  const inc = r.data;
  if (!cur) {
    report.settingsFilled = (Object.keys(inc) as (keyof Settings)[]).filter((k) => k !== 'lastBackupAt');
    return inc;
  }
  const next: Settings = { ...cur };
  for (const k of ['memberName', 'councilName', 'meetingName', 'meetingDate', 'secretariatEmail'] as const) {
    if (cur[k].trim() === '' && inc[k].trim() !== '') {
      next[k] = inc[k];
      report.settingsFilled.push(k);
    }
  }
  next.lastBackupAt = Math.max(cur.lastBackupAt ?? 0, inc.lastBackupAt ?? 0) || null;
  return next;
}

/** The report in a few Japanese lines for the panel. */
export function describeReport(report: RestoreReport): string[] {
  const lines: string[] = [];
  for (const kind of RECORD_KINDS) {
    const c = report.counts[kind];
    const parts = [
      c.added && `追加 ${c.added}`,
      c.updated && `更新 ${c.updated}`,
      c.unchanged && `変更なし ${c.unchanged}`,
      c.kept && `現在の内容を維持 ${c.kept}`,
      c.rejected && `除外 ${c.rejected}`,
    ].filter(Boolean);
    if (parts.length) lines.push(`${KIND_LABEL[kind]}: ${parts.join('、')}`);
  }
  if (report.settingsFilled.length) lines.push(`設定: 空欄だった ${report.settingsFilled.length} 項目をバックアップから補いました`);
  for (const r of report.rejected)
    lines.push(`除外（${KIND_LABEL[r.kind]}${r.id ? ` ${r.id}` : ` ${r.index + 1}件目`}）: ${r.reason}`);
  for (const k of report.kept) lines.push(`維持（${KIND_LABEL[k.kind]} ${k.id}）: ${k.reason}`);
  return lines;
}
