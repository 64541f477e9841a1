/** Advance questions (事前質問): accept/drop engine drafts, write, edit, reorder, status, answers. */
import type { Question, SafeguardId } from '../analysis/schema.ts';
import type { Anchor, QuestionRecord, QuestionStatus } from '../notes/model.ts';
import { QuestionRecordSchema } from '../notes/model.ts';
import { db } from './db.ts';
import { newId, writeTx } from './write.ts';

export interface QuestionInput {
  docId: string;
  consultationId: string | null;
  text: string;
  safeguard?: SafeguardId | null;
  anchor?: Anchor | null;
  origin?: 'engine' | 'member';
}

async function nextOrder(consultationId: string | null, docId: string): Promise<number> {
  const d = db();
  const rows = consultationId
    ? await d.questions.where('consultationId').equals(consultationId).toArray()
    : await d.questions.where('docId').equals(docId).filter((q) => q.consultationId === null).toArray();
  return rows.reduce((m, q) => Math.max(m, q.order + 1), 0);
}

export async function createQuestion(input: QuestionInput, now = Date.now(), deleted = false): Promise<QuestionRecord> {
  const d = db();
  return writeTx([d.questions], async () => {
    const rec = QuestionRecordSchema.parse({
      id: newId(),
      docId: input.docId,
      consultationId: input.consultationId,
      text: input.text,
      safeguard: input.safeguard ?? null,
      anchor: input.anchor ?? null,
      origin: input.origin ?? 'member',
      status: 'draft',
      selected: true,
      order: await nextOrder(input.consultationId, input.docId),
      answer: '',
      createdAt: now,
      updatedAt: now,
      deletedAt: deleted ? now : null,
    });
    await d.questions.add(rec);
    return rec;
  });
}

function draftAnchor(q: Question, pageLabels: (string | null)[]): Anchor | null {
  if (q.page == null) return null;
  return { page: q.page, pageLabel: pageLabels[q.page - 1] ?? null, quote: q.quote ?? '' };
}

/** Accept a question drafted by the review engine into the member's list. */
export function acceptDraft(docId: string, consultationId: string, q: Question, pageLabels: (string | null)[]): Promise<QuestionRecord> {
  return createQuestion({ docId, consultationId, text: q.text, safeguard: q.safeguard, anchor: draftAnchor(q, pageLabels), origin: 'engine' });
}

/** Drop a draft: remembered as a deleted engine question, so it is not offered again (and can be undone). */
export function dropDraft(docId: string, consultationId: string, q: Question, pageLabels: (string | null)[]): Promise<QuestionRecord> {
  return createQuestion(
    { docId, consultationId, text: q.text, safeguard: q.safeguard, anchor: draftAnchor(q, pageLabels), origin: 'engine' },
    Date.now(),
    true,
  );
}

/** The engine drafts the member has neither accepted nor dropped yet. */
export function pendingDrafts(drafts: Question[], stored: QuestionRecord[]): Question[] {
  const seen = new Set(stored.filter((r) => r.origin === 'engine').map((r) => r.text));
  return drafts.filter((q) => !seen.has(q.text));
}

export type QuestionPatch = Partial<Pick<QuestionRecord, 'text' | 'status' | 'answer' | 'selected' | 'safeguard'>>;

export async function updateQuestion(id: string, patch: QuestionPatch, now = Date.now()): Promise<void> {
  const d = db();
  await writeTx([d.questions], async () => {
    const old = await d.questions.get(id);
    if (!old) return;
    await d.questions.put(QuestionRecordSchema.parse({ ...old, ...patch, updatedAt: now }));
  });
}

export async function setQuestionStatus(id: string, status: QuestionStatus): Promise<void> {
  await updateQuestion(id, { status });
}

export async function deleteQuestion(id: string, now = Date.now()): Promise<void> {
  const d = db();
  await writeTx([d.questions], async () => {
    await d.questions.update(id, { deletedAt: now, updatedAt: now });
  });
}

export async function restoreQuestion(id: string, now = Date.now()): Promise<void> {
  const d = db();
  await writeTx([d.questions], async () => {
    await d.questions.update(id, { deletedAt: null, updatedAt: now });
  });
}

/** Give the questions the order of `ids` (after a drag or a keyboard move). */
export async function reorderQuestions(ids: string[], now = Date.now()): Promise<void> {
  const d = db();
  await writeTx([d.questions], async () => {
    for (const [i, id] of ids.entries()) await d.questions.update(id, { order: i, updatedAt: now });
  });
}

/** Move one question up (-1) or down (+1) among `ids` (the visible list, in order); returns the new order. */
export function moveInList(ids: string[], id: string, delta: number): string[] {
  const i = ids.indexOf(id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= ids.length) return ids;
  const out = ids.slice();
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

export function sortQuestions(rows: QuestionRecord[]): QuestionRecord[] {
  return rows.slice().sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
}
