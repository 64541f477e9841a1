/**
 * The list of consultations of a document (a table of contents): number, title, pages and how many
 * safeguards are missing or vague. A title takes the member to that consultation. Shown for two or more.
 */
import { t, type ConsultationView } from './state.ts';

export const TOC_ID = 'consultation-toc';

/** Bring consultation `i` into view and put the keyboard focus on its title. */
export function goToConsultation(i: number): void {
  const h = document.getElementById(`c-${i}`);
  if (!h) return;
  h.scrollIntoView({ block: 'start' });
  h.focus({ preventScroll: true });
}

/** Back to the list: focus the entry of consultation `i` (or the list's heading). */
export function goToToc(i?: number): void {
  const toc = document.getElementById(TOC_ID);
  if (!toc) return;
  const details = toc.querySelector('details');
  if (details) details.open = true;
  const target = (i !== undefined ? toc.querySelector<HTMLElement>(`[data-toc-item="${i}"] a`) : null) ?? toc.querySelector<HTMLElement>('summary');
  toc.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

export function ConsultationToc(props: { items: ConsultationView[] }) {
  if (props.items.length < 2) return null;
  return (
    <nav class="toc" id={TOC_ID} aria-labelledby="toc-title">
      <details open>
        <summary>
          <h2 id="toc-title" class="inline-heading">{t('tocTitle', { n: props.items.length })}</h2>
        </summary>
        <p class="small muted">{t('tocHint')}</p>
        <ol class="toc-list">
          {props.items.map((c, i) => {
            const f = c.found;
            const title = [f.number, f.title].filter(Boolean).join(' ');
            const missing = c.review?.safeguards.filter((s) => s.status === 'missing').length ?? 0;
            const vague = c.review?.safeguards.filter((s) => s.status === 'vague').length ?? 0;
            return (
              <li key={i} data-toc-item={i}>
                <a
                  href={`#c-${i}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goToConsultation(i);
                  }}
                >
                  {title}
                </a>
                <span class="toc-meta small">
                  <span class="muted">{t('consultationPages', { from: f.pageStart, to: f.pageEnd })}</span>
                  {c.review ? (
                    <span class={missing ? 'toc-missing' : 'muted'}>{t('tocCounts', { missing, vague })}</span>
                  ) : (
                    <span class="muted">{t('tocReviewing')}</span>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
