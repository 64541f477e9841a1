/**
 * Cheap tests run before the catalogue's regexes, derived from the regexes themselves at load (never written by
 * hand beside a rule): most sentences name no category, and a bundle has hundreds of sentences × 120 regexes.
 *
 * requiredChars(re): characters of which every match of `re` contains at least one (「目的以外に利用しない」 needs
 * 「以」, …), or null when no such set is known (a class, an optional part, a flag that changes matching). The
 * set is conservative: a text without any of them cannot match, so skipping the regex changes no result.
 */

import { stringsOfSource } from './prefilter-strings.ts';
import { parseRegexSource, type RegexNode } from './regex-ast.ts';

type Req = Set<string> | null;

/** Weight of a set as a filter: common kana and marks let almost every sentence through. */
function cost(s: Set<string>): number {
  let n = 0;
  for (const c of s) {
    const x = c.charCodeAt(0);
    n += (x >= 0x3040 && x <= 0x309f) || COMMON.includes(c) ? 20 : 1;
  }
  return n;
}
const COMMON = '、。・ー()';

function union(a: Req, b: Req): Req {
  if (!a || !b) return null;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out;
}

/** One-character sets, shared (sets are never modified once made: union makes a new one). */
const SINGLES = new Map<string, Set<string>>();
function single(c: string): Set<string> {
  let set = SINGLES.get(c);
  if (!set) SINGLES.set(c, (set = new Set([c])));
  return set;
}

/**
 * The characters of which every match of a node holds one: a sequence takes its cheapest part that must occur (a part
 * quantified with a minimum of 0 need not), an alternation the union of its branches.
 */
function charsOf(n: RegexNode): Req {
  switch (n.k) {
    case 'lit':
      return single(n.c);
    case 'set':
      return new Set(n.chars);
    case 'alt': {
      let r: Req = charsOf(n.alts[0]);
      for (let k = 1; k < n.alts.length; k++) r = union(r, charsOf(n.alts[k]));
      return r;
    }
    case 'seq': {
      let best: Req = null;
      let bestCost = Infinity;
      for (const p of n.parts) {
        if (p.min === 0) continue;
        const r = charsOf(p.node);
        if (!r) continue;
        const c = cost(r);
        if (c < bestCost) {
          best = r;
          bestCost = c;
        }
      }
      return best;
    }
    default:
      return null; // any, empty
  }
}

/**
 * requiredChars by regex source: the characters joined (each one UTF-16 unit), or null. Filled from the table the
 * command-line build worked out (below), and otherwise as sources are parsed (a source is parsed once: the structure
 * and the review both ask for the catalogue's regexes).
 */
const DERIVED = new Map<string, string | null>();
/** requiredStrings by regex source (prefilter-strings.ts), filled the same way. */
const STRINGS = new Map<string, readonly string[] | null>();

/**
 * The table of a build: scripts/build-cli.ts derives every regex of the review's data and the structure's vocabulary
 * when it compiles the command-line analysis and puts the JSON into the bundle with Vite's `define`, so that the CLI
 * does not parse some 400 regex sources at every start (the parser runs hot enough for V8 to optimise it). Anywhere
 * else (the extension, tests, the TypeScript sources) the name is not defined and sources are parsed as they come.
 * Keyed by source, so a table can only hold what parsing the same source gives.
 */
declare const __SHINGI_PREFILTER_TABLE__: string;
try {
  loadPrefilterTable(__SHINGI_PREFILTER_TABLE__);
} catch {
  // not a build with a table
}

/**
 * Takes a table made by prefilterTable (JSON: source → [characters or null, strings or null]; a bare characters
 * entry is read as characters only) as already derived.
 */
export function loadPrefilterTable(json: string): void {
  const table = JSON.parse(json) as Record<string, string | null | [string | null, string[] | null]>;
  for (const source in table) {
    const v = table[source];
    if (Array.isArray(v)) {
      DERIVED.set(source, v[0]);
      STRINGS.set(source, v[1]);
    } else DERIVED.set(source, v);
  }
}

