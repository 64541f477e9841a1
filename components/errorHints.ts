/** What the member can do next after each error of opening a document (a message key, or null). */
import type { MessageKey } from '../lib/i18n/messages.ts';
import type { Session } from './state.ts';

type SessionError = NonNullable<Session['error']>;

/** The next step for an error, or null when the message already says it. */
export function errorHint(err: SessionError, fromFile: boolean): MessageKey | null {
  switch (err.code) {
    case 'password_required':
    case 'password_incorrect':
      return 'errHint_password';
    case 'not_pdf':
      return fromFile ? 'errHint_not_pdf_file' : 'errHint_not_pdf';
    case 'corrupt':
      return 'errHint_corrupt';
    case 'no_text_layer':
      return 'errHint_no_text_layer';
    case 'too_large':
      return 'errHint_too_large';
    case 'unreadable':
      return 'errHint_unreadable';
    case 'fetch':
      return /\b404\b|\b410\b/.test(err.message) ? 'errHint_404' : 'errHint_fetch';
    default:
      return null;
  }
}
