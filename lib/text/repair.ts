/**
 * Repair of code points that bad ToUnicode maps give for ordinary kanji.
 *
 * PDFs printed by Chrome (and some other producers) map a glyph shared by a radical and a kanji to the
 * radical's code point: 「⽅」(U+2F45 KANGXI RADICAL SQUARE) for 方, 「⻑」(U+2ED1) for 長, 「‧」 (U+2027 HYPHENATION
 * POINT) for 「・」, and 「∕」 (U+2215 DIVISION SLASH) for the full-width 「／」 (「ＩＳＯ／ＩＥＣ２７００１」, where poppler
 * reads ／). Vertical presentation forms (︒ U+FE12) become their ordinary forms (。). The member must see 方, 長, ・ and
 * ／. Everything else is kept as printed: ①, ㈱, full-width letters and half-width kana are NOT folded here (that is the
 * search key's job).
 *
 * The repair is length-preserving (one UTF-16 unit in, one out), so offsets stay valid.
 */
import { RADICAL_SUPPLEMENT_TO_IDEOGRAPH } from './radicals.ts';

const NEEDS_REPAIR = /[\u2E80-\u2FDF\u2027\u2215\uFE10-\uFE19\uFE30-\uFE48]/;
const REPAIR_ALL = /[\u2E80-\u2FDF\u2027\u2215\uFE10-\uFE19\uFE30-\uFE48]/g;

function repairChar(c: string): string {
  const cp = c.charCodeAt(0);
  if (cp === 0x2027) return '\u30FB';
  if (cp === 0x2215) return '\uFF0F';
  if (cp >= 0xfe10) {
    // Vertical presentation forms (︒ ︑ ︵ …) from vertical fonts: the member reads 。、（.
    const n = c.normalize('NFKC');
    return n.length === 1 ? n : c;
  }
  if (cp >= 0x2f00 && cp <= 0x2fd5) {
    // Kangxi radicals: each has a compatibility decomposition to its unified ideograph.
    const n = c.normalize('NFKC');
    return n.length === 1 ? n : c;
  }
  return RADICAL_SUPPLEMENT_TO_IDEOGRAPH[cp] ?? c;
}

/** Displayed text with radicals and U+2027 repaired; identity when there is nothing to repair. */
export function repairText(s: string): string {
  if (!NEEDS_REPAIR.test(s)) return s;
  return s.replace(REPAIR_ALL, repairChar);
}
