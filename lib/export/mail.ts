/**
 * E-mail to the secretariat. Nothing is sent from here: we build a `mailto:` link the member's own
 * mail client opens, and, when the list is too long for a link, a `.eml` draft (X-Unsent: 1) that
 * Outlook opens as an editable new message (Thunderbird: 「新しいメッセージとして編集」).
 */
import { mailSubject, type ExportModel } from './model.ts';
import { base64Body, encodeHeader } from './rfc2047.ts';
import { questionListText, toText } from './text.ts';
import { exportFileName } from './files.ts';

/** Longest `mailto:` URL we hand to the browser: some mail clients (Outlook on Windows) cut near 2,000. */
export const MAILTO_LIMIT = 1800;

/** A plain address (no display name, no CR/LF): anything else is left out rather than risk injection. */
export function isPlainAddress(s: string): boolean {
  return /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(
    s,
  );
}

// Greeting, intro and closing stay short: in a mailto link each Japanese character costs 9.
function greeting(_model: ExportModel): string {
  return '事務局ご担当者様';
}

function closing(model: ExportModel): string[] {
  return ['よろしくお願いいたします。', ...(model.header.memberName ? [model.header.memberName] : [])];
}

function intro(model: ExportModel): string {
  const m = model.header.meetingName ? `${model.header.meetingName}の` : '';
  return `${m}事前質問（${model.total}件）をお送りします。`;
}

/** The full mail body: greeting, the numbered list, closing. */
export function mailBody(model: ExportModel): string {
  return [greeting(model), '', intro(model), '', questionListText(model).trimEnd(), '', ...closing(model), ''].join('\n');
}

/** Placeholder line in the cover note, where the member pastes the list from the clipboard. */
export const PASTE_HERE = '【ここに質問一覧を貼り付けてください（クリップボードにコピー済みです）】';

/** Short body used when the full list does not fit in a mailto link. */
export function coverBody(model: ExportModel): string {
  return [greeting(model), '', intro(model), '', PASTE_HERE, '', ...closing(model), ''].join('\n');
}

/** RFC 6068 mailto URL; line breaks as %0D%0A. */
export function mailtoHref(to: string, subject: string, body: string | null): string {
  const addr = isPlainAddress(to) ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  const q = [`subject=${encodeURIComponent(subject)}`];
  if (body != null) q.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${addr}?${q.join('&')}`;
}

export type MailPlan =
  | { kind: 'full'; href: string; subject: string; body: string }
  | {
      kind: 'cover';
      /** mailto with the short cover note (or only the subject if even that is too long). */
      href: string;
      subject: string;
      body: string;
      /** Put on the clipboard for the member to paste into the cover note. */
      clipboardText: string;
      eml: string;
      emlFileName: string;
    };

export function planMail(model: ExportModel, opts: { limit?: number; now?: Date } = {}): MailPlan {
  const limit = opts.limit ?? MAILTO_LIMIT;
  const to = model.header.secretariatEmail;
  const subject = mailSubject(model.header);
  const body = mailBody(model);
  const full = mailtoHref(to, subject, body);
  if (full.length <= limit) return { kind: 'full', href: full, subject, body };
  const cover = coverBody(model);
  let href = mailtoHref(to, subject, cover);
  if (href.length > limit) href = mailtoHref(to, subject, null);
  return {
    kind: 'cover',
    href,
    subject,
    body: cover,
    clipboardText: toText(model),
    eml: toEml(model, { now: opts.now }),
    emlFileName: exportFileName(model.header, 'eml'),
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date in UTC, e.g. "Tue, 01 Jul 2025 09:00:00 +0000". */
export function rfc5322Date(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** A UTF-8 `.eml` draft: RFC 2047 subject, base64 text body, CRLF, `X-Unsent: 1`. */
export function toEml(model: ExportModel, opts: { now?: Date } = {}): string {
  const to = model.header.secretariatEmail;
  const headers = [
    ...(isPlainAddress(to) ? [`To: ${to}`] : []),
    encodeHeader('Subject', mailSubject(model.header)),
    `Date: ${rfc5322Date(opts.now ?? new Date())}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
  ];
  return headers.join('\r\n') + '\r\n\r\n' + base64Body(mailBody(model).replace(/\r?\n/g, '\r\n')) + '\r\n';
}
