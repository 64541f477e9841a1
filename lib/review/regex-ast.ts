/**
 * The part of the regular-expression grammar the prefilters read (prefilter.ts requiredChars, prefilter-strings.ts
 * requiredStrings), parsed once into a small tree that each derivation folds in its own way.
 *
 * Anything neither derivation may reason about throws (named groups and other group kinds, \p \u \x \c \k escapes,
 * quantifiers without an atom, unbalanced brackets): the caller then knows no requirement. What parses but cannot be
 * listed (「.」, \d \s \w, back-references, classes with ranges or negation, surrogates) is `any`; what matches no
 * character (^ $ \b \B and look-arounds) is `empty`.
 */

export type RegexNode =
  | { k: 'lit'; c: string }
  | { k: 'any' }
  | { k: 'empty' }
  | { k: 'set'; chars: string[] }
  | { k: 'seq'; parts: RegexPart[] }
  | { k: 'alt'; alts: RegexNode[] };

/** An atom with its quantifier (min = max = 1 when there is none). */
export interface RegexPart {
  node: RegexNode;
  min: number;
  max: number;
}

const SYNTAX = '\\^$.|?*+()[]{}/';
const ANY: RegexNode = { k: 'any' };
const EMPTY: RegexNode = { k: 'empty' };
const BRACE = /\{(\d+)(,(\d*))?\}/y;

function isSurrogate(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

export function parseRegexSource(src: string): RegexNode {
  return new Parser(src).parse();
}

class Parser {
  private i = 0;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): RegexNode {
    const r = this.alternation();
    if (this.i !== this.src.length) throw new Error('unparsed');
    return r;
  }

  private alternation(): RegexNode {
    const first = this.sequence();
    if (this.src[this.i] !== '|') return first;
    const alts = [first];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return { k: 'alt', alts };
  }

  private sequence(): RegexNode {
    const s = this.src;
    const parts: RegexPart[] = [];
    while (this.i < s.length && s[this.i] !== '|' && s[this.i] !== ')') {
      const node = this.atom();
      parts.push({ node, ...this.quantifier() });
    }
    return { k: 'seq', parts };
  }

  /** The bounds of a quantifier after an atom ({1, 1} when there is none); a lazy 「?」 is read and dropped. */
  private quantifier(): { min: number; max: number } {
    const s = this.src;
    const c = s[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      BRACE.lastIndex = this.i;
      const g = BRACE.exec(s);
      if (!g) throw new Error('brace');
      min = Number(g[1]);
      max = g[2] === undefined ? min : g[3] === '' ? Infinity : Number(g[3]);
      this.i += g[0].length - 1;
    } else return { min: 1, max: 1 };
    this.i++;
    if (s[this.i] === '?') this.i++;
    return { min, max };
  }

  private atom(): RegexNode {
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
      return ANY; // \d \s \w \n \1 …
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === undefined || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Error('syntax');
    this.i++;
    return literal(c);
  }

  /** A class: its characters when it is a plain list (「[はを]」), else `any`. */
  private charClass(): RegexNode {
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
      if (c === '-' || c === '[' || isSurrogate(c)) plain = false;
      chars.add(c);
      this.i++;
    }
    if (s[this.i] !== ']') throw new Error('class');
    this.i++;
    return plain && chars.size > 0 ? { k: 'set', chars: [...chars] } : ANY;
  }
}

function literal(c: string): RegexNode {
  return isSurrogate(c) ? ANY : { k: 'lit', c };
}
