/**
 * requiredStrings(source): strings of which every match of the regex contains at least one, or null when none are
 * known — the same idea as requiredChars (prefilter.ts), with whole literal pieces instead of single characters:
 * /保護(?:対策|措置)/ needs 「保護対策」 or 「保護措置」, where requiredChars can only say 「保」 or 「護」. A text with none
 * of them cannot match, so the regex is not run (and, if no text of a document has them, never compiled).
 *
 * Conservative by construction: anything the parser does not know (flags i/v, escapes other than syntax characters,
 * classes with ranges, back-references, named groups, surrogates) gives "no requirement" for that part.
 */

/** What a part of a regex can match. */
interface Info {
  /** Every string the part can match (null: unknown or too many). */
  exact: string[] | null;
  /** Strings of which every match of the part contains one (null: none known). */
  req: string[] | null;
}

const SYNTAX = '\\^$.|?*+()[]{}/';
/** Largest set kept: beyond it a piece is cut (a shorter piece is still a valid requirement). */
const MAX_SET = 24;
const EMPTY: Info = { exact: [''], req: null };
const UNKNOWN: Info = { exact: null, req: null };

/** Weight of a requirement as a filter (lower is better): long pieces let few texts through, common kana many. */
function cost(set: readonly string[]): number {
  let n = 0;
  for (const s of set) {
    if (s.length >= 2) n += 1 / s.length;
    else {
      const x = s.charCodeAt(0);
      n += (x >= 0x3040 && x <= 0x309f) || '、。・ー()'.includes(s) ? 20 : 1;
    }
  }
  return n;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** A requirement from an exact set: usable when no member is empty. */
function reqOf(exact: readonly string[] | null): string[] | null {
  return exact && exact.length > 0 && !exact.includes('') ? [...exact] : null;
}

function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  return cost(b) < cost(a) ? b : a;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return dedupe(out);
}

class Parser {
  private i = 0;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): Info {
    const r = this.alternation();
    if (this.i !== this.src.length) throw new Error('unparsed');
    return r;
  }

  private alternation(): Info {
    let r = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      const b = this.sequence();
      const exact = r.exact && b.exact ? dedupe([...r.exact, ...b.exact]) : null;
      r = {
        exact: exact && exact.length <= MAX_SET ? exact : null,
        req: r.req && b.req ? dedupe([...r.req, ...b.req]) : null,
      };
    }
    return r;
  }

  private sequence(): Info {
    const s = this.src;
    let best: string[] | null = null;
    // the exact strings of the run of exact parts read so far (a piece of every match)
    let run: string[] = [''];
    let whole: string[] | null = [''];
    while (this.i < s.length && s[this.i] !== '|' && s[this.i] !== ')') {
      const part = this.quantified();
      best = better(best, part.req);
      whole = whole && part.exact ? product(whole, part.exact) : null;
      if (part.exact) {
        const next: string[] | null = product(run, part.exact);
        if (next) run = next;
        else {
          // too many: the run so far is a piece on its own; a new run starts here
          best = better(best, reqOf(run));
          run = [...part.exact];
        }
      } else {
        best = better(best, reqOf(run));
        run = [''];
      }
    }
    best = better(best, reqOf(run));
    return { exact: whole, req: better(best, reqOf(whole)) };
  }

  /** An atom and its quantifier. */
  private quantified(): Info {
    const a = this.atom();
    const s = this.src;
    const c = s[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /\{(\d+)(,(\d*))?\}/y;
      m.lastIndex = this.i;
      const g = m.exec(s);
      if (!g) throw new Error('brace');
      min = Number(g[1]);
      max = g[2] === undefined ? min : g[3] === '' ? Infinity : Number(g[3]);
      this.i += g[0].length - 1;
    } else return a;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy
    if (min === 0 && max === 1) return { exact: a.exact ? dedupe([...a.exact, '']) : null, req: null };
    if (min === 1 && max === 1) return a;
    // repeated: every match holds one match of the part (when min ≥ 1), nothing exact
    return { exact: null, req: min >= 1 ? better(a.req, reqOf(a.exact)) : null };
  }

  private atom(): Info {
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
      } else if (s[this.i] === '?') throw new Error('group kind');
      const r = this.alternation();
      if (s[this.i] !== ')') throw new Error('group');
      this.i++;
      return zeroWidth ? EMPTY : r;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = s[this.i + 1];
      this.i += 2;
      if (e !== undefined && (SYNTAX.includes(e) || e === '-')) return literal(e);
      if (e === 'b' || e === 'B') return EMPTY;
      if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'c' || e === 'k') throw new Error('escape');
      return UNKNOWN; // \d \s \w \n \1 …
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return UNKNOWN;
    }
    if (c === undefined || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Error('syntax');
    this.i++;
    return literal(c);
  }

  /** A class: its characters when it is a short plain list (「[はを]」), else unknown. */
  private charClass(): Info {
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
        if (e !== undefined && (SYNTAX.includes(e) || e === '-')) chars.add(e);
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
    if (!plain || chars.size === 0 || chars.size > MAX_SET) return UNKNOWN;
    const exact = [...chars];
    return { exact, req: exact };
  }
}

function literal(c: string): Info {
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return UNKNOWN;
  return { exact: [c], req: [c] };
}

/**
 * Kept only when it says more than requiredChars at a low price: at most this many strings, each of two characters
 * or more (a search of each string in the text is the price; single characters are the character index's job).
 */
const MAX_KEPT = 8;

/** The derivation for a source (flags aside): the strings, or null. */
export function stringsOfSource(source: string): string[] | null {
  let req: string[] | null;
  try {
    req = new Parser(source).parse().req;
  } catch {
    return null;
  }
  return req && req.length <= MAX_KEPT && req.every((s) => s.length >= 2) ? req : null;
}

/** Strings of which every match of `re` holds one, or null (flags i and v change what a literal matches). */
export function requiredStrings(re: RegExp): string[] | null {
  if (/[iv]/.test(re.flags)) return null;
  return stringsOfSource(re.source);
}
