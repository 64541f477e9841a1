/**
 * Notes on the document as a whole (not tied to a consultation): from text selected in the pages'
 * text, or blank. This is where notes go for documents that are not consultation material.
 */
import { locateQuote } from '../lib/anchor/locate.ts';
import { useLiveQuery } from '../lib/store/hooks.ts';
import { createNote, db } from '../lib/store/index.ts';
import type { NoteRecord } from '../lib/notes/model.ts';
import type { PageText } from '../lib/text/types.ts';
import { focusWhenShown } from './focus-new.ts';
import { NoteCard } from './NoteCard.tsx';
import { showToast, t } from './state.ts';

export function DocNotes(props: { docId: string; docUrl: string | null; pages: PageText[] }) {
  const notes = useLiveQuery<NoteRecord[]>(
    async () =>
      (await db().notes.where('docId').equals(props.docId).toArray())
        .filter((n) => n.consultationId === null && n.deletedAt === null)
        .sort((a, b) => a.createdAt - b.createdAt),
    [props.docId],
    [],
  );
  const add = async () => {
    const sel = window.getSelection();
    const text = sel?.toString().trim() ?? '';
    const inPages = sel && sel.rangeCount > 0 && (sel.getRangeAt(0).commonAncestorContainer as Node).parentElement?.closest('.pages, .page-text');
    const anchor = text && inPages ? locateQuote(props.pages, text) : null;
    const focusLater = focusWhenShown();
    try {
      const n = await createNote({ docId: props.docId, consultationId: null, anchor, safeguard: null });
      sel?.removeAllRanges();
      focusLater(() => document.querySelector<HTMLTextAreaElement>(`[data-note-id="${n.id}"] textarea.note-comment`));
    } catch (e) {
      showToast((e as Error).message, { kind: 'error' });
    }
  };
  return (
    <section class="doc-notes" aria-labelledby="doc-notes-h">
      <div class="row">
        <h3 id="doc-notes-h">{t('docNotes')}</h3>
        <span class="spacer" />
        <button type="button" class="btn-small" id="add-doc-note" onMouseDown={(e) => e.preventDefault()} onClick={() => void add()}>
          {t('newNote')}
        </button>
      </div>
      <p class="small muted">{t('docNotesHint')}</p>
      {notes.map((n) => (
        <NoteCard key={n.id} note={n} docUrl={props.docUrl} />
      ))}
    </section>
  );
}
