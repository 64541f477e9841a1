/**
 * Structure-step evaluation against the corpus truth files.
 *
 *   npm run --silent eval:structure [-- --corpus DIR] [--file NAME] [--dump NAME] [--verbose]
 *
 * Per file and in total: detection accuracy, error-code accuracy, consultations found vs expected,
 * security-section recall/precision (heading equal after NFKC + whitespace folding, pages overlapping,
 * same consultation number), and link-detection accuracy on pages/*.html.
 * `--dump NAME` prints the text engine's lines of one PDF with the structure step's view of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { extractText } from '../lib/text/extract.ts';
import { TextEngineError, type TextDocument } from '../lib/text/types.ts';
import { nodePdfjsEnv } from '../lib/platform/node-pdfjs.ts';
import { analyzeStructure } from '../lib/structure/index.ts';
import { scoreLink } from '../lib/structure/link-detect.ts';
import { fold } from '../lib/structure/normalize.ts';
import { debugLines } from '../lib/structure/debug.ts';

interface TruthSection {
  heading: string;
  page_start: number;
  page_end: number;
  role?: string;
}
interface TruthConsultation {
  number: string | null;
  title: string;
  consultation_types: string[];
  page_start: number;
  page_end: number;
  security_sections: TruthSection[];
}
interface Truth {
  file: string;
  is_consultation: boolean | null;
  expected_error: string | null;
  consultations?: TruthConsultation[];
}

/** The corpus truth uses the first draft's type ids; the contract's ids differ for four of them. */
const TYPE_MAP: Record<string, string> = {
  system_introduction: 'system_change',
  online_connection: 'external_linkage',
  collection_from_others: 'indirect_collection',
};

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus') },
    file: { type: 'string' },
    dump: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    /** `poppler`: read lines with `pdftotext -bbox-layout` instead of lib/text (robustness check of the rules). */
    engine: { type: 'string', default: 'lib' },
  },
});
const corpus = values.corpus!;

/** A second, independent text engine: poppler's word boxes (no fonts, no running flags, its own reading order). */
function loadPoppler(path: string): { doc: TextDocument | null; error: string | null } {
  const r = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    const msg = r.stderr ?? '';
    return { doc: null, error: /password/i.test(msg) ? 'password_required' : /PDF file|header/i.test(msg) ? 'not_pdf' : 'corrupt' };
  }
  const unesc = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const pages: TextDocument['pages'] = [];
  for (const pm of r.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const index = pages.length + 1;
    const lines: TextDocument['pages'][number]['lines'] = [];
    for (const lm of pm[3].matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...lm[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => unesc(w[1]));
      const text = words.join(' ').trim();
      if (!text) continue;
      const [x0, y0, x1, y1] = [+lm[1], +lm[2], +lm[3], +lm[4]];
      const fs = Math.round((y1 - y0) * 2) / 2;
      lines.push({ page: index, text, x: x0, y: y0, width: x1 - x0, height: y1 - y0, fontSize: fs, bold: false, running: false });
    }
    pages.push({ index, label: null, hasText: lines.length > 0, width: +pm[1], height: +pm[2], lines, text: lines.map((l) => l.text).join('\n') });
  }
  if (pages.length && pages.every((p) => !p.hasText)) return { doc: null, error: 'no_text_layer' };
  return { doc: { pageCount: pages.length, pages }, error: null };
}

async function load(path: string): Promise<{ doc: TextDocument | null; error: string | null }> {
  if (values.engine === 'poppler') {
    if (!readFileSync(path).subarray(0, 1024).toString('latin1').includes('%PDF-')) return { doc: null, error: 'not_pdf' };
    return loadPoppler(path);
  }
  const env = await nodePdfjsEnv();
  try {
    const doc = await extractText(new Uint8Array(readFileSync(path)), env, {});
    return { doc, error: null };
  } catch (e) {
    if (e instanceof TextEngineError) return { doc: null, error: e.code };
    throw e;
  }
}

const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

