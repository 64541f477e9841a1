/**
 * All of the member's records at once, for backup and restore (lib/backup).
 * The page cache is not included: it is re-created from the PDF.
 */
import { z } from 'zod';
import {
  ConsultationRecordSchema,
  DocumentRecordSchema,
  NoteRecordSchema,
  QuestionRecordSchema,
  SettingsSchema,
  type Settings,
} from '../notes/model.ts';
import { db } from './db.ts';
import { getSettings } from './settings.ts';
import { writeTx } from './write.ts';

export const AllRecordsSchema = z.object({
  documents: z.array(DocumentRecordSchema),
  consultations: z.array(ConsultationRecordSchema),
  notes: z.array(NoteRecordSchema),
  questions: z.array(QuestionRecordSchema),
  settings: SettingsSchema.nullable(),
});
export type AllRecords = z.infer<typeof AllRecordsSchema>;

export async function exportAllRecords(): Promise<AllRecords> {
  const d = db();
  return d.transaction('r', [d.documents, d.consultations, d.notes, d.questions, d.settings], async () => ({
    documents: await d.documents.toArray(),
    consultations: await d.consultations.toArray(),
    notes: await d.notes.toArray(),
    questions: await d.questions.toArray(),
    settings: (await getSettings()) as Settings,
  }));
}

export interface ImportOptions {
  /** Remove every existing record first (a full restore). Default: false (put over existing ids). */
  replace?: boolean;
}

/**
 * Write records (already merged by the caller) in one transaction: either all are stored or none.
 * Returns how many records of each kind were written.
 */
export async function importRecords(records: AllRecords, opts: ImportOptions = {}): Promise<Record<keyof AllRecords, number>> {
  const r = AllRecordsSchema.parse(records);
  const d = db();
  return writeTx([d.documents, d.consultations, d.notes, d.questions, d.settings], async () => {
    if (opts.replace) {
      await Promise.all([d.documents.clear(), d.consultations.clear(), d.notes.clear(), d.questions.clear()]);
    }
    await d.documents.bulkPut(r.documents);
    await d.consultations.bulkPut(r.consultations);
    await d.notes.bulkPut(r.notes);
    await d.questions.bulkPut(r.questions);
    if (r.settings) await d.settings.put({ key: 'settings', value: r.settings });
    return {
      documents: r.documents.length,
      consultations: r.consultations.length,
      notes: r.notes.length,
      questions: r.questions.length,
      settings: r.settings ? 1 : 0,
    };
  });
}
