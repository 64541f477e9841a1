/**
 * RFC 2047 "B" encoded-words for UTF-8 header values, written here rather than taken from `mimetext`
 * because mimetext (3.0.28) emits the whole subject as one encoded-word (breaking the 75-character
 * limit for any realistic Japanese subject), cannot split on character boundaries, insists on a From
 * header (a draft has none) and ends lines with the OS newline (LF on Linux) instead of CRLF.
 */

const utf8 = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

const b64len = (n: number): number => 4 * Math.ceil(n / 3);

/** User-perceived characters (grapheme clusters): a kanji with its variation selector stays whole. */
function graphemes(s: string): string[] {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Seg) return Array.from(new Seg('ja', { granularity: 'grapheme' }).segment(s), (x) => x.segment);
  return Array.from(s);
}

const PREFIX = '=?UTF-8?B?';
const SUFFIX = '?=';
/** RFC 2047 §2: an encoded-word is at most 75 characters; a header line holding one at most 76. */
export const MAX_WORD = 75;
export const MAX_LINE = 76;

/**
 * Encode `value` as the body of header `name`, folded with CRLF SP, every encoded-word holding whole
 * characters only (never a split UTF-8 sequence or surrogate pair). Printable ASCII stays readable.
 */
export function encodeHeader(name: string, value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(flat) && !flat.includes('=?') && name.length + 2 + flat.length <= 998)
    return `${name}: ${flat}`;
  const words: string[] = [];
  let budget = MAX_LINE - (name.length + 2); // room on the first line
  let chunk = '';
  const flush = () => {
    if (chunk) words.push(PREFIX + base64(utf8.encode(chunk)) + SUFFIX);
    chunk = '';
    budget = MAX_LINE - 1; // continuation lines start with one space
  };
  for (const g of graphemes(flat)) {
    const room = Math.min(budget, MAX_WORD) - PREFIX.length - SUFFIX.length;
    const next = chunk + g;
    if (b64len(utf8.encode(next).length) <= room) {
      chunk = next;
      continue;
    }
    if (chunk) {
      flush();
      if (b64len(utf8.encode(g).length) <= MAX_WORD - PREFIX.length - SUFFIX.length) {
        chunk = g;
        continue;
      }
    }
    // A single grapheme too long for one word (absurd, but possible): fall back to code points.
    for (const cp of Array.from(g)) {
      const room2 = Math.min(budget, MAX_WORD) - PREFIX.length - SUFFIX.length;
      if (chunk && b64len(utf8.encode(chunk + cp).length) > room2) flush();
      chunk += cp;
    }
  }
  flush();
  return `${name}: ${words.join('\r\n ')}`;
}

/** Base64 body wrapped at 76 characters, CRLF line ends. */
export function base64Body(text: string): string {
  const b64 = base64(utf8.encode(text));
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\r\n');
}
