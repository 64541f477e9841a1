/** Text folding used for matching (never for display). */

/** NFKC + remove all whitespace (incl. U+3000). For comparing headings and vocabulary. */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** NFKC, whitespace runs collapsed to one space, trimmed. */
export function squash(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Kanji numerals and full-width digits → number (一〜九十九, 1〜999). NaN when not a number. */
export function toNumber(s: string): number {
  const t = s.normalize('NFKC');
  if (/^[0-9]+$/.test(t)) return parseInt(t, 10);
  const k = '〇一二三四五六七八九';
  if (/^[〇一二三四五六七八九十百]+$/.test(t)) {
    let total = 0;
    let cur = 0;
    for (const ch of t) {
      if (ch === '百') {
        total += (cur || 1) * 100;
        cur = 0;
      } else if (ch === '十') {
        total += (cur || 1) * 10;
        cur = 0;
      } else cur = k.indexOf(ch);
    }
    return total + cur;
  }
  return NaN;
}
