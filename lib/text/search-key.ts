/**
 * Search keys: displayed text folded for matching (NFKC, no whitespace), with an offset map back to the
 * displayed text so that a match in the key becomes an exact quote of the page.
 *
 *   const sk = buildSearchKey(page.text);
 *   const i = sk.key.indexOf(foldForSearch('アクセス権限'));
 *   const quote = displaySubstring(page.text, sk, i, i + needleKey.length); // exact substring of page.text
 */
import { repairText } from './repair.ts';

export interface SearchKey {
  /** NFKC-folded text without whitespace (radicals repaired too). */
  key: string;
  /** map[i]: offset in the displayed text where the source of key[i] (UTF-16 unit) starts. */
  map: number[];
  /** end[i]: offset in the displayed text just after the source of key[i]. */
  end: number[];
}

/** Marks that NFKC may compose with the preceding character (dakuten, combining marks, variation selectors). */
const JOINER = /^[\p{M}\uFF9E\uFF9F]$/u;
const WS = /\s/u;

function foldCluster(cluster: string): string {
  return repairText(cluster).normalize('NFKC');
}

/**
 * Code points that stay as they are in the key: NFKC and the radical repair leave them alone, and they
 * are neither marks (which could compose with what precedes them) nor whitespace. Kana, common kanji,
 * printable ASCII and 、。ー: the bulk of a Japanese page skips the per-character NFKC.
 * tests/text/search-key-fast.test.ts checks every one of them.
 */
export function plainInKey(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3041 && cp <= 0x3096) ||
    (cp >= 0x30a1 && cp <= 0x30fa) ||
    (cp >= 0x21 && cp <= 0x7e) ||
    cp === 0x3001 ||
    cp === 0x3002 ||
    cp === 0x30fc
  );
}

export function buildSearchKey(display: string): SearchKey {
  let key = '';
  const map: number[] = [];
  const end: number[] = [];
  const n = display.length;
  let i = 0;
  while (i < n) {
    // Fast path: a run of plain characters, each its own key character, appended in one piece; the last one
    // stays out of it when a combining mark follows (it composes with the mark below).
    let j = i;
    while (j < n && plainInKey(display.charCodeAt(j))) j++;
    const stop = j < n && j > i && JOINER.test(String.fromCodePoint(display.codePointAt(j)!)) ? j - 1 : j;
    if (stop > i) {
      key += display.slice(i, stop);
      for (let k = i; k < stop; k++) {
        map.push(k);
        end.push(k + 1);
      }
      i = stop;
      continue;
    }
    const start = i;
    i += (display.codePointAt(i)! > 0xffff ? 2 : 1);
    while (i < n) {
      const cp = display.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (!JOINER.test(ch)) break;
      i += ch.length;
    }
    const folded = foldCluster(display.slice(start, i));
    for (const c of folded) {
      if (WS.test(c)) continue;
      key += c;
      for (let k = 0; k < c.length; k++) {
        map.push(start);
        end.push(i);
      }
    }
  }
  return { key, map, end };
}

/** The key of a needle, to search for in a SearchKey's key. */
export function foldForSearch(s: string): string {
  return repairText(s).normalize('NFKC').replace(/\s+/gu, '');
}

/** Displayed-text range [start, end) covered by key range [keyStart, keyEnd). */
export function keyRangeToDisplay(sk: SearchKey, keyStart: number, keyEnd: number): { start: number; end: number } {
  if (keyStart < 0 || keyEnd > sk.key.length || keyStart >= keyEnd) {
    throw new RangeError(`bad key range ${keyStart}..${keyEnd} (key length ${sk.key.length})`);
  }
  return { start: sk.map[keyStart], end: sk.end[keyEnd - 1] };
}

/** The exact displayed substring for key range [keyStart, keyEnd). */
export function displaySubstring(display: string, sk: SearchKey, keyStart: number, keyEnd: number): string {
  const r = keyRangeToDisplay(sk, keyStart, keyEnd);
  return display.slice(r.start, r.end);
}

let lastDisplay: string | undefined;
let lastKey: SearchKey | undefined;

/** The key of `display`, reusing the last one built here (callers look for several needles in one page). */
function lastKeyOf(display: string): SearchKey {
  if (display !== lastDisplay || !lastKey) {
    lastKey = buildSearchKey(display);
    lastDisplay = display;
  }
  return lastKey;
}

/** All occurrences of `needle` (folded) in `display`, as displayed ranges with their exact quotes. */
export function findInDisplay(
  display: string,
  needle: string,
  sk: SearchKey = lastKeyOf(display),
): { start: number; end: number; quote: string }[] {
  const k = foldForSearch(needle);
  const out: { start: number; end: number; quote: string }[] = [];
  if (!k) return out;
  for (let i = sk.key.indexOf(k); i >= 0; i = sk.key.indexOf(k, i + 1)) {
    const r = keyRangeToDisplay(sk, i, i + k.length);
    out.push({ ...r, quote: display.slice(r.start, r.end) });
  }
  return out;
}
