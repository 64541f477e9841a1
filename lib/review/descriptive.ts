/**
 * The descriptive sections of an item (目的・取り扱う個人情報・対象者; data in ./data/descriptive-sections.ts):
 * a heading line, or a label with its content on the same line, shows the category is written about.
 */
import type { SafeguardId } from '../analysis/schema.ts';
import { DESCRIPTIVE_SECTIONS, type DescriptiveSection } from './data/descriptive-sections.ts';
import { isHeading, type Unit } from './units.ts';

export interface DescriptiveMention {
  id: SafeguardId;
  /** The heading (or label) unit, then the first sentence under it when the heading stands alone. */
  units: Unit[];
}

/** Leading list marker or bracket of a heading line (NFKC): 「第1」「1.」「3.1」「(3)」「■」「【」「Ⅰ」「ア」「三」. */
const MARKER = /^(第\s?\d+|\d{1,2}(\.\d{1,2}){1,2}\.?|\(?\d{1,2}[).．]?|[一二三四五六七八九十]{1,3}(?=[\s　])|[①-⑳]|[ア-ン](?=[\s　])|[・■□◆◇○●※▪►▶]|[(（][ア-ン一二三四五六七八九十\d]{1,3}[)）]|[IVXⅠ-Ⅹ]+[.．]?)[\s　]*/u;

function firstLine(u: Unit): string {
  const nl = u.text.indexOf('\n');
  return (nl < 0 ? u.text : u.text.slice(0, nl)).normalize('NFKC').trim();
}

/** The heading line without marker, brackets and spaces; null when the line is not heading-like. */
function headingOf(line: string): { head: string; label: string | null; rest: string } | null {
  let s = line.replace(MARKER, '');
  s = s.replace(/^[【〔\[]\s*/, '').replace(/\s*[】〕\]]/, ' ').trim();
  // A two-character label spaced out to the column width: 「項　目」.
  s = s.replace(/^(\S)\s(\S)(?=\s)/u, '$1$2');
  const compact = s.replace(/\s+/g, '');
  if (!compact) return null;
  const sp = s.search(/\s/);
  const label = sp > 0 ? s.slice(0, sp) : null;
  const rest = sp > 0 ? s.slice(sp).replace(/\s+/g, '') : '';
  return { head: compact, label, rest };
}

/**
 * headingOf(firstLine(u)), by unit text: every category's scan reads the same units again, and a bundle repeats
 * the same lines in consultation after consultation. The result depends on `u.text` alone and is not modified.
 */
const HEADS = new Map<string, ReturnType<typeof headingOf>>();
function headOfUnit(u: Unit): ReturnType<typeof headingOf> {
  let h = HEADS.get(u.text);
  if (h === undefined) {
    if (HEADS.size >= 20_000) HEADS.clear();
    HEADS.set(u.text, (h = headingOf(firstLine(u))));
  }
  return h;
}

function matches(def: DescriptiveSection, units: readonly Unit[], i: number): DescriptiveMention | null {
  const u = units[i];
  const h = headOfUnit(u);
  if (!h) return null;
  // (A) the whole first line is the heading: short, no sentence end.
  if (h.head.length <= 30 && !/。$/.test(h.head) && def.heading.test(h.head)) {
    const m = headingSection(def, units, i);
    if (m) return m;
  }
  // (B) label and content on one line: 「対象者　要介護認定の申請者（約3,400人）」.
  if (def.label && h.label && h.rest && def.label.test(h.label.replace(/\s+/g, ''))) {
    if (def.body && !def.body.test(u.key)) return null;
    return { id: def.id, units: [u] };
  }
  return null;
}

/** How many sentences under a heading are read (an overview may state its facts first and the aim after them). */
const BODY_UNITS = 6;

/**
 * (A) of `matches`, once unit i's first line reads as the category's heading: the sentences under it, and the
 * section when the heading has content. A function of its own: it runs for few units, and V8 optimises `matches`
 * (run for every unit and category) without it.
 */
function headingSection(def: DescriptiveSection, units: readonly Unit[], i: number): DescriptiveMention | null {
  const u = units[i];
  const body: Unit[] = [];
  const restOfUnit = u.text.includes('\n');
  for (let j = i + 1; j < units.length && body.length < BODY_UNITS; j++) {
    const b = units[j];
    if (b.page !== u.page && j > i + 1) break;
    const bl = headOfUnit(b);
    // a bullet (「・利用者の氏名、住所」) is the section's content, not the next heading
    if (isHeading(b) && bl && bl.head.length <= 20 && !/。$/.test(b.key) && !/^[・･]/.test(firstLine(b))) break;
    body.push(b);
  }
  let text = u.key; // the heading and the sentences under it
  for (let k = 0; k < body.length; k++) text += body[k].key;
  const ok = (restOfUnit || body.length > 0) && (!def.body || def.body.test(text));
  return ok ? { id: def.id, units: restOfUnit || !body.length ? [u] : [u, body[0]] } : null;
}

/** The first descriptive section of each category in the consultation's units. */
export function findDescriptiveSections(units: readonly Unit[]): DescriptiveMention[] {
  const out: DescriptiveMention[] = [];
  const done = new Set<SafeguardId>();
  for (const def of DESCRIPTIVE_SECTIONS) {
    if (done.has(def.id)) continue;
    for (let i = 0; i < units.length; i++) {
      const m = matches(def, units, i);
      if (m) {
        out.push(m);
        done.add(def.id);
        break;
      }
    }
  }
  return out;
}
