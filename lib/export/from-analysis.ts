/**
 * Turn `analysis@1` results (the command line's engine output) into the member's records, every
 * drafted question selected, so `npm run analyze -- --format` prints exactly what the panel exports.
 */
import type { Analysis } from '../analysis/schema.ts';
import type { ConsultationRecord, DocumentRecord, QuestionRecord } from '../notes/model.ts';

export function fromAnalyses(
  results: Analysis[],
  now = 0,
): { documents: DocumentRecord[]; consultations: ConsultationRecord[]; questions: QuestionRecord[] } {
  const documents: DocumentRecord[] = [];
  const consultations: ConsultationRecord[] = [];
  const questions: QuestionRecord[] = [];
  const seen = new Set<string>();
  for (const a of results) {
    if (seen.has(a.sha256)) continue;
    seen.add(a.sha256);
    const fileName = a.file.split(/[\\/]/).pop() ?? a.file;
    documents.push({
      id: a.sha256,
      title: fileName.replace(/\.pdf$/i, ''),
      fileName,
      url: null,
      meeting: null,
      pageCount: a.pageCount,
      pageLabels: a.pages.map((p) => p.label),
      addedAt: now,
      openedAt: now,
    });
    a.consultations.forEach((c, ci) => {
      const cid = `${a.sha256}:${ci}`;
      consultations.push({
        id: cid,
        docId: a.sha256,
        order: ci,
        number: c.number,
        title: c.title,
        types: c.types,
        pageStart: c.pageStart,
        pageEnd: c.pageEnd,
        purgedAt: null,
      });
      c.questions.forEach((q, qi) => {
        questions.push({
          id: `${cid}:q${qi}`,
          docId: a.sha256,
          consultationId: cid,
          text: q.text,
          safeguard: q.safeguard,
          anchor:
            q.page != null
              ? { page: q.page, pageLabel: a.pages[q.page - 1]?.label ?? null, quote: q.quote ?? '' }
              : null,
          origin: 'engine',
          status: 'draft',
          selected: true,
          order: qi,
          answer: '',
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        });
      });
    });
  }
  return { documents, consultations, questions };
}
