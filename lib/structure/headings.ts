/**
 * Heading markers: which numbering / bullet style a line starts with.
 *
 * Styles (公用文 and IT-spec conventions): 第1 / Ⅰ / 1 / 1. / 1) / (1) / 1-1 / 1.1 / ア / (ア) / ① / a / (a)
 * / ■□◆◇●◎ / ○ / 【…】〔…〕［…］＜…＞. The hierarchy is not fixed: it follows the order in which styles
 * appear in a document (see sections.ts), as readers do.
 */

export interface Marker {
  /** Numbering family, e.g. "num", "paren", "dai", "kana", "sym:■", "bracket". */
  style: string;
  /** Ordinal of the item (1-based) for numbered styles; null for bullets and brackets. */
  num: number | null;
  /** The marker as printed ("5", "（1）", "第 5", "■"). */
  marker: string;
  /** The heading text after the marker (trimmed, raw). */
  title: string;
}

const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚';
const PAREN_DIGITS = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ', 'Ⅹ', 'Ⅺ', 'Ⅻ'];
const ROMAN_ASCII = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const KANJI_NUM = '〇一二三四五六七八九十';

/** Full-width digits, letters, parens, period and spaces → ASCII; other characters kept (①, Ⅲ, ア stay). */
export function asciiFold(s: string): string {
  return s
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/．/g, '.')
    .replace(/[－‐―−]/g, '-')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

function kanjiToNumber(s: string): number {
  if (/^[0-9]+$/.test(s)) return parseInt(s, 10);
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else cur = KANJI_NUM.indexOf(ch);
  }
  return total + cur;
}

const SYMBOLS = '■□◆◇●◎◉▲△▼▽★☆◯';

type Rule = { re: RegExp; make: (m: RegExpMatchArray) => Marker | null };

const mk = (style: string, num: number | null, marker: string, title: string): Marker => ({ style, num, marker, title: title.trim() });

