/** Search and filter across every document's notes and questions (pure, in memory). */
import type { SafeguardId } from '../analysis/schema.ts';
import type { DocumentRecord, NoteRecord, QuestionRecord, QuestionStatus } from '../notes/model.ts';

export interface SearchFilter {
  text: string;
  kind: 'all' | 'note' | 'question';
  safeguard: SafeguardId | '';
  status: QuestionStatus | '';
  docId: string | '';
  /** Notes whose severity × likelihood is at least this (0 = any). */
  minRisk: number;
}

export const EMPTY_FILTER: SearchFilter = { text: '', kind: 'all', safeguard: '', status: '', docId: '', minRisk: 0 };

export type SearchHit =
  | { kind: 'note'; record: NoteRecord; doc: DocumentRecord | undefined }
  | { kind: 'question'; record: QuestionRecord; doc: DocumentRecord | undefined };

/** NFKC + lower case, so that ＩＳＭＳ finds ISMS and ｶﾀｶﾅ finds カタカナ. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

export function searchRecords(
  notes: NoteRecord[],
  questions: QuestionRecord[],
  docs: DocumentRecord[],
  f: SearchFilter,
): SearchHit[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const terms = fold(f.text).split(/\s+/).filter(Boolean);
  const matches = (hay: string) => {
    const h = fold(hay);
    return terms.every((t) => h.includes(t));
  };
  const hits: SearchHit[] = [];
  if (f.kind !== 'question' && !f.status) {
    for (const n of notes) {
      if (n.deletedAt !== null) continue;
      if (f.docId && n.docId !== f.docId) continue;
      if (f.safeguard && n.safeguard !== f.safeguard) continue;
      if (f.minRisk && n.severity * n.likelihood < f.minRisk) continue;
      const doc = byId.get(n.docId);
      if (!matches([n.comment, n.tags.join(' '), n.anchor?.quote ?? '', doc?.title ?? ''].join('\n'))) continue;
      hits.push({ kind: 'note', record: n, doc });
    }
  }
  if (f.kind !== 'note' && !f.minRisk) {
    for (const q of questions) {
      if (q.deletedAt !== null) continue;
      if (f.docId && q.docId !== f.docId) continue;
      if (f.safeguard && q.safeguard !== f.safeguard) continue;
      if (f.status && q.status !== f.status) continue;
      const doc = byId.get(q.docId);
      if (!matches([q.text, q.answer, q.anchor?.quote ?? '', doc?.title ?? ''].join('\n'))) continue;
      hits.push({ kind: 'question', record: q, doc });
    }
  }
  return hits.sort((a, b) => b.record.updatedAt - a.record.updatedAt);
}

/** Documents grouped by meeting (newest opened first; documents without a meeting last). */
export function groupByMeeting(docs: DocumentRecord[]): { meeting: string | null; docs: DocumentRecord[] }[] {
  const groups = new Map<string | null, DocumentRecord[]>();
  for (const d of docs.slice().sort((a, b) => b.openedAt - a.openedAt)) {
    const k = d.meeting ?? null;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(d);
  }
  return [...groups.entries()]
    .map(([meeting, docs]) => ({ meeting, docs }))
    .sort((a, b) => (a.meeting === null ? 1 : b.meeting === null ? -1 : b.docs[0].openedAt - a.docs[0].openedAt));
}
