/** The member's questions of one consultation: reorder by drag (sortablejs) or keyboard, write new ones. */
import Sortable from 'sortablejs';
import { useEffect, useRef } from 'preact/hooks';
import { signal, type Signal } from '@preact/signals';
import type { QuestionRecord } from '../lib/notes/model.ts';
import { createQuestion, moveInList, reorderQuestions } from '../lib/store/index.ts';
import { QuestionItem } from './QuestionItem.tsx';
import { showToast, t } from './state.ts';

const report = (e: unknown) => showToast((e as Error).message, { kind: 'error' });

/**
 * The unsent new question of each consultation, shared by every card that shows it: while the final analysis
 * replaces the early one, the old and the new card can both be on screen for a moment, and what is typed into one
 * must be what the other's 「質問を追加」 sends (a per-card copy left the new card's button disabled).
 */
const unsentDrafts = new Map<string, Signal<string>>();
function draftOf(consultationId: string): Signal<string> {
  let d = unsentDrafts.get(consultationId);
  if (!d) unsentDrafts.set(consultationId, (d = signal('')));
  return d;
}

export function QuestionList(props: { docId: string; consultationId: string; questions: QuestionRecord[]; docUrl: string | null; headingId: string }) {
  const listRef = useRef<HTMLOListElement>(null);
  const idsRef = useRef<string[]>([]);
  idsRef.current = props.questions.map((q) => q.id);
  // The unsent new question lives outside the component: a consultation card re-mounted while the final
  // analysis replaces the early one must not drop what the member was typing.
  const draftSignal = draftOf(props.consultationId);
  const draft = draftSignal.value;
  const setDraft = (v: string) => {
    draftSignal.value = v;
  };

  useEffect(() => {
    if (!listRef.current) return;
    const s = Sortable.create(listRef.current, {
      handle: '.drag-handle',
      animation: 120,
      onEnd: (evt) => {
        const { from, item, oldIndex, newIndex } = evt;
        if (oldIndex === undefined || newIndex === undefined || oldIndex === newIndex) return;
        // Put the DOM back as Preact rendered it; the new order comes back through liveQuery.
        from.removeChild(item);
        from.insertBefore(item, from.children[oldIndex] ?? null);
        const ids = idsRef.current.slice();
        const [moved] = ids.splice(oldIndex, 1);
        ids.splice(newIndex, 0, moved);
        reorderQuestions(ids).catch(report);
      },
    });
    return () => s.destroy();
  }, []);

  const move = async (id: string, delta: number) => {
    const ids = moveInList(idsRef.current, id, delta);
    if (ids === idsRef.current) return;
    await reorderQuestions(ids).catch(report);
    // keep keyboard focus on the moved question's text
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLTextAreaElement>(`[data-question-id="${id}"] textarea.q-text`)?.focus());
  };

  const add = async () => {
    const text = draft.trim();
    if (!text) return;
    await createQuestion({ docId: props.docId, consultationId: props.consultationId, text }).then(() => setDraft(''), report);
  };

  return (
    <div class="questions">
      {props.questions.length === 0 && <p class="muted">{t('noQuestions')}</p>}
      <ol ref={listRef} class="question-list" aria-labelledby={props.headingId}>
        {props.questions.map((q, i) => (
          <QuestionItem
            key={q.id}
            q={q}
            index={i}
            docUrl={props.docUrl}
            onMove={(d) => void move(q.id, d)}
            canUp={i > 0}
            canDown={i < props.questions.length - 1}
          />
        ))}
      </ol>
      <div class="new-question">
        <label class="block">
          {t('newQuestion')}
          <textarea
            class="new-question-text"
            rows={2}
            value={draft}
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void add();
              }
            }}
          />
        </label>
        <button type="button" onClick={() => void add()} disabled={!draft.trim()}>
          {t('addQuestion')}
        </button>
      </div>
    </div>
  );
}