async function dump(name: string) {
  const path = existsSync(name) ? name : join(corpus, name);
  const { doc, error } = await load(path);
  if (!doc) {
    console.log(`error: ${error}`);
    return;
  }
  for (const l of debugLines(doc)) console.log(l);
  const s = analyzeStructure(doc);
  console.log(JSON.stringify({ ...s, consultations: s.consultations.map((c) => ({ ...c, securitySections: c.securitySections.map(({ lines: _l, text, ...r }) => ({ ...r, text: text.slice(0, 200) })) })) }, null, 1));
}

function truthFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), rel ? `${rel}/${e.name}` : e.name);
      else if (e.name.endsWith('.truth.json')) out.push(rel ? `${rel}/${e.name}` : e.name);
    }
  };
  walk(corpus, '');
  return out.filter((f) => !f.startsWith('pages/') || f.startsWith('pages/docs/')).sort();
}

async function evalPdfs() {
  const tot = { det: 0, detN: 0, err: 0, errN: 0, consFound: 0, consExp: 0, consMatched: 0, typeOk: 0, typeN: 0, rangeOk: 0, secTp: 0, secTruth: 0, secFound: 0, secFoundTp: 0 };
  for (const tf of truthFiles()) {
    const truth = JSON.parse(readFileSync(join(corpus, tf), 'utf8')) as Truth;
    const pdf = join(corpus, tf.replace(/\.truth\.json$/, '.pdf'));
    if (values.file && !pdf.includes(values.file)) continue;
    if (!existsSync(pdf)) continue;
    const t0 = Date.now();
    const { doc, error } = await load(pdf);
    const ms = Date.now() - t0;
    const notes: string[] = [];
    // error code
    tot.errN++;
    const errOk = (error ?? null) === (truth.expected_error ?? null);
    if (errOk) tot.err++;
    else notes.push(`error ${error} ≠ expected ${truth.expected_error}`);
    if (!doc || truth.expected_error) {
      console.log(`${basename(pdf).slice(0, 44).padEnd(44)} error=${error ?? '-'} ${errOk ? 'OK' : 'NG'}  ${notes.join('; ')}`);
      continue;
    }
    const t1 = Date.now();
    const s = analyzeStructure(doc);
    const sms = Date.now() - t1;
    tot.detN++;
    const detOk = s.detection.isConsultation === !!truth.is_consultation;
    if (detOk) tot.det++;
    else notes.push(`detection ${s.detection.isConsultation} (${s.detection.score.toFixed(2)}: ${s.detection.signals.join(',')})`);
    const found = s.detection.isConsultation ? s.consultations : [];
    const exp = truth.consultations ?? [];
    tot.consFound += found.length;
    tot.consExp += exp.length;
    let matched = 0;
    for (const c of exp) {
      const f = found.find((x) => x.number && c.number && fold(x.number) === fold(c.number)) ?? (exp.length === 1 && found.length === 1 ? found[0] : undefined);
      if (!f) {
        notes.push(`missing ${c.number}`);
        continue;
      }
      matched++;
      if (f.pageStart === c.page_start && f.pageEnd === c.page_end) tot.rangeOk++;
      else notes.push(`${c.number} pages ${f.pageStart}-${f.pageEnd} ≠ ${c.page_start}-${c.page_end}`);
      tot.typeN++;
      const want = c.consultation_types.map((t) => TYPE_MAP[t] ?? t).sort().join('+');
      const got = [...f.types].sort().join('+');
      if (want === got) tot.typeOk++;
      else notes.push(`${c.number} types ${got} ≠ ${want}`);
    }
    for (const f of found) if (!exp.some((c) => c.number && f.number && fold(c.number) === fold(f.number)) && !(exp.length === 1 && found.length === 1)) notes.push(`extra ${f.number} p${f.pageStart}-${f.pageEnd}`);
    tot.consMatched += matched;
    // security sections
    const truthSecs = exp.flatMap((c) => c.security_sections.map((sec) => ({ ...sec, number: c.number })));
    const foundSecs = found.flatMap((c) => c.securitySections.map((sec) => ({ ...sec, number: c.number })));
    const same = (a: { heading: string; page_start: number; page_end: number; number: string | null }, b: (typeof foundSecs)[number]) =>
      fold(a.heading) === fold(b.heading) && a.page_start <= b.pageEnd && b.pageStart <= a.page_end && (!a.number || !b.number || exp.length === 1 || fold(a.number) === fold(b.number));
    let tp = 0;
    for (const t of truthSecs) {
      if (foundSecs.some((f) => same(t, f))) tp++;
      else notes.push(`missed section 「${t.heading}」 p${t.page_start}-${t.page_end} (${t.number})`);
    }
    let ftp = 0;
    for (const f of foundSecs) {
      if (truthSecs.some((t) => same(t, f))) ftp++;
      else notes.push(`extra section 「${f.heading}」 p${f.pageStart}-${f.pageEnd} ${f.role} (${f.number})`);
    }
    tot.secTp += tp;
    tot.secTruth += truthSecs.length;
    tot.secFound += foundSecs.length;
    tot.secFoundTp += ftp;
    console.log(
      `${basename(pdf).slice(0, 44).padEnd(44)} det=${detOk ? 'OK' : 'NG'} cons ${matched}/${exp.length} (found ${found.length}) sec R ${tp}/${truthSecs.length} P ${ftp}/${foundSecs.length}  [${ms}+${sms} ms]`,
    );
    if (notes.length && (values.verbose || notes.length <= 6)) for (const n of notes) console.log(`    - ${n}`);
    else if (notes.length) console.log(`    - ${notes.length} notes (use -v)`);
  }
  console.log('');
  console.log(`detection accuracy     ${pct(tot.det, tot.detN)} (${tot.det}/${tot.detN})`);
  console.log(`error-code accuracy    ${pct(tot.err, tot.errN)} (${tot.err}/${tot.errN})`);
  console.log(`consultations          found ${tot.consFound}, expected ${tot.consExp}, matched ${tot.consMatched}; page range exact ${tot.rangeOk}/${tot.consMatched}; types exact ${tot.typeOk}/${tot.typeN}`);
  console.log(`security recall        ${pct(tot.secTp, tot.secTruth)} (${tot.secTp}/${tot.secTruth})`);
  console.log(`security precision     ${pct(tot.secFoundTp, tot.secFound)} (${tot.secFoundTp}/${tot.secFound})`);
}

