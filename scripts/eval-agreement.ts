/**
 * Agreement between two people who judged the same held-out set: the set's author (the `*.truth.json` files) and a
 * second annotator who read only the PDFs, the domain reference and the set's expectation table
 * (tests/fixtures/heldoutN/second-annotator.json, one entry per consultation of the truth, in its order).
 *
 *   npx node scripts/eval-agreement.ts [--set heldout95 …] [--write DIR]
 *
 * Prints, per set and over all sets named, the same figures eval-heldout.ts gives the engine, with the author as truth
 * and the second annotator as the answer: F1 for mentioned (present or vague), missing (absent) and vague safeguards,
 * and recall of the author's vague phrases (a phrase of the second annotator on the same page overlapping it in the
 * page's folded pdftotext text). F1 is symmetric, so either person may be taken as the truth. A second figure takes the
 * author's expected categories (conditions included) and counts as missing what the second annotator did not mention,
 * so that it measures only the judgement of what the pages state.
 *
 * --write DIR: writes the second annotator's judgement as truth files (the author's files with the safeguard and phrase
 * fields replaced) and links the PDFs, so that `eval-heldout.ts --dir DIR` scores the engine against the second person.
 * Needs pdftotext (poppler-utils). Reads no engine code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Score } from './eval-score.ts';

interface Phrase { phrase: string; safeguard: string | null; page: number }
interface Judgement {
  safeguards_present: string[]; safeguards_absent: string[]; safeguards_vague: string[];
  vague_phrase_details: Phrase[];
}
interface TruthConsultation extends Judgement { number: string | null; title: string; page_start: number; page_end: number }
interface Truth { file: string; consultations: TruthConsultation[] }
interface Answer extends Judgement { file: string; number: string | null; page_start: number }

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true }, write: { type: 'string' } } });
const root = resolve(import.meta.dirname, '../tests/fixtures');
const sets = values.set?.length
  ? values.set
  : readdirSync(root).filter((d) => existsSync(join(root, d, 'second-annotator.json'))).sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)));
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

const brief = (s: Score) => `${s.f1.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

const pageCache = new Map<string, string>();
function pageKey(pdf: string, page: number): string {
  const k = `${pdf}#${page}`;
  let t = pageCache.get(k);
  if (t === undefined) {
    t = fold(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }));
    pageCache.set(k, t);
  }
  return t;
}
function ranges(key: string, phrase: string): [number, number][] {
  const n = fold(phrase), out: [number, number][] = [];
  if (!n) return out;
  for (let i = key.indexOf(n); i >= 0; i = key.indexOf(n, i + 1)) out.push([i, i + n.length]);
  return out;
}
/** Some phrase of `others` on the same page overlaps `ph` in the page's folded text. */
function overlaps(pdf: string, ph: Phrase, others: Phrase[]): boolean {
  const key = pageKey(pdf, ph.page);
  const mine = ranges(key, ph.phrase);
  return others.some((o) => o.page === ph.page && ranges(key, o.phrase).some(([x, y]) => mine.some(([a, b]) => x < b && y > a)));
}

const total = { mentioned: new Score(), missing: new Score(), vague: new Score(), missingSame: new Score(), phr: 0, phrN: 0, phrB: 0, phrBRight: 0 };
for (const set of sets) {
  const dir = join(root, set);
  const answers: Answer[] = JSON.parse(readFileSync(join(dir, 'second-annotator.json'), 'utf8'));
  const s = { mentioned: new Score(), missing: new Score(), vague: new Score(), missingSame: new Score(), phr: 0, phrN: 0, phrB: 0, phrBRight: 0 };
  let i = 0;
  const out = values.write ? join(resolve(values.write), set) : undefined;
  if (out) mkdirSync(out, { recursive: true });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort()) {
    const truth: Truth = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const pdf = join(dir, truth.file);
    for (const t of truth.consultations) {
      const b = answers[i++];
      if (!b || b.file !== truth.file || b.page_start !== t.page_start) throw new Error(`${set}: answer ${i} is not ${truth.file} p${t.page_start}`);
      s.mentioned.add(new Set(b.safeguards_present), new Set(t.safeguards_present));
      s.missing.add(new Set(b.safeguards_absent), new Set(t.safeguards_absent));
      s.vague.add(new Set(b.safeguards_vague), new Set(t.safeguards_vague));
      const expected = new Set([...t.safeguards_present, ...t.safeguards_absent]);
      s.missingSame.add(new Set([...expected].filter((x) => !b.safeguards_present.includes(x))), new Set(t.safeguards_absent));
      for (const ph of t.vague_phrase_details) { s.phrN++; if (overlaps(pdf, ph, b.vague_phrase_details)) s.phr++; }
      for (const ph of b.vague_phrase_details) { s.phrB++; if (overlaps(pdf, ph, t.vague_phrase_details)) s.phrBRight++; }
      if (out) Object.assign(t, { safeguards_present: b.safeguards_present, safeguards_absent: b.safeguards_absent, safeguards_vague: b.safeguards_vague, vague_phrase_details: b.vague_phrase_details, vague_phrases: b.vague_phrase_details.map((p) => p.phrase) });
    }
    if (out) {
      writeFileSync(join(out, f), JSON.stringify(truth, null, 1));
      if (!existsSync(join(out, truth.file))) symlinkSync(pdf, join(out, truth.file));
    }
  }
  if (i !== answers.length) throw new Error(`${set}: ${answers.length} answers for ${i} consultations`);
  console.log(`${set.padEnd(10)} consultations ${String(i).padStart(2)}  mentioned ${brief(s.mentioned)}  missing ${brief(s.missing)}  vague ${brief(s.vague)}  missing (author's expected set) ${s.missingSame.f1.toFixed(3)}  phrases ${s.phr}/${s.phrN} of the author's found, ${s.phrBRight}/${s.phrB} of the second's`);
  total.mentioned.merge(s.mentioned); total.missing.merge(s.missing); total.vague.merge(s.vague); total.missingSame.merge(s.missingSame);
  total.phr += s.phr; total.phrN += s.phrN; total.phrB += s.phrB; total.phrBRight += s.phrBRight;
}
if (sets.length > 1) {
  console.log(`all ${sets.length} sets  mentioned ${brief(total.mentioned)}  missing ${brief(total.missing)}  vague ${brief(total.vague)}  missing (author's expected set) ${brief(total.missingSame)}  phrases ${total.phr}/${total.phrN}, ${total.phrBRight}/${total.phrB}`);
}
