/** Progress while fetching and reading; announced politely to screen readers. */
import { session, t } from './state.ts';

export function Progress() {
  const s = session.value;
  if (s.phase === 'idle' || s.phase === 'done' || s.phase === 'error') return null;
  const { done, total } = s.progress;
  let label: string;
  if (s.phase === 'fetching') label = t('fetching');
  else if (s.phase === 'reading') label = total ? t('readingPages', { done, total }) : t('reading');
  else if (s.phase === 'analyzing') label = t('analyzing');
  else label = t('reviewing');
  const determinate = (s.phase === 'reading' || s.phase === 'fetching') && total > 0;
  return (
    <div class="progress" role="status" aria-live="polite">
      <div
        class="bar"
        role="progressbar"
        aria-label={t('progressLabel')}
        aria-valuemin={0}
        aria-valuemax={determinate ? total : undefined}
        aria-valuenow={determinate ? done : undefined}
        aria-valuetext={label}
      >
        <div class="fill" style={{ width: determinate ? `${Math.round((done / total) * 100)}%` : '100%' }} data-indeterminate={!determinate} />
      </div>
      <span class="small">{label}</span>
    </div>
  );
}
