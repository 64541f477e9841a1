/** Documents and their consultations. */
import type { ConsultationRecord, DocumentRecord, NoteRecord, QuestionRecord } from '../notes/model.ts';
import { ConsultationRecordSchema, DocumentRecordSchema } from '../notes/model.ts';
import { db } from './db.ts';
import { writeTx } from './write.ts';

export interface DocumentInput {
  id: string;
  title: string;
  fileName: string;
  url: string | null;
  pageCount: number;
  pageLabels: (string | null)[];
  meeting?: string | null;
}

export interface ConsultationInput {
  number: string | null;
  title: string;
  types: ConsultationRecord['types'];
  pageStart: number;
  pageEnd: number;
}

/**
 * Store (or refresh) a document the member opened, with its consultations in agenda order.
 * Keeps what the member set before: the meeting, when it was first added, purge marks.
 */
export async function saveDocument(input: DocumentInput, consultations: ConsultationInput[] | null, now = Date.now()): Promise<DocumentRecord> {
  const d = db();
  return writeTx([d.documents, d.consultations], async () => {
    const old = await d.documents.get(input.id);
    const rec = DocumentRecordSchema.parse({
      id: input.id,
      title: input.title,
      fileName: input.fileName,
      url: input.url ?? old?.url ?? null,
      meeting: input.meeting !== undefined ? input.meeting : (old?.meeting ?? null),
      pageCount: input.pageCount,
      pageLabels: input.pageLabels,
      addedAt: old?.addedAt ?? now,
      openedAt: now,
    });
    await d.documents.put(rec);
    if (consultations) {
      const existing = new Map((await d.consultations.where('docId').equals(input.id).toArray()).map((c) => [c.id, c]));
      const rows = consultations.map((c, order) =>
        ConsultationRecordSchema.parse({
          id: consultationId(input.id, order),
          docId: input.id,
          order,
          number: c.number,
          title: c.title,
          types: c.types,
          pageStart: c.pageStart,
          pageEnd: c.pageEnd,
          purgedAt: existing.get(consultationId(input.id, order))?.purgedAt ?? null,
        }),
      );
      await d.consultations.bulkPut(rows);
      const stale = [...existing.keys()].filter((k) => !rows.some((r) => r.id === k));
      if (stale.length) await d.consultations.bulkDelete(stale);
    }
    return rec;
  });
}

export function consultationId(docId: string, order: number): string {
  return `${docId}:${order}`;
}

export async function setDocumentMeeting(id: string, meeting: string | null): Promise<void> {
  const d = db();
  await writeTx([d.documents], async () => {
    await d.documents.update(id, { meeting: meeting?.trim() ? meeting.trim() : null });
  });
}

/** Everything removed with a document, so that "undo" can put it back. */
export interface DeletedDocument {
  document: DocumentRecord;
  consultations: ConsultationRecord[];
  notes: NoteRecord[];
  questions: QuestionRecord[];
}

export async function deleteDocument(id: string): Promise<DeletedDocument | null> {
  const d = db();
  return writeTx([d.documents, d.consultations, d.notes, d.questions, d.pageCache], async () => {
    const document = await d.documents.get(id);
    if (!document) return null;
    const snap: DeletedDocument = {
      document,
      consultations: await d.consultations.where('docId').equals(id).toArray(),
      notes: await d.notes.where('docId').equals(id).toArray(),
      questions: await d.questions.where('docId').equals(id).toArray(),
    };
    await d.documents.delete(id);
    await d.consultations.where('docId').equals(id).delete();
    await d.notes.where('docId').equals(id).delete();
    await d.questions.where('docId').equals(id).delete();
    await d.pageCache.delete(id);
    return snap;
  });
}

export async function restoreDocument(snap: DeletedDocument): Promise<void> {
  const d = db();
  await writeTx([d.documents, d.consultations, d.notes, d.questions], async () => {
    await d.documents.put(snap.document);
    await d.consultations.bulkPut(snap.consultations);
    await d.notes.bulkPut(snap.notes);
    await d.questions.bulkPut(snap.questions);
  });
}