/** Order matters: the first matching rule wins. Rules see the ascii-folded line. */
const RULES: Rule[] = [
  // 第1 / 第 5 / 第二 / 第1章 (but not 第1条 body articles — those get their own style)
  { re: /^第 ?([0-9]+|[一二三四五六七八九十]+) ?(章|節|款|部)? ?(?=\S)(?![0-9号回条項])(.*)$/, make: (m) => mk(m[2] ? `dai${m[2]}` : 'dai', kanjiToNumber(m[1]), m[0].slice(0, m[0].length - m[3].length), m[3]) },
  { re: /^第 ?([0-9]+|[一二三四五六七八九十]+) ?条(?:の[0-9]+)? ?(.*)$/, make: (m) => mk('article', kanjiToNumber(m[1]), m[0].slice(0, m[0].length - m[2].length), m[2]) },
  // Ⅲ 特定個人情報… / III. …
  {
    re: /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?=[ .、]))[ .、]*(.+)$/,
    make: (m) => {
      const i = ROMAN.indexOf(m[1]) >= 0 ? ROMAN.indexOf(m[1]) : ROMAN_ASCII.indexOf(m[1]);
      return i < 0 ? null : mk('roman', i + 1, m[1], m[2]);
    },
  },
  // 1-1 / 1-1-2 (IT specs); not dates or phone numbers
  { re: /^([0-9]{1,2})-([0-9]{1,2})-([0-9]{1,2}) ?(?![0-9-])(.+)$/, make: (m) => mk('hyphen3', +m[3], `${m[1]}-${m[2]}-${m[3]}`, m[4]) },
  { re: /^([0-9]{1,2})-([0-9]{1,2}) ?(?![0-9-])(\D.*)$/, make: (m) => mk('hyphen2', +m[2], `${m[1]}-${m[2]}`, m[3]) },
  // 1.1 / 1.1.1
  { re: /^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{1,2})\.? (.+)$/, make: (m) => mk('dotted3', +m[3], `${m[1]}.${m[2]}.${m[3]}`, m[4]) },
  { re: /^([0-9]{1,2})\.([0-9]{1,2})\.? (.+)$/, make: (m) => mk('dotted2', +m[2], `${m[1]}.${m[2]}`, m[3]) },
  // 1. / 1．
  { re: /^([0-9]{1,2})\. ?(?![0-9])(.+)$/, make: (m) => mk('numdot', +m[1], `${m[1]}.`, m[2]) },
  // 1) / 1）
  { re: /^([0-9]{1,2})\) ?(.+)$/, make: (m) => mk('numparen', +m[1], `${m[1]})`, m[2]) },
  // (1) / （１） / ⑴
  { re: /^\(([0-9]{1,2})\) ?(.+)$/, make: (m) => mk('paren', +m[1], `(${m[1]})`, m[2]) },
  { re: new RegExp(`^([${PAREN_DIGITS}]) ?(.+)$`), make: (m) => mk('paren', PAREN_DIGITS.indexOf(m[1]) + 1, m[1], m[2]) },
  // ① …
  { re: new RegExp(`^([${CIRCLED}]) ?(.+)$`), make: (m) => mk('circled', CIRCLED.indexOf(m[1]) + 1, m[1], m[2]) },
  // 一 趣旨 / 三、安全対策 (公用文 kanji numbering, domain.md §5.4; a space, 、 or ． after the numeral)
  { re: /^([一二三四五六七八九十]{1,3})[ 、.](?=\S)(.+)$/, make: (m) => mk('kanji', kanjiToNumber(m[1]), m[1], m[2]) },
  // 1 導入目的 (number, space, text that does not start like a quantity: 1 年, 4 名, 30 日 …; but 「4 日程」「2 名簿」
  // 「5 時期」「3 課題」「1 件名」 are headings: the quantity character starts a word there)
  { re: /^([0-9]{1,2}) (?![0-9]|(?:[年月日名件人回時分歳円％%か箇ヶ校台館世課号条項頁]|ページ)(?![程称簿員期題帳線担析名]))(\S.*)$/, make: (m) => mk('num', +m[1], m[1], m[2]) },
  // (ア) / （ア）
  { re: new RegExp(`^\\(([${KANA}])\\) ?(.+)$`), make: (m) => mk('pkana', KANA.indexOf(m[1]) + 1, `(${m[1]})`, m[2]) },
  // ア 市から受領した… (kana + space); イロハ order is recognised when it starts with イ ロ
  { re: new RegExp(`^([${KANA}]) (.+)$`), make: (m) => mk('kana', KANA.indexOf(m[1]) + 1, m[1], m[2]) },
  { re: new RegExp(`^([${IROHA}])\\) ?(.+)$`), make: (m) => mk('irohaparen', IROHA.indexOf(m[1]) + 1, m[1], m[2]) },
  // (a) / a. / a)
  { re: /^\(([a-z])\) ?(.+)$/, make: (m) => mk('palpha', m[1].charCodeAt(0) - 96, `(${m[1]})`, m[2]) },
  { re: /^([a-z])[.)] ?(.+)$/, make: (m) => mk('alpha', m[1].charCodeAt(0) - 96, m[1], m[2]) },
  // Ａ 事業の概要 / B. 対象: a capital letter, then a space, period or parenthesis, then Japanese (not 「A4 用紙」「ID …」)
  { re: /^([A-Z])(?: |\. ?|\) ?)(?=[^\x00-\x7f])(.+)$/, make: (m) => mk('ualpha', m[1].charCodeAt(0) - 64, m[1], m[2]) },
  // ■５ 諮問事項 (a symbol and a number together, set 220): a numbered heading of its own style, the number not part of the title
  //   (not a quantity: 「■ 1年間保存」)
  {
    re: new RegExp(`^([${SYMBOLS}]) ?([0-9]{1,2}) ?(?![0-9.]|(?:[年月日名件人回時分歳円％%か箇ヶ校台館世課号条項頁]|ページ)(?![程称簿員期題帳線担析名]))(\\S.*)$`),
    make: (m) => mk(`symnum:${m[1]}`, +m[2], `${m[1]}${m[2]}`, m[3]),
  },
  // ■ セキュリティ対策
  { re: new RegExp(`^([${SYMBOLS}]) ?(.+)$`), make: (m) => mk(`sym:${m[1]}`, null, m[1], m[2]) },
  { re: /^([○〇]) ?(.+)$/, make: (m) => mk('sym:○', null, m[1], m[2]) },
  // 【個人情報の保護措置】 〔…〕 ［…］ ＜…＞ 《…》 — the whole line (or bracket first, then a short tail)
  // 【１】諮問の概要 / 〔２〕…: a numbered bracket is a numbered heading, not a bracketed title 「1 諮問の概要」
  { re: /^【([0-9]{1,2})】 ?(\S.*)$/, make: (m) => mk('bracketnum', +m[1], `【${m[1]}】`, m[2]) },
  { re: /^〔([0-9]{1,2})〕 ?(\S.*)$/, make: (m) => mk('kikkonum', +m[1], `〔${m[1]}〕`, m[2]) },
  { re: /^【([^】]+)】 ?(.*)$/, make: (m) => mk('bracket', null, '【】', m[1] + (m[2] ? ` ${m[2]}` : '')) },
  { re: /^〔([^〕]+)〕 ?(.*)$/, make: (m) => mk('kikko', null, '〔〕', m[1] + (m[2] ? ` ${m[2]}` : '')) },
  { re: /^［([^］]+)］$/, make: (m) => mk('sqbracket', null, '［］', m[1]) },
  { re: /^[<＜〈《]([^>＞〉》]+)[>＞〉》]$/, make: (m) => mk('angle', null, '＜＞', m[1]) },
];

