/** One risk note: category (colour), severity × likelihood, comment, tags, quote with its page. */
import { SEVERITY_LEVELS, type NoteRecord } from '../lib/notes/model.ts';
import { deleteNote, restoreNote, updateNote } from '../lib/store/index.ts';
import { useAutosaveField } from './autosave.ts';
import { groupLabel, groupStyle, safeguardLabel } from './labels.ts';
import { PageLink } from './PageLink.tsx';
import { SafeguardSelect } from './SafeguardSelect.tsx';
import { showToast, t } from './state.ts';

const report = (e: unknown) => showToast((e as Error).message, { kind: 'error' });

export function NoteCard(props: { note: NoteRecord; docUrl: string | null; docTitle?: string }) {
  const n = props.note;
  const comment = useAutosaveField(n.comment, (v) => updateNote(n.id, { comment: v }));
  const tags = useAutosaveField(n.tags.join('、'), (v) => updateNote(n.id, { tags: v.split(/[,、，\s]+/) }));
  const base = `note-${n.id}`;
  const risk = n.severity * n.likelihood;
  return (
    <article class="note card" style={groupStyle(n.safeguard)} aria-labelledby={`${base}-h`} data-note-id={n.id}>
      <header class="row">
        <h4 id={`${base}-h`} class="note-title">
          <span class="cat-chip">{safeguardLabel(n.safeguard)}</span>
          {n.safeguard && <span class="muted small"> {groupLabel(n.safeguard)}</span>}
        </h4>
        <span class={`risk risk-${risk >= 9 ? 'high' : risk >= 4 ? 'mid' : 'low'}`} title={t('riskTitle', { s: n.severity, l: n.likelihood })}>{t('risk', { n: risk })}</span>
      </header>
      {props.docTitle && <p class="muted small">{props.docTitle}</p>}
      {n.anchor && (
        <blockquote class="quote">
          <span class="quote-text">{n.anchor.quote}</span>{' '}
          <PageLink url={props.docUrl} page={n.anchor.page} label={n.anchor.pageLabel} />
        </blockquote>
      )}
      <div class="grid2">
        <label>
          {t('category')}
          <SafeguardSelect value={n.safeguard} onChange={(v) => updateNote(n.id, { safeguard: v }).catch(report)} />
        </label>
        <label>
          {t('severity')}
          <select value={String(n.severity)} onChange={(e) => updateNote(n.id, { severity: Number((e.currentTarget as HTMLSelectElement).value) }).catch(report)}>
            {SEVERITY_LEVELS.map((l) => (
              <option key={l} value={String(l)}>{t(`severity_${l}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('likelihood')}
          <select value={String(n.likelihood)} onChange={(e) => updateNote(n.id, { likelihood: Number((e.currentTarget as HTMLSelectElement).value) }).catch(report)}>
            {SEVERITY_LEVELS.map((l) => (
              <option key={l} value={String(l)}>{t(`likelihood_${l}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('tags')}
          <input type="text" placeholder={t('tagsPlaceholder')} {...tags} />
        </label>
      </div>
      <label class="block">
        {t('comment')}
        <textarea class="note-comment" rows={2} {...comment} />
      </label>
      <div class="row end">
        <button
          type="button"
          class="btn-quiet"
          onClick={async () => {
            await deleteNote(n.id).catch(report);
            showToast(t('deletedNote'), { undo: () => restoreNote(n.id) });
          }}
        >
          {t('delete')}
        </button>
      </div>
    </article>
  );
}
