/**
 * Display only: join a PDF line that was wrapped because the printed column ended (it runs to full
 * width, and the sentence goes on) with the next line, so a narrow panel does not show each printed
 * line broken twice. Lines that start an item (「(1)」「①」「ア」「・」「第2」…) or follow a finished
 * sentence stay apart. Search keys ignore whitespace, so marks and notes still find their quotes.
 */

/** Starts of list items, headings and form fields: never joined to the line above. */
const ITEM_START = /^\s*(?:[(（][0-9０-９一二三四五六七八九十ア-ンa-zA-Zａ-ｚＡ-Ｚ]{1,3}[)）]|[0-9０-９]{1,3}[.．、)）\s]|[①-⑳㉑-㉟]|[ア-ン][.．、)）\s]|[・■□●○◆◇◎※＊*\-－―]|第[0-9０-９一二三四五六七八九十]+|リスク[0-9０-９]|[［\[<＜【〔])/;
/** Ends of sentences and of headings/labels. */
const LINE_END = /[。．.:：」』）)］\]】〕>＞]$/;

/** Printed width of a string in full-width characters (half-width Latin, digits and kana count ½). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c < 0x2e80 || (c >= 0xff61 && c <= 0xff9f) ? 0.5 : 1;
  }
  return w;
}

export function reflowForDisplay(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const widths = lines.map((l) => width(l.trim()));
  const full = Math.max(...widths) * 0.85;
  if (full < 10) return text;
  const out: string[] = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1].trimEnd();
    const cur = lines[i];
    const wrapped = widths[i - 1] >= full && prev !== '' && !LINE_END.test(prev) && cur.trim() !== '' && !ITEM_START.test(cur);
    if (!wrapped) {
      out.push(cur);
      continue;
    }
    const a = out[out.length - 1].trimEnd();
    const b = cur.trimStart();
    // a space between two Latin words or numbers; none between Japanese characters
    const sep = /[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) ? ' ' : '';
    out[out.length - 1] = a + sep + b;
  }
  return out.join('\n');
}
