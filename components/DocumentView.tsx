/** The open document: header, progress, errors, consultations in agenda order, and the pages' text. */
import { memo } from 'preact/compat';
import type { PageText } from '../lib/text/types.ts';
import { useLiveQuery } from '../lib/store/hooks.ts';
import { db, setDocumentMeeting } from '../lib/store/index.ts';
import { useAutosaveField } from './autosave.ts';
import { ConsultationCard } from './ConsultationCard.tsx';
import { ConsultationToc } from './ConsultationToc.tsx';
import { DocNotes } from './DocNotes.tsx';
import { ErrorBox } from './ErrorBox.tsx';
import { pageRefText } from './labels.ts';
import { OpenBar } from './OpenBar.tsx';
import { Progress } from './Progress.tsx';
import { lang, session, t } from './state.ts';

export function DocumentView() {
  const s = session.value;
  return (
    <div class="document-view">
      <OpenBar />
      {s.phase === 'idle' && <p class="hint">{t('openHint')}</p>}
      <Progress />
      <ErrorBox />
      {s.docId && <DocHeader />}
      {s.consultations && (
        <div class="consultations">
          {s.detection && !s.detection.isConsultation && <p class="notice" role="note">{t('notConsultation')}</p>}
          {s.detection?.isConsultation && s.consultations.length === 0 && <p class="notice">{t('noConsultations')}</p>}
          <ConsultationToc items={s.consultations} />
          {s.consultations.length > 0 && <h2 class="visually-hidden">{t('consultations')}</h2>}
          {s.consultations.map((c, i) => (
            <ConsultationCard key={`${s.docId}-${i}`} view={c} order={i} docId={s.docId!} docUrl={s.docUrl} pages={s.pages} withToc={s.consultations!.length > 1} />
          ))}
        </div>
      )}
      {s.docId && s.consultations && <DocNotes docId={s.docId} docUrl={s.docUrl} pages={s.pages} />}
      {s.pages.length > 0 && <PagesText />}
    </div>
  );
}

function DocHeader() {
  const s = session.value;
  const rec = useLiveQuery(() => db().documents.get(s.docId!), [s.docId], undefined);
  const meeting = useAutosaveField(rec?.meeting ?? '', (v) => setDocumentMeeting(s.docId!, v));
  return (
    <header class="doc-header">
      <h2 class="doc-title">{s.title}</h2>
      <p class="row wrap small muted">
        <span>{s.fileName}</span>
        {s.pages.length > 0 && <span>{t('documentPages', { n: s.progress.total || s.pages.length })}</span>}
        {s.fromCache && <span>{t('fromCache')}</span>}
        {s.sectionsShownMs !== null && (
          // data-since-load: the same moment on the page's clock (performance.now(): ms since the panel began to load)
          <span data-testid="shown-ms" data-since-load={Math.round(s.startedAt + s.sectionsShownMs)}>
            {t('loadedIn', { ms: s.sectionsShownMs })}
          </span>
        )}
        {s.docUrl && (
          <a href={s.docUrl} target="_blank" rel="noopener">
            {t('openPdf')}
          </a>
        )}
      </p>
      {rec && (
        <label class="row small">
          {t('meeting')}
          <input type="text" class="meeting-input" placeholder={t('meetingPlaceholder')} {...meeting} />
        </label>
      )}
    </header>
  );
}

function PagesText() {
  const s = session.value;
  const open = !s.consultations || s.consultations.length === 0;
  const cut = s.pages.filter((p) => p.timedOut);
  return (
    <>
      {cut.length > 0 && (
        <p class="notice" role="note" data-testid="pages-cut">
          {t('pagesCut', { pages: cut.map((p) => pageRefText(p.index, p.label)).join('、') })}
        </p>
      )}
      <details class="pages" open={open}>
        <summary>
          <h3 class="inline-heading">{t('pagesText')}</h3>
        </summary>
        {s.pages.map((p) => (
          <PageSection key={p.index} page={p} lang={lang.value} />
        ))}
      </details>
    </>
  );
}

/** One page's text. A read page never changes, so it is not re-rendered while later pages arrive. */
const PageSection = memo(function PageSection({ page: p }: { page: PageText; lang: string }) {
  const ref = t('pageN', { label: pageRefText(p.index, p.label), page: p.index });
  return (
    <section class="page-text" aria-label={ref} data-page={p.index}>
      <h4 class="small muted">{ref}</h4>
      <div class="pdf-text">{p.hasText ? p.text : t('noText')}</div>
    </section>
  );
});
