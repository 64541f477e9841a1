/**
 * Cheap tests run before the catalogue's regexes, derived from the regexes themselves at load (never written by
 * hand beside a rule): most sentences name no category, and a bundle has hundreds of sentences × 120 regexes.
 *
 * requiredChars(re): characters of which every match of `re` contains at least one (「目的以外に利用しない」 needs
 * 「以」, …), or null when no such set is known (a class, an optional part, a flag that changes matching). The
 * set is conservative: a text without any of them cannot match, so skipping the regex changes no result.
 */

import { stringsOfSource } from './prefilter-strings.ts';

type Req = Set<string> | null;

const SYNTAX = '\\^$.|?*+()[]{}/';

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

/** A literal character usable in a set: BMP, not a surrogate (a text's Set of characters holds the same). */
function literal(c: string): Req {
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff ? null : single(c);
}

/** One-character sets, shared (sets are never modified once made: union makes a new one). */
const SINGLES = new Map<string, Set<string>>();
function single(c: string): Set<string> {
  let set = SINGLES.get(c);
  if (!set) SINGLES.set(c, (set = new Set([c])));
  return set;
}

const BRACE = /\{(\d+)(,\d*)?\}/y;

class Parser {
  private i = 0;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): Req {
    const r = this.alternation();
    if (this.i !== this.src.length) throw new Error('unparsed');
    return r;
  }

  private alternation(): Req {
    let r = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      r = union(r, this.sequence());
    }
    return r;
  }

  private sequence(): Req {
    const s = this.src;
    let best: Req = null;
    let bestCost = Infinity;
    while (this.i < s.length && s[this.i] !== '|' && s[this.i] !== ')') {
      // Fast path (most of the source): a non-ASCII character, not a surrogate, without a quantifier after it.
      const code = s.charCodeAt(this.i);
      if (code >= 0x80 && (code < 0xd800 || code > 0xdfff)) {
        const next = s[this.i + 1];
        if (next !== '?' && next !== '*' && next !== '+' && next !== '{') {
          const c = (code >= 0x3040 && code <= 0x309f) || COMMON.includes(s[this.i]) ? 20 : 1;
          if (c < bestCost) {
            best = single(s[this.i]);
            bestCost = c;
          }
          this.i++;
          continue;
        }
      }
      const r = this.atom();
      if (this.quantifier() === 0 || !r) continue;
      const c = cost(r);
      if (c < bestCost) {
        best = r;
        bestCost = c;
      }
    }
    return best;
  }

  /** The minimum count of a quantifier after an atom (1 when there is none). */
  private quantifier(): number {
    const s = this.src;
    let min = 1;
    const c = s[this.i];
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      BRACE.lastIndex = this.i;
      const m = BRACE.exec(s);
      if (!m) throw new Error('brace');
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (s[this.i] === '?') this.i++;
    return min;
  }

  private atom(): Req {
    const s = this.src;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (c === '(' && s[this.i] === '?') throw new Error('group kind');
      const r = this.alternation();
      if (s[this.i] !== ')') throw new Error('group');
      this.i++;
      return zeroWidth ? null : r;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = s[this.i + 1];
      this.i += 2;
      if (e !== undefined && SYNTAX.includes(e) || e === '-') return literal(e);
      if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'c' || e === 'k') throw new Error('escape');
      return null; // \d \s \w \b \n …: a class or an assertion
    }
    if (c === '^' || c === '$' || c === '.') {
      this.i++;
      return null;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Error('syntax');
    this.i++;
    return literal(c);
  }

  /** A class: its characters when it is a plain list (「[はを]」), else null. */
  private charClass(): Req {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let plain = !negated;
    while (this.i < s.length && s[this.i] !== ']') {
      const c = s[this.i];
      if (c === '\\') {
        const e = s[this.i + 1];
        if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'c') plain = false;
        else if (e !== undefined && (SYNTAX.includes(e) || e === '-')) chars.add(e);
        else plain = false;
        this.i += 2;
        continue;
      }
      if (c === '-' || c === '[') plain = false;
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) plain = false;
      chars.add(c);
      this.i++;
    }
    if (s[this.i] !== ']') throw new Error('class');
    this.i++;
    return plain && chars.size ? chars : null;
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
    const r = new Parser(source).parse();
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
