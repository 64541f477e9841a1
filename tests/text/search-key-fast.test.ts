/**
 * The search key's fast path (plain characters skip the per-character NFKC) gives exactly what the
 * per-cluster fold gives: every plain code point is checked, and whole keys are compared with the
 * reference algorithm on text mixing plain characters, marks, half-width kana, radicals and spaces.
 */
import { describe, expect, it } from 'vitest';
import { repairText } from '../../lib/text/repair.ts';
import { buildSearchKey, plainInKey, type SearchKey } from '../../lib/text/search-key.ts';

const JOINER = /^[\p{M}\uFF9E\uFF9F]$/u;

/** The per-cluster algorithm without the fast path. */
function reference(display: string): SearchKey {
  let key = '';
  const map: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < display.length) {
    const start = i;
    i += display.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < display.length) {
      const ch = String.fromCodePoint(display.codePointAt(i)!);
      if (!JOINER.test(ch)) break;
      i += ch.length;
    }
    for (const c of repairText(display.slice(start, i)).normalize('NFKC')) {
      if (/\s/u.test(c)) continue;
      key += c;
      for (let k = 0; k < c.length; k++) {
        map.push(start);
        end.push(i);
      }
    }
  }
  return { key, map, end };
}

describe('search key fast path', () => {
  it('every plain code point is its own key character', () => {
    let plain = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (!plainInKey(cp)) continue;
      plain++;
      const ch = String.fromCharCode(cp);
      expect(repairText(ch).normalize('NFKC'), `U+${cp.toString(16)}`).toBe(ch);
      expect(/\s/u.test(ch) || JOINER.test(ch), `U+${cp.toString(16)}`).toBe(false);
    }
    expect(plain).toBeGreaterThan(20000);
  });

  it('keys equal the reference on mixed text', () => {
    const alphabet = ['が', 'か', '\u3099', 'ｶ', 'ﾞ', 'ﾟ', 'ﾊ', '⽅', '⻑', '‧', '①', '㈱', 'Ａ', 'a', ' ', '\u3000', '\n', '。', '、', 'ー', '漢', 'e', '\u0301', '𠮷', 'ﬁ', '︒', '（', '1', '１', '\u200b'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length);
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let k = 0; k < 1 + (n % 40); k++) s += alphabet[rand()];
      expect(buildSearchKey(s)).toEqual(reference(s));
    }
    const page = 'アクセス権限は、担当職員３名に限定する。\nﾊﾟｽﾜｰﾄﾞは⽅針に従い‧定期的に変更する。 Log: TLS1.2 以上';
    expect(buildSearchKey(page)).toEqual(reference(page));
  });
});
