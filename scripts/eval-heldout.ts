/**
 * Held-out evaluation: runs the whole engine (lib/analyze.ts analyzeBytes, pdf.js in Node) over
 * tests/fixtures/heldout/*.pdf and compares it with the truth files written by
 * scripts/fixtures/make-heldout.ts (32 safeguard ids and contract type ids, used directly).
 *
 *   npx node scripts/eval-heldout.ts [--set heldout|heldout2|heldout3] [--dir DIR] [--file NAME] [--expect full|core] [--verbose] [--why]
 * (--set names a folder under tests/fixtures/, default heldout; --dir overrides it)
 * --expect: the expectation table of the review (lib/review/data/expectation-profiles.ts). Default `full`
 * (domain.md §7.3), because the held-out truths' safeguards_absent were written from §7.3; the engine's own
 * default is `core` (the corpus README's table, with which the corpus truth was made).
 *
 * Prints per file and in total: detection accuracy; consultations found / expected / matched, exact
 * page ranges and types; security-section recall and precision (heading equal after NFKC and
 * whitespace folding, pages overlapping, same consultation; a found section whose heading is a
 * truth sub-heading inside the truth section is counted apart, neither right nor wrong); safeguard
 * F1 for mentioned (present or vague), missing and vague; recall of the truth's vague phrases
 * (found when a reported phrase on the same page overlaps it in the folded page text) and their
 * precision (a reported phrase is right when it overlaps a truth phrase on its page; -v lists the others).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeBytes } from '../lib/analyze.ts';
import type { Analysis, Consultation } from '../lib/analysis/schema.ts';
import { nodePdfjsEnv } from '../lib/platform/node-pdfjs.ts';
import { reviewConsultation } from '../lib/review/index.ts';
import { EXPECTATION_PROFILE_IDS, type ExpectationProfile } from '../lib/review/data/expectation-profiles.ts';
import type { ConsultationFound, SecuritySectionFound } from '../lib/structure/types.ts';
import { extractText } from '../lib/text/extract.ts';
import { Score } from './eval-score.ts';
import { findInDisplay } from '../lib/text/search-key.ts';
import type { TextDocument } from '../lib/text/types.ts';

interface TruthSection { heading: string; page_start: number; page_end: number; role: string; next_heading?: string | null; subsections?: { heading: string; page: number | null }[] }
interface TruthConsultation {
  number: string | null; title: string; consultation_types: string[]; page_start: number; page_end: number;
  security_sections: TruthSection[]; safeguards_present: string[]; safeguards_absent: string[]; safeguards_vague: string[];
  vague_phrase_details: { phrase: string; safeguard: string | null; page: number }[];
  department?: string;
}
interface Truth { file: string; is_consultation: boolean; consultations: TruthConsultation[] }

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'heldout' },
    dir: { type: 'string' },
    file: { type: 'string' },
    expect: { type: 'string', default: 'full' },
    verbose: { type: 'boolean', short: 'v' },
    why: { type: 'boolean' },
  },
});
if (!(EXPECTATION_PROFILE_IDS as readonly string[]).includes(values.expect!)) throw new Error(`--expect full|core, not ${values.expect}`);
const expectations = values.expect as ExpectationProfile;
const dir = values.dir ?? resolve(import.meta.dirname, '../tests/fixtures', values.set!);
const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');
/** Same item number; a year printed before it (令和6年度諮問第3号) is part of the number as printed. */
const sameNumber = (found: string | null, truth: string | null) => !!found && !!truth && (fold(found) === fold(truth) || fold(found).endsWith(fold(truth)));

