/**
 * What went wrong while opening, in words the member can act on: the message, what to do next, and the
 * buttons for it (password field for protected PDFs, retry, open the link, choose another file).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { requestSiteAccessFor } from '../lib/platform/browser-tabs.ts';
import { chooseFile } from './OpenBar.tsx';
import { openSource } from './pipeline.ts';
import { errorHint } from './errorHints.ts';
import { session, t, type Source } from './state.ts';

/** One number per error object: a new error (e.g. a wrong password) mounts a fresh password form. */
const errorKeys = new WeakMap<object, number>();
let nextErrorKey = 0;
function errorKey(e: object): number {
  let k = errorKeys.get(e);
  if (k === undefined) errorKeys.set(e, (k = nextErrorKey++));
  return k;
}

/**
 * The password field. Keyed by the error, so a new error gives an empty field in the same render as
 * its message; emptying it in a deferred effect instead wiped what was typed just after the message
 * appeared (a flaky browser test found it).
 */
function PasswordForm({ src }: { src: Source }) {
  const [pw, setPw] = useState('');
  const pwRef = useRef<HTMLInputElement>(null);
  useEffect(() => pwRef.current?.focus(), []);
  return (
    <form
      class="row wrap"
      onSubmit={(e) => {
        e.preventDefault();
        void openSource(src, { password: pw });
      }}
    >
      <label>
        {t('password')}{' '}
        <input ref={pwRef} type="password" id="pdf-password" autoComplete="off" value={pw} onInput={(e) => setPw((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="btn-primary" disabled={!pw}>{t('retry')}</button>
    </form>
  );
}

export function ErrorBox() {
  const s = session.value;
  if (!s.error) return null;
  const src = s.source;
  const fromFile = src?.kind === 'file';
  const code = s.error.code;
  const isPw = code === 'password_required' || code === 'password_incorrect';
  const hint = errorHint(s.error, fromFile);
  const link = src?.kind === 'url' ? src.url : s.docUrl;
  const canRetry = code === 'fetch' || code === 'unreadable';
  const offerOther = ['not_pdf', 'corrupt', 'unreadable', 'fetch', 'no_text_layer', 'too_large'].includes(code);
  const offerLink = !!link && ['not_pdf', 'no_text_layer', 'fetch'].includes(code) && !(fromFile && code === 'not_pdf');
  return (
    <div class="error-box" role="alert" data-error={code}>
      <p>{s.error.message}</p>
      {hint && <p class="hint-next small">{t(hint)}</p>}
      {isPw && src && <PasswordForm key={errorKey(s.error)} src={src} />}
      {code === 'permission' && src?.kind === 'url' && (
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
      {code === 'too_large_ask' && src && (
        <button type="button" onClick={() => void openSource(src, { allowLarge: true })}>{t('openAnyway')}</button>
      )}
      {(canRetry || offerOther || offerLink) && (
        <div class="row wrap">
          {canRetry && src && (
            <button type="button" class="btn-primary" onClick={() => void openSource(src)}>{t('retry')}</button>
          )}
          {offerLink && (
            <a href={link!} target="_blank" rel="noopener" class="error-link">{t('openLink')}</a>
          )}
          {offerOther && (
            <button type="button" onClick={chooseFile}>{t('chooseOther')}</button>
          )}
        </div>
      )}
    </div>
  );
}
