/** Documents the member opened, grouped by meeting; reopen, set the meeting, delete with undo. */
import { useLiveQuery } from '../lib/store/hooks.ts';
import { db, deleteDocument, groupByMeeting, restoreDocument } from '../lib/store/index.ts';
import type { DocumentRecord } from '../lib/notes/model.ts';
import { formatDate } from './labels.ts';
import { reopenStored } from './pipeline.ts';
import { EMPTY_SESSION, session, showToast, t, tab } from './state.ts';

export function DocumentsView() {
  const data = useLiveQuery(
    async () => {
      const docs = await db().documents.toArray();
      const counts = new Map<string, { notes: number; questions: number }>();
      for (const d of docs) {
        counts.set(d.id, {
          notes: await db().notes.where('docId').equals(d.id).filter((n) => n.deletedAt === null).count(),
          questions: await db().questions.where('docId').equals(d.id).filter((q) => q.deletedAt === null).count(),
        });
      }
      return { docs, counts };
    },
    [],
    { docs: [] as DocumentRecord[], counts: new Map<string, { notes: number; questions: number }>() },
  );
  if (data.docs.length === 0) return <p class="muted">{t('noDocuments')}</p>;
  return (
    <div class="documents-view">
      {groupByMeeting(data.docs).map((g) => (
        <section key={g.meeting ?? '-'} aria-label={g.meeting ?? t('noMeeting')}>
          <h3>{g.meeting ?? t('noMeeting')}</h3>
          <ul class="plain">
            {g.docs.map((d) => {
              const c = data.counts.get(d.id) ?? { notes: 0, questions: 0 };
              return (
                <li key={d.id} class="card doc-item">
                  <p class="doc-item-title">{d.title}</p>
                  <p class="small muted">
                    {d.fileName} · {t('opened', { date: formatDate(d.openedAt) })} · {t('counts', c)}
                  </p>
                  <div class="row end">
                    <button
                      type="button"
                      onClick={async () => {
                        tab.value = 'document';
                        await reopenStored(d.id);
                      }}
                    >
                      {t('openAgain')}
                    </button>
                    <button
                      type="button"
                      class="btn-quiet"
                      aria-label={`${t('delete')}: ${d.title}`}
                      onClick={async () => {
                        const snap = await deleteDocument(d.id).catch((e) => void showToast((e as Error).message, { kind: 'error' }));
                        if (!snap) return;
                        if (session.value.docId === d.id) session.value = EMPTY_SESSION;
                        showToast(t('deleted', { title: d.title }), { undo: () => restoreDocument(snap) });
                      }}
                    >
                      {t('delete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