const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** Truth consultations paired with found ones: by folded number, then by the largest page overlap. */
function pair(truth: TruthConsultation[], found: Consultation[]): Map<TruthConsultation, Consultation> {
  const out = new Map<TruthConsultation, Consultation>();
  const used = new Set<Consultation>();
  for (const t of truth) {
    const f = t.number ? found.find((c) => !used.has(c) && sameNumber(c.number, t.number)) : undefined;
    if (f) { out.set(t, f); used.add(f); }
  }
  for (const t of truth) {
    if (out.has(t)) continue;
    let best: Consultation | undefined;
    let bestOv = 0;
    for (const c of found) {
      if (used.has(c)) continue;
      const ov = Math.min(c.pageEnd, t.page_end) - Math.max(c.pageStart, t.page_start) + 1;
      if (ov > bestOv) { bestOv = ov; best = c; }
    }
    if (best) { out.set(t, best); used.add(best); }
  }
  return out;
}

function phraseFound(a: Analysis, t: TruthConsultation, ph: { phrase: string; page: number }, found: Consultation['vaguePhrases']): boolean {
  const page = a.pages.find((p) => p.index === ph.page);
  if (!page) return false;
  const key = fold(page.text);
  const needle = fold(ph.phrase);
  const truthRanges: [number, number][] = [];
  for (let i = key.indexOf(needle); i >= 0; i = key.indexOf(needle, i + 1)) truthRanges.push([i, i + needle.length]);
  if (!truthRanges.length) return false;
  for (const f of found.filter((v) => v.page === ph.page)) {
    const fk = fold(f.quote);
    if (!fk) continue;
    for (let i = key.indexOf(fk); i >= 0; i = key.indexOf(fk, i + 1)) if (truthRanges.some(([x, y]) => i < y && i + fk.length > x)) return true;
  }
  void t;
  return false;
}

/** A reported phrase overlaps one of the truth's phrases on its page (precision). */
function phraseRight(a: Analysis, t: TruthConsultation, v: Consultation['vaguePhrases'][number]): boolean {
  const page = a.pages.find((p) => p.index === v.page);
  if (!page) return false;
  const key = fold(page.text);
  const fk = fold(v.quote);
  if (!fk) return false;
  for (const ph of t.vague_phrase_details) {
    if (ph.page !== v.page) continue;
    const needle = fold(ph.phrase);
    for (let i = key.indexOf(needle); i >= 0; i = key.indexOf(needle, i + 1)) {
      for (let j = key.indexOf(fk); j >= 0; j = key.indexOf(fk, j + 1)) if (j < i + needle.length && j + fk.length > i) return true;
    }
  }
  return false;
}

/** Review alone: the consultation and its sections as the truth has them (text from heading to next heading). */
function oracleConsultation(doc: TextDocument, t: TruthConsultation): ConsultationFound {
  const section = (s: TruthSection): SecuritySectionFound => {
    const parts: string[] = [];
    for (let i = s.page_start; i <= s.page_end; i++) {
      let text = doc.pages.find((p) => p.index === i)?.text ?? '';
      if (i === s.page_start) { const h = findInDisplay(text, s.heading)[0]; if (h) text = text.slice(h.end); }
      if (i === s.page_end && s.next_heading) { const n = findInDisplay(text, s.next_heading)[0]; if (n) text = text.slice(0, n.start); }
      parts.push(text);
    }
    return { heading: s.heading, pageStart: s.page_start, pageEnd: s.page_end, text: parts.join('\n'), lines: [], role: s.role as SecuritySectionFound['role'] };
  };
  return {
    number: t.number, title: t.title, types: t.consultation_types as ConsultationFound['types'],
    pageStart: t.page_start, pageEnd: t.page_end, securitySections: t.security_sections.map(section),
  };
}

/** --why: the engine's first quote for what it reports, the truth's evidence for what it expects (appended to `log`). */
function explain(log: string[], sg: Consultation['safeguards'], t: TruthConsultation) {
  const ev = (t as TruthConsultation & { evidence?: Record<string, { text: string; page: number }> }).evidence ?? {};
  for (const line of [...log]) {
    const m = /^(mentioned|missing|vague) (FP|FN) (\w+)$/.exec(line);
    if (!m) continue;
    const got = sg.find((x) => x.id === m[3]);
    const q = got?.evidence[0];
    log.push(`  ${m[3]}: engine ${got?.status ?? '-'}${q ? ` p.${q.page} 「${fold(q.quote).slice(0, 70)}」` : ''} | truth ${ev[m[3]] ? `p.${ev[m[3]].page} 「${fold(ev[m[3]].text).slice(0, 70)}」` : '-'}`);
  }
}

