/** One advance question: inline text, status, secretariat's answer, page reference, move and delete. */
import { QUESTION_STATUSES, type QuestionRecord, type QuestionStatus } from '../lib/notes/model.ts';
import { deleteQuestion, restoreQuestion, updateQuestion } from '../lib/store/index.ts';
import { useAutosaveField } from './autosave.ts';
import { safeguardLabel, statusLabel } from './labels.ts';
import { PageLink } from './PageLink.tsx';
import { showToast, t } from './state.ts';

const report = (e: unknown) => showToast((e as Error).message, { kind: 'error' });

export function QuestionItem(props: {
  q: QuestionRecord;
  index: number;
  docUrl: string | null;
  docTitle?: string;
  onMove?: (delta: number) => void;
  canUp?: boolean;
  canDown?: boolean;
}) {
  const q = props.q;
  const text = useAutosaveField(q.text, (v) => updateQuestion(q.id, { text: v }));
  const answer = useAutosaveField(q.answer, (v) => updateQuestion(q.id, { answer: v }));
  const id = `q-${q.id}`;
  return (
    <li
      class={`question card status-${q.status}`}
      data-question-id={q.id}
      aria-labelledby={`${id}-n`}
      onKeyDown={(e) => {
        if (!props.onMove || !e.altKey) return;
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          e.preventDefault();
          props.onMove(e.key === 'ArrowUp' ? -1 : 1);
        }
      }}
    >
      <div class="row">
        {props.onMove && (
          <span class="drag-handle" title={t('dragHandle')} aria-hidden="true">
            ⋮⋮
          </span>
        )}
        <span id={`${id}-n`} class="q-num">
          {lang_q(props.index)}
        </span>
        {q.safeguard && <span class="cat-chip small">{safeguardLabel(q.safeguard)}</span>}
        {q.anchor && <PageLink url={props.docUrl} page={q.anchor.page} label={q.anchor.pageLabel} />}
        <span class="spacer" />
        {props.onMove && (
          <>
            <button type="button" class="btn-icon" aria-label={`${t('moveUp')}（${lang_q(props.index)}）`} disabled={!props.canUp} onClick={() => props.onMove!(-1)}>
              ↑
            </button>
            <button type="button" class="btn-icon" aria-label={`${t('moveDown')}（${lang_q(props.index)}）`} disabled={!props.canDown} onClick={() => props.onMove!(1)}>
              ↓
            </button>
          </>
        )}
      </div>
      {props.docTitle && <p class="muted small">{props.docTitle}</p>}
      <label class="block">
        <span class="visually-hidden">{t('questionText')}</span>
        <textarea class="q-text" rows={3} aria-label={`${t('questionText')} ${lang_q(props.index)}`} {...text} />
      </label>
      <div class="row wrap">
        <label>
          {t('status')}{' '}
          <select
            class="q-status"
            value={q.status}
            onChange={(e) => updateQuestion(q.id, { status: (e.currentTarget as HTMLSelectElement).value as QuestionStatus }).catch(report)}
          >
            {QUESTION_STATUSES.map((s) => (
              <option key={s} value={s}>{statusLabel(s)}</option>
            ))}
          </select>
        </label>
        <label class="inline">
          <input type="checkbox" checked={q.selected} onChange={(e) => updateQuestion(q.id, { selected: (e.currentTarget as HTMLInputElement).checked }).catch(report)} />
          {t('includeInExport')}
        </label>
        <span class="spacer" />
        <button
          type="button"
          class="btn-quiet"
          onClick={async () => {
            await deleteQuestion(q.id).catch(report);
            showToast(t('deletedQuestion'), { undo: () => restoreQuestion(q.id) });
          }}
        >
          {t('delete')}
        </button>
      </div>
      {(q.status !== 'draft' || q.answer) && (
        <label class="block">
          {t('answer')}
          <textarea class="q-answer" rows={2} {...answer} />
        </label>
      )}
    </li>
  );
}

function lang_q(i: number): string {
  return `Q${i + 1}`;
}
