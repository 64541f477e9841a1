/**
 * Joining the runs of one line: CJK text is joined without spaces, Latin words keep their spaces.
 */
import type { Run } from './runs.ts';

/** Characters written without spaces between them (kana, kanji, full-width forms, CJK punctuation). */
const CJK = /[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u2E80-\u2FDF\u3190-\u31FF\u3200-\u33FF\uFE30-\uFE4F\u2460-\u24FF\u25A0-\u25FF\u2600-\u26FF\u3099-\u309F]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** Runs sorted left to right → text. */
export function joinRuns(runs: Run[]): string {
  let s = '';
  let prev: Run | undefined;
  for (const r of runs) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      const fs = Math.min(prev.fs, r.fs);
      const a = s.slice(-1);
      const b = r.text.charAt(0);
      if (a !== ' ' && a !== '\u3000' && b !== ' ' && b !== '\u3000') {
        const cjkPair = isCjk(a) && isCjk(b);
        if (gap > (cjkPair ? 0.8 : 0.15) * fs || (prev.spaceAfter && gap > 0.1 * fs)) s += ' ';
      }
    }
    s += r.text;
    prev = r.x1 >= (prev?.x1 ?? -Infinity) ? r : prev;
  }
  return s.replace(/ {2,}/g, ' ').trim();
}
