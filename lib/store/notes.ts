/** Risk notes: create, edit (autosave), soft delete with undo, purge after the council's answer. */
import type { Anchor, NoteRecord } from '../notes/model.ts';
import { NoteRecordSchema } from '../notes/model.ts';
import type { SafeguardId } from '../analysis/schema.ts';
import { db } from './db.ts';
import { newId, writeTx } from './write.ts';

export interface NoteInput {
  docId: string;
  consultationId: string | null;
  anchor: Anchor | null;
  safeguard: SafeguardId | null;
  severity?: number;
  likelihood?: number;
  comment?: string;
  tags?: string[];
}

export async function createNote(input: NoteInput, now = Date.now()): Promise<NoteRecord> {
  const rec = NoteRecordSchema.parse({
    id: newId(),
    docId: input.docId,
    consultationId: input.consultationId,
    anchor: input.anchor,
    safeguard: input.safeguard,
    severity: input.severity ?? 2,
    likelihood: input.likelihood ?? 2,
    comment: input.comment ?? '',
    tags: normalizeTags(input.tags ?? []),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  const d = db();
  await writeTx([d.notes], async () => {
    await d.notes.add(rec);
  });
  return rec;
}

export type NotePatch = Partial<Pick<NoteRecord, 'safeguard' | 'severity' | 'likelihood' | 'comment' | 'tags' | 'consultationId'>>;

export async function updateNote(id: string, patch: NotePatch, now = Date.now()): Promise<void> {
  const d = db();
  await writeTx([d.notes], async () => {
    const old = await d.notes.get(id);
    if (!old) return;
    const next = NoteRecordSchema.parse({ ...old, ...patch, tags: normalizeTags(patch.tags ?? old.tags), updatedAt: now });
    await d.notes.put(next);
  });
}

export async function deleteNote(id: string, now = Date.now()): Promise<void> {
  const d = db();
  await writeTx([d.notes], async () => {
    await d.notes.update(id, { deletedAt: now, updatedAt: now });
  });
}

export async function restoreNote(id: string, now = Date.now()): Promise<void> {
  const d = db();
  await writeTx([d.notes], async () => {
    await d.notes.update(id, { deletedAt: null, updatedAt: now });
  });
}

/**
 * After the council's answer (答申): erase every note of one consultation for good (not undoable)
 * and mark the consultation as purged. Questions stay: they are the record of what was asked.
 */
export async function purgeConsultationNotes(consultationId: string, now = Date.now()): Promise<number> {
  const d = db();
  return writeTx([d.notes, d.consultations], async () => {
    const n = await d.notes.where('consultationId').equals(consultationId).delete();
    await d.consultations.update(consultationId, { purgedAt: now });
    return n;
  });
}

export function normalizeTags(tags: string[]): string[] {
  const out: string[] = [];
  for (const t of tags.flatMap((s) => s.split(/[,、，\s]+/))) {
    const v = t.trim().replace(/^#/, '');
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}