/** The table of requiredChars and requiredStrings for these regexes, as loadPrefilterTable reads it (flags are applied when asked). */
export function prefilterTable(res: Iterable<RegExp>): string {
  const table: Record<string, [string | null, string[] | null]> = {};
  for (const re of res) table[re.source] = [charsOfSource(re.source), stringsOfSource(re.source)];
  return JSON.stringify(table);
}

/** Strings of which every match of `re` holds one (prefilter-strings.ts), or null; from the table when it has them. */
export function requiredStrings(re: RegExp): readonly string[] | null {
  if (/[iv]/.test(re.flags)) return null;
  let strings = STRINGS.get(re.source);
  if (strings === undefined) STRINGS.set(re.source, (strings = stringsOfSource(re.source)));
  return strings;
}

/** The derivation itself, without flags and without the table: the characters joined, or null. */
export function charsOfSource(source: string): string | null {
  try {
    const r = charsOf(parseRegexSource(source));
    return r ? [...r].join('') : null;
  } catch {
    return null;
  }
}

/** Characters of which every match of `re` holds one, or null (see above). */
export function requiredChars(re: RegExp): string[] | null {
  // i (case), v (set notation) change what a literal or a class matches: no set.
  if (/[iv]/.test(re.flags)) return null;
  let chars = DERIVED.get(re.source);
  if (chars === undefined) DERIVED.set(re.source, (chars = charsOfSource(re.source)));
  return chars === null ? null : chars.split('');
}

/** The union of requiredChars over regexes (null when one of them has none): a text without any cannot match any. */
export function requiredCharsOfAll(res: readonly RegExp[]): string[] | null {
  const out = new Set<string>();
  for (const re of res) {
    const r = requiredChars(re);
    if (!r) return null;
    for (const c of r) out.add(c);
  }
  return [...out];
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * A cached global copy of `re`, compiled once, not per unit. The structure's measure test (structure/security.ts)
 * runs the catalogue's regexes through the same copies as the review: V8 compiles a regex per RegExp object, so a
 * second object of the same regex would be compiled again.
 */
export function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    GLOBAL.set(re, g);
  }
  return g;
}

/**
 * For a list of character sets (one per category or rule, null = unknown), which of them a text may match: each
 * character of the text marks the entries whose set holds it (one look-up per character, not per entry).
 */
export class CharIndex {
  private readonly always: number[] = [];
  private readonly byChar = new Map<string, number[]>();
  private readonly size: number;
  /** Per entry, strings of which the text must hold one (requiredStrings): see holds(). */
  private readonly strings: readonly (readonly string[] | null)[] | null;

  constructor(sets: readonly (readonly string[] | null)[], strings: readonly (readonly string[] | null)[] | null = null) {
    this.size = sets.length;
    this.strings = strings;
    sets.forEach((set, i) => {
      if (!set) {
        this.always.push(i);
        return;
      }
      for (const c of set) {
        const list = this.byChar.get(c);
        if (list) list.push(i);
        else this.byChar.set(c, [i]);
      }
    });
  }

  /** 1 at the entries the text may match (their set has a character of the text, or no set is known). */
  candidates(text: string): Uint8Array {
    const out = new Uint8Array(this.size);
    for (const i of this.always) out[i] = 1;
    for (let k = 0; k < text.length; k++) {
      const list = this.byChar.get(text[k]);
      if (list) for (const i of list) out[i] = 1;
    }
    return out;
  }

  /**
   * Does the text hold one of entry `i`'s required strings (true when it has none)? Asked only of the candidates
   * about to be run, after the characters: a search of each string costs more than a character look-up.
   */
  holds(i: number, text: string): boolean {
    const ss = this.strings?.[i];
    if (!ss) return true;
    for (let j = 0; j < ss.length; j++) if (text.includes(ss[j])) return true;
    return false;
  }
}
