/** Safeguard checklist of one consultation: present / vague / missing, filterable; a finding → a note. */
import { useState } from 'preact/hooks';
import { evidencePlace } from '../lib/analysis/evidence-place.ts';
import type { SafeguardResult } from '../lib/analysis/schema.ts';
import { groupStyle, safeguardExplain, safeguardLabel } from './labels.ts';
import { PageLink } from './PageLink.tsx';
import { t } from './state.ts';

type Filter = 'all' | SafeguardResult['status'];
const FILTERS: Filter[] = ['all', 'missing', 'vague', 'present'];
const STATUS_KEY = { present: 'statusPresent', vague: 'statusVague', missing: 'statusMissing' } as const;
const STATUS_ICON = { present: '✓', vague: '△', missing: '✕' } as const;

export function Checklist(props: {
  items: SafeguardResult[];
  docUrl: string | null;
  labels: (string | null)[];
  /** The consultation's security-measure sections: evidence found elsewhere is marked so. */
  sections: readonly { text: string }[];
  name: string;
  onTake: (r: SafeguardResult) => void;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const count = (f: Filter) => (f === 'all' ? props.items.length : props.items.filter((i) => i.status === f).length);
  const shown = props.items
    .filter((i) => filter === 'all' || i.status === filter)
    .sort((a, b) => order(a.status) - order(b.status));
  return (
    <div class="checklist">
      <div role="radiogroup" aria-label={t('filter')} class="filters">
        {FILTERS.map((f) => (
          <label key={f} class={`filter-chip ${filter === f ? 'on' : ''}`}>
            <input type="radio" name={props.name} value={f} checked={filter === f} onChange={() => setFilter(f)} />
            {f === 'all' ? t('filterAll') : t(STATUS_KEY[f])} ({count(f)})
          </label>
        ))}
      </div>
      {props.items.length === 0 ? (
        <p class="muted">{t('noChecklist')}</p>
      ) : (
        <ul class="check-items">
          {shown.map((r) => (
            <li key={r.id} class={`check-item st-${r.status}`} data-safeguard={r.id}>
              <span class={`st-badge st-${r.status}`}>
                <span aria-hidden="true">{STATUS_ICON[r.status]} </span>
                {t(STATUS_KEY[r.status])}
              </span>
              <span class="cat-dot" style={groupStyle(r.id)} aria-hidden="true" />
              <span class="check-label">{safeguardLabel(r.id)}</span>
              <button type="button" class="btn-quiet small" onClick={() => props.onTake(r)} aria-label={`${t('takeFinding')}: ${safeguardLabel(r.id)}`}>
                {t('takeFinding')}
              </button>
              <details class="explain small">
                <summary>{t('whatIsThis')}</summary>
                <p>{safeguardExplain(r.id)}</p>
              </details>
              {r.evidence.length > 0 && (
                <ul class="evidence">
                  {r.evidence.slice(0, 3).map((ev, i) => (
                    <li key={i}>
                      <span class="quote-text">「{ev.quote}」</span> <PageLink url={props.docUrl} page={ev.page} label={props.labels[ev.page - 1]} />
                      {evidencePlace(props.sections, ev.quote) === 'outside' && (
                        <span class="place-chip" title={t('evidenceOutsideTitle')}>{t('evidenceOutside')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function order(s: SafeguardResult['status']): number {
  return s === 'missing' ? 0 : s === 'vague' ? 1 : 2;
}