async function oracle(files: string[]) {
  const env = await nodePdfjsEnv();
  const mentioned = new Score(), missing = new Score(), vague = new Score();
  let phr = 0, phrN = 0, rep = 0, repRight = 0;
  const detail: string[] = [];
  const extra: string[] = [];
  for (const tf of files) {
    const truth = JSON.parse(readFileSync(join(dir, tf), 'utf8')) as Truth;
    if (values.file && !truth.file.includes(values.file)) continue;
    if (!truth.consultations.length) continue;
    const doc = await extractText(new Uint8Array(readFileSync(join(dir, truth.file))), env, {});
    const pages = { pages: doc.pages.map((p) => ({ index: p.index, text: p.text })) } as unknown as Analysis;
    for (const t of truth.consultations) {
      const r = reviewConsultation(oracleConsultation(doc, t), doc, { expectations });
      const sg = r.safeguards;
      const log: string[] = [];
      mentioned.add(new Set(sg.filter((s) => s.status !== 'missing').map((s) => s.id)), new Set(t.safeguards_present), log, 'mentioned');
      missing.add(new Set(sg.filter((s) => s.status === 'missing').map((s) => s.id)), new Set(t.safeguards_absent), log, 'missing');
      vague.add(new Set(sg.filter((s) => s.status === 'vague').map((s) => s.id)), new Set(t.safeguards_vague), log, 'vague');
      for (const ph of t.vague_phrase_details) {
        phrN++;
        if (phraseFound(pages, t, ph, r.vaguePhrases)) phr++;
        else log.push(`phrase MISS 「${ph.phrase}」 p.${ph.page} (${ph.safeguard ?? '-'})`);
      }
      for (const v of r.vaguePhrases) {
        rep++;
        if (phraseRight(pages, t, v)) repRight++;
        else extra.push(`${truth.file} ${t.number ?? t.title.slice(0, 12)} p.${v.page} [${v.rule}] 「${fold(v.quote)}」`);
      }
      if (values.why) explain(log, sg, t);
      if (log.length) detail.push(`${truth.file} ${t.number ?? t.title.slice(0, 12)}:\n    ${log.join('\n    ')}`);
    }
  }
  console.log('');
  console.log('== review alone (oracle: consultations and sections from the truth) ==');
  console.log(`safeguards mentioned   ${mentioned.fmt()}`);
  console.log(`safeguards missing     ${missing.fmt()}`);
  console.log(`safeguards vague       ${vague.fmt()}`);
  console.log(`vague-phrase recall    ${(phrN ? phr / phrN : 1).toFixed(3)} (${phr}/${phrN})`);
  console.log(`vague-phrase precision ${(rep ? repRight / rep : 1).toFixed(3)} (${repRight}/${rep} reported overlap a truth phrase)`);
  if (values.verbose) {
    console.log(`reported phrases not in the truth (${extra.length}):`);
    for (const x of extra) console.log(`    ${x}`);
    console.log(`most wrong ids: mentioned [${mentioned.worst()}]`);
    console.log(`                missing   [${missing.worst()}]`);
    console.log(`                vague     [${vague.worst()}]`);
    console.log(detail.join('\n'));
  }
}

