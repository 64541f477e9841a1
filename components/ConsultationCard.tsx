/**
 * One consultation: its security sections (evidence and vague phrases highlighted), the checklist,
 * drafted questions, the member's questions and risk notes, and the purge after 答申.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Question, SafeguardResult } from '../lib/analysis/schema.ts';
import { locateQuote } from '../lib/anchor/locate.ts';
import type { MarkRequest } from '../lib/anchor/highlight.ts';
import { useLiveQuery } from '../lib/store/hooks.ts';
import {
  acceptDraft,
  consultationId as makeCid,
  createNote,
  db,
  dropDraft,
  pendingDrafts,
  purgeConsultationNotes,

  sortQuestions,
} from '../lib/store/index.ts';
import type { NoteRecord, QuestionRecord, ConsultationRecord } from '../lib/notes/model.ts';
import type { PageText } from '../lib/text/types.ts';
import { Checklist } from './Checklist.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { focusWhenShown } from './focus-new.ts';
import { Highlighted } from './Highlighted.tsx';
import { formatDate, safeguardLabel, typeLabel, vagueReason } from './labels.ts';
import { goToToc } from './ConsultationToc.tsx';
import { SectionBlock } from './SectionBlock.tsx';
import { NoteCard } from './NoteCard.tsx';
import { PageLink } from './PageLink.tsx';
import { QuestionList } from './QuestionList.tsx';
import { showToast, t, type ConsultationView } from './state.ts';

const report = (e: unknown) => showToast((e as Error).message, { kind: 'error' });

interface Stored {
  notes: NoteRecord[];
  questions: QuestionRecord[];
  record: ConsultationRecord | undefined;
}

export function ConsultationCard(props: { view: ConsultationView; order: number; docId: string; docUrl: string | null; pages: PageText[]; withToc?: boolean }) {
  const { found, review } = props.view;
  const cid = makeCid(props.docId, props.order);
  const labels = props.pages.map((p) => p.label);
  const stored = useLiveQuery<Stored>(
    async () => ({
      notes: (await db().notes.where('consultationId').equals(cid).toArray()).filter((n) => n.deletedAt === null).sort((a, b) => a.createdAt - b.createdAt),
      questions: await db().questions.where('consultationId').equals(cid).toArray(),
      record: await db().consultations.get(cid),
    }),
    [cid],
    { notes: [], questions: [], record: undefined },
  );
  const [confirmPurge, setConfirmPurge] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const hid = `c-${props.order}`;

  const marks = useMemo<MarkRequest[]>(() => {
    const m: MarkRequest[] = [];
    for (const s of review?.safeguards ?? []) for (const ev of s.evidence) m.push({ quote: ev.quote, kind: s.status === 'vague' ? 'vague' : 'evidence', label: safeguardLabel(s.id) });
    for (const v of review?.vaguePhrases ?? []) m.push({ quote: v.quote, kind: 'vague', label: vagueReason(v.rule, v.quote) });
    for (const n of stored.notes) if (n.anchor?.quote) m.push({ quote: n.anchor.quote, kind: 'note', label: `${t('legendNote')}: ${safeguardLabel(n.safeguard)}` });
    return m;
  }, [review, stored.notes]);

  const activeQuestions = sortQuestions(stored.questions.filter((q) => q.deletedAt === null));
  const drafts = review ? pendingDrafts(review.questions, stored.questions) : [];

  /** The comment field of a note just made (focused once shown, unless the member has gone on: focus-new.ts). */
  const noteComment = (id: string) => () => rootRef.current?.querySelector<HTMLTextAreaElement>(`[data-note-id="${id}"] textarea.note-comment`);

  const noteFromSelection = async (sectionEl: HTMLElement | null, pageStart: number, pageEnd: number) => {
    const sel = window.getSelection();
    const text = sel?.toString().trim() ?? '';
    const inside = sel && sel.rangeCount > 0 && sectionEl?.contains(sel.getRangeAt(0).commonAncestorContainer);
    if (!text || !inside) return showToast(t('noteNoSelection'));
    const anchor = locateQuote(props.pages, text, pageStart, pageEnd) ?? { page: pageStart, pageLabel: labels[pageStart - 1] ?? null, quote: text };
    const focusLater = focusWhenShown();
    const n = await createNote({ docId: props.docId, consultationId: cid, anchor, safeguard: null }).catch(report);
    sel?.removeAllRanges();
    if (n) focusLater(noteComment(n.id));
  };

  const takeFinding = async (r: SafeguardResult) => {
    const ev = r.evidence[0];
    const anchor = ev ? (locateQuote(props.pages, ev.quote, ev.page, ev.page) ?? { page: ev.page, pageLabel: labels[ev.page - 1] ?? null, quote: ev.quote }) : null;
    const focusLater = focusWhenShown();
    const n = await createNote({
      docId: props.docId,
      consultationId: cid,
      anchor,
      safeguard: r.id,
      severity: r.status === 'missing' ? 3 : 2,
      likelihood: 2,
    }).catch(report);
    if (n) focusLater(noteComment(n.id));
  };

  /** After a draft is accepted or dropped, keep the keyboard where the member was: the next draft, else the new-question field. */
  const keepDraftFocus = (i: number) =>
    setTimeout(() => {
      const root = rootRef.current;
      const next = root?.querySelectorAll<HTMLButtonElement>('.drafts .draft .btn-primary')[i] ?? root?.querySelector<HTMLButtonElement>('.drafts .draft:last-child .btn-primary');
      (next ?? root?.querySelector<HTMLTextAreaElement>('.new-question-text'))?.focus();
    }, 80);

  const title = [found.number, found.title].filter(Boolean).join(' ');
  return (
    <section class="consultation" aria-labelledby={hid} ref={rootRef} data-consultation={props.order}>
      <h3 id={hid} tabIndex={-1} class="consultation-title">
        {title}
      </h3>
      <p class="row wrap small">
        {found.types.map((ty) => (
          <span key={ty} class="type-chip">{typeLabel(ty)}</span>
        ))}
        <span class="muted">{t('consultationPages', { from: found.pageStart, to: found.pageEnd })}</span>
        <PageLink url={props.docUrl} page={found.pageStart} label={labels[found.pageStart - 1]} />
        {props.withToc && (
          <>
            <span class="spacer" />
            <a href="#consultation-toc" class="back-to-toc" onClick={(e) => { e.preventDefault(); goToToc(props.order); }}>
              {t('backToToc')}
            </a>
          </>
        )}
      </p>

      <details open class="part">
        <summary><h4>{t('securitySections')}</h4></summary>
        {found.securitySections.length > 0 && (
          <p class="legend small">
            <span>{t('legend')}</span> <mark class="mk mk-evidence">{t('legendEvidence')}</mark> <mark class="mk mk-vague">{t('legendVague')}</mark>{' '}
            <mark class="mk mk-note">{t('legendNote')}</mark> <span class="muted">{t('legendHint')}</span>
          </p>
        )}
        {found.securitySections.length === 0 && <p class="muted">{t('noSections')}</p>}
        {found.securitySections.map((s, i) => (
          <SectionBlock key={i} heading={s.heading} text={s.text} pageStart={s.pageStart} pageEnd={s.pageEnd} marks={marks} docUrl={props.docUrl} labels={labels} onNote={noteFromSelection} />
        ))}
      </details>

      <details open class="part">
        <summary><h4>{t('checklist')}</h4></summary>
        <p class="small muted part-hint">{t('checklistHint')}</p>
        {review ? <Checklist items={review.safeguards} docUrl={props.docUrl} labels={labels} sections={found.securitySections} name={`flt-${props.docId.slice(0, 8)}-${props.order}`} onTake={(r) => void takeFinding(r)} /> : <p class="muted" role="status">{t('reviewing')}</p>}
      </details>

      <details open class="part">
        <summary><h4>{t('drafts')}</h4></summary>
        {drafts.length > 0 && <p class="small muted part-hint">{t('draftsHint')}</p>}
        {!review ? (
          <p class="muted">{t('reviewing')}</p>
        ) : drafts.length === 0 ? (
          <p class="muted">{t('noDrafts')}</p>
        ) : (
          <ul class="drafts">
            {drafts.map((q, i) => (
              <DraftItem key={q.text} q={q} n={i} docUrl={props.docUrl} labels={labels}
                onAccept={async () => {
                  const rec = await acceptDraft(props.docId, cid, q, labels).catch(report);
                  if (rec) showToast(t('acceptedDraft'), { undo: async () => { await db().questions.delete(rec.id); } });
                  keepDraftFocus(i);
                }}
                onDrop={async () => {
                  const rec = await dropDraft(props.docId, cid, q, labels).catch(report);
                  if (rec) showToast(t('droppedDraft'), { undo: async () => { await db().questions.delete(rec.id); } });
                  keepDraftFocus(i);
                }}
              />
            ))}
          </ul>
        )}
      </details>

      <details open class="part">
        <summary><h4 id={`${hid}-q`}>{t('myQuestions')}</h4></summary>
        <QuestionList docId={props.docId} consultationId={cid} questions={activeQuestions} docUrl={props.docUrl} headingId={`${hid}-q`} />
      </details>

      <details open class="part">
        <summary><h4>{t('riskNotes')}</h4></summary>
        {stored.notes.length === 0 && <p class="muted">{stored.record?.purgedAt ? t('purgedAt', { date: formatDate(stored.record.purgedAt) }) : t('noNotes')}</p>}
        <div class="notes">
          {stored.notes.map((n) => (
            <NoteCard key={n.id} note={n} docUrl={props.docUrl} />
          ))}
        </div>
        {stored.notes.length > 0 && (
          <button type="button" class="btn-danger" onClick={() => setConfirmPurge(true)}>
            {t('purge')}
          </button>
        )}
      </details>
      {confirmPurge && (
        <ConfirmDialog
          message={t('purgeConfirm', { title, n: stored.notes.length })}
          confirmLabel={t('confirm')}
          onCancel={() => setConfirmPurge(false)}
          onConfirm={async () => {
            setConfirmPurge(false);
            await purgeConsultationNotes(cid).then(() => showToast(t('purgeDone', { title })), report);
          }}
        />
      )}
    </section>
  );
}

function DraftItem(props: { q: Question; n: number; docUrl: string | null; labels: (string | null)[]; onAccept: () => void; onDrop: () => void }) {
  const q = props.q;
  return (
    <li class="draft card">
      <p class="draft-text">{q.text}</p>
      <div class="row wrap small">
        {q.safeguard && <span class="cat-chip">{safeguardLabel(q.safeguard)}</span>}
        {q.page != null && <PageLink url={props.docUrl} page={q.page} label={props.labels[q.page - 1]} />}
        <span class="spacer" />
        <span class="actions">
          <button type="button" class="btn-primary small" onClick={props.onAccept}>{t('accept')}</button>
          <button type="button" class="btn-quiet small" onClick={props.onDrop}>{t('drop')}</button>
        </span>
      </div>
    </li>
  );
}

