/**
 * requiredStrings(source): strings of which every match of the regex contains at least one, or null when none are
 * known — the same idea as requiredChars (prefilter.ts), with whole literal pieces instead of single characters:
 * /保護(?:対策|措置)/ needs 「保護対策」 or 「保護措置」, where requiredChars can only say 「保」 or 「護」. A text with none
 * of them cannot match, so the regex is not run (and, if no text of a document has them, never compiled).
 *
 * Conservative by construction: anything the parser does not know (flags i/v, escapes other than syntax characters,
 * classes with ranges, back-references, named groups, surrogates) gives "no requirement" for that part.
 */

import { parseRegexSource, type RegexNode } from './regex-ast.ts';

/** What a part of a regex can match. */
interface Info {
  /** Every string the part can match (null: unknown or too many). */
  exact: string[] | null;
  /** Strings of which every match of the part contains one (null: none known). */
  req: string[] | null;
}

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

/** What a node can match, folded from the tree (regex-ast.ts). */
function infoOf(n: RegexNode): Info {
  switch (n.k) {
    case 'lit':
      return { exact: [n.c], req: [n.c] };
    case 'set':
      return n.chars.length > MAX_SET ? UNKNOWN : { exact: n.chars, req: n.chars };
    case 'empty':
      return EMPTY;
    case 'any':
      return UNKNOWN;
    case 'alt': {
      let r = infoOf(n.alts[0]);
      for (let k = 1; k < n.alts.length; k++) {
        const b = infoOf(n.alts[k]);
        const exact = r.exact && b.exact ? dedupe([...r.exact, ...b.exact]) : null;
        r = {
          exact: exact && exact.length <= MAX_SET ? exact : null,
          req: r.req && b.req ? dedupe([...r.req, ...b.req]) : null,
        };
      }
      return r;
    }
    case 'seq': {
      let best: string[] | null = null;
      // the exact strings of the run of exact parts read so far (a piece of every match)
      let run: string[] = [''];
      let whole: string[] | null = [''];
      for (const p of n.parts) {
        const part = quantified(infoOf(p.node), p.min, p.max);
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
  }
}

/** A part under its quantifier. */
function quantified(a: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return a;
  if (min === 0 && max === 1) return { exact: a.exact ? dedupe([...a.exact, '']) : null, req: null };
  // repeated: every match holds one match of the part (when min ≥ 1), nothing exact
  return { exact: null, req: min >= 1 ? better(a.req, reqOf(a.exact)) : null };
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
    req = infoOf(parseRegexSource(source)).req;
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
