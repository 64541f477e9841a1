import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringsOfSource } from '../../lib/review/prefilter-strings.ts';
import { CharIndex, requiredChars, requiredStrings } from '../../lib/review/prefilter.ts';

const set = (xs: readonly string[] | null) => (xs ? new Set(xs) : null);

describe('requiredStrings', () => {
  it('joins the literal pieces of a match', () => {
    expect(set(requiredStrings(/保護(?:対策|措置)/))).toEqual(new Set(['保護対策', '保護措置']));
    expect(set(requiredStrings(/^個人情報(?:の)?保護$/))).toEqual(new Set(['個人情報の保護', '個人情報保護']));
    expect(requiredStrings(/目的以外/)).toEqual(['目的以外']);
    // the strongest piece of a sequence when an unknown part cuts it
    expect(requiredStrings(/委託[^。]*禁止する/)).toEqual(['禁止する']);
    // a repeated part is one piece of every match
    expect(requiredStrings(/(?:暗号化)+した/)).toEqual(['暗号化']);
    expect(set(requiredStrings(/(?:暗号化)+/))).toEqual(new Set(['暗号化']));
  });

  it('gives up on what it cannot bound', () => {
    expect(requiredStrings(/暗号?/)).toBeNull(); // 「暗」 alone: one character is the character index's job
    expect(requiredStrings(/[^。]+/)).toBeNull();
    expect(requiredStrings(/(?=暗号化)/)).toBeNull();
    expect(requiredStrings(/暗号化/i)).toBeNull();
    expect(requiredStrings(/(?<x>暗号化)/)).toBeNull();
    expect(requiredStrings(/(暗号化|)/)).toBeNull();
    expect(requiredStrings(/(暗号化|.)/)).toBeNull();
    expect(requiredStrings(/(暗号)\1/)).toEqual(['暗号']);
    expect(requiredStrings(/\u6697号化/)).toBeNull();
    expect(stringsOfSource('(未閉')).toBeNull();
    expect(requiredStrings(/第[0-9]号です/)).toEqual(['号です']); // a range: any character of it
    expect(requiredStrings(/[^。]確認する/)).toEqual(['確認する']);
  });

  it('is never wrong on the data: a text a regex matches holds one of its strings', async () => {
    // every regex the data modules export (as the builds' table: scripts/prefilter-table.ts)
    const res: RegExp[] = [];
    const seen = new Set<unknown>();
    const walk = (v: unknown): void => {
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      if (v instanceof RegExp) res.push(v);
      else if (v instanceof Map || v instanceof Set) for (const x of v.values()) walk(x);
      else for (const x of Object.values(v)) walk(x);
    };
    const root = new URL('../../', import.meta.url);
    for (const dir of ['lib/review/data', 'lib/structure/vocab'])
      for (const f of readdirSync(new URL(dir, root)).sort()) if (f.endsWith('.ts')) walk(await import(new URL(`${dir}/${f}`, root).href));
    expect(res.length).toBeGreaterThan(300);
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    // texts made to match: each regex's own source read as a generator (every branch, optional part and repeat count
    // taken at random), between random pieces of other sources; only texts the regex does match are checked
    const filler = ['', 'の', '、', '。', '等', '漢字', 'かな', 'ア', 'a', '1', ' ', '（', '）'];
    let matched = 0;
    for (const re of res) {
      const strings = requiredStrings(re);
      if (!strings) continue;
      for (let t = 0; t < 30; t++) {
        const text = filler[rnd(filler.length)] + generate(re.source, rnd) + filler[rnd(filler.length)];
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        expect(strings.some((s) => text.includes(s)), `${re} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(3000);
  });
});

/** A random text the regex source describes (best effort: the caller keeps only texts that match). */
function generate(src: string, rnd: (n: number) => number): string {
  let i = 0;
  const any = ['あ', '漢', 'ア', 'a', '1', ' ', '。', '、'];
  const alternation = (): string => {
    const branches: string[] = [sequence()];
    while (src[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches[rnd(branches.length)];
  };
  const sequence = (): string => {
    let out = '';
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const start = i;
      atom();
      const end = i;
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '?') [min, max, i] = [0, 1, i + 1];
      else if (q === '*') [min, max, i] = [0, 3, i + 1];
      else if (q === '+') [min, max, i] = [1, 3, i + 1];
      else if (q === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (m) {
          min = Number(m[1]);
          max = m[2] === undefined ? min : m[3] === '' ? min + 2 : Number(m[3]);
          i += m[0].length;
        }
      }
      if (src[i] === '?') i++;
      const n = min + rnd(Math.min(max, min + 2) - min + 1);
      for (let k = 0; k < n; k++) {
        const save = i;
        i = start;
        out += atom();
        if (i !== end) throw new Error('generator');
        i = save;
      }
    }
    return out;
  };
  const atom = (): string => {
    const c = src[i];
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) [i, zeroWidth] = [i + 2, true];
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) [i, zeroWidth] = [i + 3, true];
      else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const r = alternation();
      i++; // )
      return zeroWidth ? '' : r;
    }
    if (c === '[') {
      const close = src.indexOf(']', i + 2);
      const body = src.slice(i + 1, close);
      i = close + 1;
      if (body.startsWith('^')) return any[rnd(any.length)];
      // the listed characters, a character anywhere inside a range
      const items: string[] = [];
      for (let k = 0; k < body.length; k++) {
        let a = body[k];
        if (a === '\\') a = body[++k] === 's' ? ' ' : body[k] === 'd' ? '5' : body[k];
        if (body[k + 1] === '-' && k + 2 < body.length) {
          const lo = a.charCodeAt(0);
          const hi = body.charCodeAt(k + 2);
          items.push(String.fromCharCode(lo + rnd(Math.max(1, hi - lo + 1))));
          k += 2;
        } else items.push(a);
      }
      return items.length ? items[rnd(items.length)] : 'x';
    }
    if (c === '\\') {
      const e = src[i + 1];
      i += 2;
      if (e === 'u' && /^[0-9A-Fa-f]{4}/.test(src.slice(i))) {
        i += 4;
        return String.fromCharCode(parseInt(src.slice(i - 4, i), 16));
      }
      if (e === 'p' || e === 'P') {
        i = src.indexOf('}', i) + 1;
        return '漢';
      }
      const map: Record<string, string> = { d: '1', s: ' ', w: 'a', S: '字', D: 'x', W: '。', b: '', B: '', n: '\n' };
      return map[e] ?? e;
    }
    i++;
    if (c === '^' || c === '$') return '';
    if (c === '.') return any[rnd(any.length)];
    return c;
  };
  try {
    return alternation();
  } catch {
    return '';
  }
}

describe('CharIndex with strings', () => {
  it('holds: a candidate by its characters is run only when the text has one of its strings', () => {
    const index = new CharIndex([['暗'], ['施'], null], [['暗号化'], null, ['持出し', '持ち出し']]);
    expect([...index.candidates('暗い部屋を施錠する')]).toEqual([1, 1, 1]);
    expect(index.holds(0, '暗い部屋を施錠する')).toBe(false);
    expect(index.holds(0, '暗号化する')).toBe(true);
    expect(index.holds(1, '施錠する')).toBe(true);
    expect(index.holds(2, '持ち出しを禁止')).toBe(true);
    expect(index.holds(2, '持込みを禁止')).toBe(false);
    expect(requiredChars(/暗号化/)).not.toBeNull();
  });
});
