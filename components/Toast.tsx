import { t, toast, undoLast } from './state.ts';

export function Toast() {
  const cur = toast.value;
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {cur && (
        <div class={`toast ${cur.kind === 'error' ? 'toast-error' : ''}`} role={cur.kind === 'error' ? 'alert' : undefined}>
          <span>{cur.message}</span>
          {cur.undo && (
            <button type="button" class="btn-small" onClick={() => void undoLast()}>
              {t('undo')}
            </button>
          )}
          <button type="button" class="btn-icon" aria-label={t('close')} onClick={() => (toast.value = null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