async function main() {
  const env = await nodePdfjsEnv();
  const files = readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort();
  const tot = { det: 0, detN: 0, consFound: 0, consExp: 0, matched: 0, rangeOk: 0, typeOk: 0, secTp: 0, secTruth: 0, secFound: 0, secFoundTp: 0, secSub: 0, phr: 0, phrN: 0, phrReported: 0, phrRight: 0 };
  const mentioned = new Score(), missing = new Score(), vague = new Score();
  /** The same without the three descriptive ids (目的・項目・対象者), which the corpus truth never scored. */
  const DESCRIPTIVE = new Set(['purpose_necessity', 'data_minimization', 'subject_scope']);
  const core = { mentioned: new Score(), missing: new Score(), vague: new Score() };
  const noDesc = (xs: Iterable<string>) => new Set([...xs].filter((x) => !DESCRIPTIVE.has(x)));
  const detail: string[] = [];
  for (const tf of files) {
    const truth = JSON.parse(readFileSync(join(dir, tf), 'utf8')) as Truth;
    if (values.file && !truth.file.includes(values.file)) continue;
    const bytes = new Uint8Array(readFileSync(join(dir, truth.file)));
    const a = await analyzeBytes(bytes, env, { file: truth.file, expectations });
    const notes: string[] = [];
    tot.detN++;
    const detOk = a.detection.isConsultation === truth.is_consultation;
    if (detOk) tot.det++;
    else notes.push(`detection ${a.detection.isConsultation} (score ${a.detection.score.toFixed(2)}: ${a.detection.signals.join(', ')})`);
    const found = a.consultations;
    const exp = truth.consultations;
    tot.consFound += found.length;
    tot.consExp += exp.length;
    const pairs = pair(exp, found);
    for (const f of found) if (![...pairs.values()].includes(f)) notes.push(`extra consultation ${f.number ?? '(no number)'} 「${f.title.slice(0, 30)}」 p${f.pageStart}-${f.pageEnd}`);
    let secTp = 0, secN = 0, secFound = 0, secFoundTp = 0;
    for (const t of exp) {
      const f = pairs.get(t);
      const label = `${t.number ?? t.title.slice(0, 12)}`;
      // safeguards (an unmatched consultation counts every truth item as missed)
      const sg = f?.safeguards ?? [];
      const log: string[] = [];
      mentioned.add(new Set(sg.filter((s) => s.status !== 'missing').map((s) => s.id)), new Set(t.safeguards_present), log, 'mentioned');
      missing.add(new Set(sg.filter((s) => s.status === 'missing').map((s) => s.id)), new Set(t.safeguards_absent), log, 'missing');
      vague.add(new Set(sg.filter((s) => s.status === 'vague').map((s) => s.id)), new Set(t.safeguards_vague), log, 'vague');
      core.mentioned.add(noDesc(sg.filter((s) => s.status !== 'missing').map((s) => s.id)), noDesc(t.safeguards_present), [], '');
      core.missing.add(noDesc(sg.filter((s) => s.status === 'missing').map((s) => s.id)), noDesc(t.safeguards_absent), [], '');
      core.vague.add(noDesc(sg.filter((s) => s.status === 'vague').map((s) => s.id)), noDesc(t.safeguards_vague), [], '');
      for (const ph of t.vague_phrase_details) {
        tot.phrN++;
        if (f && phraseFound(a, t, ph, f.vaguePhrases)) tot.phr++;
        else log.push(`phrase MISS 「${ph.phrase}」 p.${ph.page} (${ph.safeguard ?? '-'})`);
      }
      tot.phrReported += f?.vaguePhrases.length ?? 0;
      for (const v of f?.vaguePhrases ?? []) if (phraseRight(a, t, v)) tot.phrRight++;
      if (values.why) explain(log, sg, t);
      if (log.length) detail.push(`${truth.file} ${label}:\n    ${log.join('\n    ')}`);
      secN += t.security_sections.length;
      if (!f) { notes.push(`missing consultation ${label} p${t.page_start}-${t.page_end}`); continue; }
      tot.matched++;
      if (f.pageStart === t.page_start && f.pageEnd === t.page_end) tot.rangeOk++;
      else notes.push(`${label} pages ${f.pageStart}-${f.pageEnd} ≠ ${t.page_start}-${t.page_end}`);
      const want = [...t.consultation_types].sort().join('+');
      const got = [...f.types].sort().join('+');
      if (want === got) tot.typeOk++;
      else notes.push(`${label} types ${got} ≠ ${want}`);
      if (t.number && !sameNumber(f.number, t.number)) notes.push(`${label} number 「${f.number}」`);
      const overlap = (s: TruthSection, x: Consultation['securitySections'][number]) => s.page_start <= x.pageEnd && x.pageStart <= s.page_end;
      for (const s of t.security_sections) {
        if (f.securitySections.some((x) => fold(x.heading) === fold(s.heading) && overlap(s, x))) secTp++;
        else notes.push(`${label} missed section 「${s.heading}」 p${s.page_start}-${s.page_end}`);
      }
      for (const x of f.securitySections) {
        if (t.security_sections.some((s) => fold(x.heading) === fold(s.heading) && overlap(s, x))) { secFound++; secFoundTp++; }
        else if (t.security_sections.some((s) => overlap(s, x) && (s.subsections ?? []).some((h) => fold(h.heading) === fold(x.heading)))) tot.secSub++;
        else { secFound++; notes.push(`${label} extra section 「${x.heading}」 p${x.pageStart}-${x.pageEnd}`); }
      }
    }
    for (const f of found) if (![...pairs.values()].includes(f)) {
      secFound += f.securitySections.length;
      for (const x of f.securitySections) notes.push(`extra section 「${x.heading}」 p${x.pageStart}-${x.pageEnd} (in extra consultation)`);
    }
    tot.secTp += secTp; tot.secTruth += secN; tot.secFound += secFound; tot.secFoundTp += secFoundTp;
    const matched = [...pairs.keys()].length;
    console.log(`${truth.file.slice(0, 40).padEnd(40)} det=${detOk ? 'OK' : 'NG'} cons ${matched}/${exp.length} (found ${found.length}) sec R ${secTp}/${secN} P ${secFoundTp}/${secFound}`);
    for (const n of notes) console.log(`    - ${n}`);
  }
  console.log('');
  console.log(`detection accuracy     ${pct(tot.det, tot.detN)} (${tot.det}/${tot.detN})`);
  console.log(`consultations          found ${tot.consFound}, expected ${tot.consExp}, matched ${tot.matched}; page range exact ${tot.rangeOk}/${tot.matched}; types exact ${tot.typeOk}/${tot.matched}`);
  console.log(`security recall        ${pct(tot.secTp, tot.secTruth)} (${tot.secTp}/${tot.secTruth})`);
  console.log(`security precision     ${pct(tot.secFoundTp, tot.secFound)} (${tot.secFoundTp}/${tot.secFound}; ${tot.secSub} sub-headings of a truth section not counted)`);
  console.log(`safeguards mentioned   ${mentioned.fmt()}`);
  console.log(`safeguards missing     ${missing.fmt()}`);
  console.log(`safeguards vague       ${vague.fmt()}`);
  console.log(`  without the 3 descriptive ids (purpose_necessity, data_minimization, subject_scope):`);
  console.log(`  mentioned            ${core.mentioned.fmt()}`);
  console.log(`  missing              ${core.missing.fmt()}`);
  console.log(`  vague                ${core.vague.fmt()}`);
  console.log(`vague-phrase recall    ${(tot.phrN ? tot.phr / tot.phrN : 1).toFixed(3)} (${tot.phr}/${tot.phrN}; ${tot.phrReported} phrases reported)`);
  console.log(`vague-phrase precision ${(tot.phrReported ? tot.phrRight / tot.phrReported : 1).toFixed(3)} (${tot.phrRight}/${tot.phrReported} reported overlap a truth phrase)`);
  if (values.verbose) {
    console.log('');
    console.log(`most wrong ids: mentioned [${mentioned.worst()}]`);
    console.log(`                missing   [${missing.worst()}]`);
    console.log(`                vague     [${vague.worst()}]`);
    console.log(detail.join('\n'));
  }
  await oracle(files);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
