import { SHORTCUTS } from './shortcuts.ts';
import { showShortcuts, t } from './state.ts';

export function Shortcuts() {
  if (!showShortcuts.value) return null;
  return (
    <section class="shortcuts card" aria-labelledby="sc-title" id="shortcuts">
      <div class="row">
        <h2 id="sc-title">{t('shortcutsTitle')}</h2>
        <span class="spacer" />
        <button type="button" class="btn-icon" aria-label={t('close')} onClick={() => (showShortcuts.value = false)}>×</button>
      </div>
      <dl class="sc-list">
        {SHORTCUTS.map((s) => (
          <div key={s.keys} class="sc-row">
            <dt><kbd>{s.keys}</kbd></dt>
            <dd>{t(s.what)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