/** Every character a rule above can start with, after asciiFold (no rule can match a line starting otherwise). */
export const FIRST_CHARS: ReadonlySet<string> = new Set([...'第ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789(abcdefghijklmnopqrstuvwxyz○〇【〔［<＜〈《一二三四五六七八九十', ...PAREN_DIGITS, ...CIRCLED, ...KANA, ...IROHA, ...SYMBOLS]);

/**
 * The same test before folding: the characters c with FIRST_CHARS.has(asciiFold(c)). asciiFold changes only
 * full-width letters and digits, （）．, four dashes and white space (never a line's first visible character);
 * every other character is its own fold. So the set is FIRST_CHARS and the changed characters whose fold is in it.
 */
export const RAW_FIRST_CHARS: ReadonlySet<string> = new Set([...FIRST_CHARS, ...[...'（）．－‐―−'].concat(Array.from({ length: 0xff5a - 0xff10 + 1 }, (_, k) => String.fromCharCode(0xff10 + k))).filter((c) => FIRST_CHARS.has(asciiFold(c)))]);

/** The numbering/bullet marker a line starts with, or null. */
export function markerOf(text: string): Marker | null {
  // Most lines start with a character no marker starts with: skip the folding and the rules for them, without
  // folding even the first character (this runs for every line; the rules, in a function of their own, for few).
  const first = text.search(/\S/);
  if (first < 0 || !RAW_FIRST_CHARS.has(text[first])) return null;
  return markerOfFolded(asciiFold(text));
}

function markerOfFolded(t: string): Marker | null {
  if (!t) return null;
  for (const r of RULES) {
    const m = t.match(r.re);
    if (m) {
      const res = r.make(m);
      if (res && res.title) return res;
    }
  }
  return null;
}

/** A heading's text reads like a title rather than a sentence: short, no sentence end. */
export function titleLike(title: string, maxLen = 40): boolean {
  const t = title.trim();
  if (!t || t.length > maxLen) return false;
  if (/[。]$/.test(t) || /。./.test(t)) return false;
  return true;
}