/** Link candidates as a content script would build them: link text, its list item / row, the preceding heading. */
function linksOf(html: string): { href: string; text: string; context: string }[] {
  const win = new Window();
  win.document.write(html);
  const out: { href: string; text: string; context: string }[] = [];
  for (const a of win.document.querySelectorAll('a[href]')) {
    const item = a.closest('li, tr, p, dd, td') ?? a.parentElement;
    let heading = '';
    // nearest preceding heading in document order
    const all = [...win.document.querySelectorAll('h1, h2, h3, h4, a[href]')];
    for (const el of all) {
      if (el === a) break;
      if (/^H[1-4]$/.test(el.tagName)) heading = el.textContent ?? '';
    }
    const title = win.document.title;
    out.push({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim(), context: [title, heading, item?.textContent ?? ''].join(' / ') });
  }
  win.close();
  return out;
}

function evalLinks() {
  const dir = join(corpus, 'pages');
  if (!existsSync(dir)) return;
  let ok = 0;
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { links: { href: string; text: string; is_consultation_document: boolean | null }[] };
    const html = readFileSync(join(dir, f.replace(/\.truth\.json$/, '.html')), 'utf8');
    const cands = linksOf(html);
    let fok = 0;
    let fn = 0;
    const notes: string[] = [];
    for (const l of truth.links) {
      if (l.is_consultation_document === null) continue;
      const c = cands.find((x) => x.href === l.href) ?? { href: l.href, text: l.text, context: '' };
      const v = scoreLink(c);
      fn++;
      if (v.isConsultation === l.is_consultation_document) fok++;
      else notes.push(`${l.is_consultation_document ? 'missed' : 'false+'} ${v.score.toFixed(2)} 「${l.text}」 ${l.href.slice(0, 40)} [${v.signals.join(',')}]`);
    }
    ok += fok;
    n += fn;
    console.log(`${('pages/' + f.replace('.truth.json', '.html')).padEnd(44)} links ${fok}/${fn}`);
    for (const x of notes) console.log(`    - ${x}`);
  }
  console.log(`link-detection accuracy ${pct(ok, n)} (${ok}/${n})`);
}

if (values.dump) await dump(values.dump);
else {
  await evalPdfs();
  console.log('');
  evalLinks();
}
