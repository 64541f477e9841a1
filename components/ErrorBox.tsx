/** What went wrong while opening, in words the member can act on; password field for protected PDFs. */
import { useState } from 'preact/hooks';
import { requestSiteAccessFor } from '../lib/platform/browser-tabs.ts';
import { openSource } from './pipeline.ts';
import { session, t } from './state.ts';

export function ErrorBox() {
  const s = session.value;
  const [pw, setPw] = useState('');
  if (!s.error) return null;
  const src = s.source;
  const isPw = s.error.code === 'password_required' || s.error.code === 'password_incorrect';
  return (
    <div class="error-box" role="alert">
      <p>{s.error.message}</p>
      {isPw && src && (
        <form
          class="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            void openSource(src, { password: pw });
          }}
        >
          <label>
            {t('password')}{' '}
            <input type="password" id="pdf-password" autoComplete="off" value={pw} onInput={(e) => setPw((e.currentTarget as HTMLInputElement).value)} autoFocus />
          </label>
          <button type="submit" class="btn-primary">{t('retry')}</button>
        </form>
      )}
      {s.error.code === 'permission' && src?.kind === 'url' && (
        <button
          type="button"
          class="btn-primary"
          onClick={() => {
            // permissions.request first, inside the click (user gesture)
            void requestSiteAccessFor(src.url).then((ok) => { if (ok) void openSource(src); });
          }}
        >
          {t('grantAndOpen')}
        </button>
      )}
      {s.error.code === 'too_large_ask' && src && (
        <button type="button" onClick={() => void openSource(src, { allowLarge: true })}>{t('openAnyway')}</button>
      )}
      {(s.error.code === 'fetch' || s.error.code === 'unreadable') && src && (
        <button type="button" onClick={() => void openSource(src)}>{t('retry')}</button>
      )}
    </div>
  );
}
