/** Search and filter across every document's notes and questions; copy the list as text. */
import { useState } from 'preact/hooks';
import { QUESTION_STATUSES, type QuestionStatus } from '../lib/notes/model.ts';
import { useLiveQuery } from '../lib/store/hooks.ts';
import { db, EMPTY_FILTER, searchRecords, type SearchFilter } from '../lib/store/index.ts';
import { hitsToText } from './listText.ts';
import { statusLabel } from './labels.ts';
import { NoteCard } from './NoteCard.tsx';
import { QuestionItem } from './QuestionItem.tsx';
import { SafeguardSelect } from './SafeguardSelect.tsx';
import { showToast, t } from './state.ts';

export function SearchView() {
  const [f, setF] = useState<SearchFilter>(EMPTY_FILTER);
  const data = useLiveQuery(
    async () => ({ notes: await db().notes.toArray(), questions: await db().questions.toArray(), docs: await db().documents.toArray() }),
    [],
    { notes: [], questions: [], docs: [] },
  );
  const hits = searchRecords(data.notes, data.questions, data.docs, f);
  const set = (p: Partial<SearchFilter>) => setF({ ...f, ...p });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(hitsToText(hits));
      showToast(t('copied', { n: hits.length }));
    } catch {
      showToast(t('copyFailed'), { kind: 'error' });
    }
  };
  return (
    <div class="search-view">
      <div role="search" class="filters-panel">
        <label class="block">
          <span class="visually-hidden">{t('search')}</span>
          <input id="search-input" type="search" placeholder={t('searchPlaceholder')} aria-label={t('search')} value={f.text} onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <div class="grid2">
          <label>
            {t('kind')}
            <select value={f.kind} onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value as SearchFilter['kind'] })}>
              <option value="all">{t('kindAll')}</option>
              <option value="note">{t('kindNote')}</option>
              <option value="question">{t('kindQuestion')}</option>
            </select>
          </label>
          <label>
            {t('category')}
            <SafeguardSelect value={f.safeguard} emptyLabel={t('allCategories')} onChange={(v) => set({ safeguard: v ?? '' })} />
          </label>
          <label>
            {t('status')}
            <select value={f.status} onChange={(e) => set({ status: (e.currentTarget as HTMLSelectElement).value as QuestionStatus | '' })}>
              <option value="">{t('allStatuses')}</option>
              {QUESTION_STATUSES.map((s) => (
                <option key={s} value={s}>{statusLabel(s)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('minRisk')}
            <select value={String(f.minRisk)} onChange={(e) => set({ minRisk: Number((e.currentTarget as HTMLSelectElement).value) })}>
              <option value="0">{t('anyRisk')}</option>
              {[4, 6, 9, 12, 16].map((n) => (
                <option key={n} value={String(n)}>≥ {n}</option>
              ))}
            </select>
          </label>
          <label class="span2">
            {t('tabDocument')}
            <select value={f.docId} onChange={(e) => set({ docId: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t('allDocuments')}</option>
              {data.docs.map((d) => (
                <option key={d.id} value={d.id}>{d.title}</option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <div class="row">
        <p class="muted" aria-live="polite">{t('results', { n: hits.length })}</p>
        <span class="spacer" />
        <button type="button" id="copy-list" onClick={() => void copy()} disabled={hits.length === 0}>
          {t('copyList')}
        </button>
      </div>
      {hits.length === 0 && <p class="muted">{t('noResults')}</p>}
      <ul class="hits plain">
        {hits.map((h, i) =>
          h.kind === 'note' ? (
            <li key={h.record.id}>
              <NoteCard note={h.record} docUrl={h.doc?.url ?? null} docTitle={h.doc?.title} />
            </li>
          ) : (
            <QuestionItem key={h.record.id} q={h.record} index={hits.slice(0, i).filter((x) => x.kind === 'question').length} docUrl={h.doc?.url ?? null} docTitle={h.doc?.title} />
          ),
        )}
      </ul>
    </div>
  );
}
