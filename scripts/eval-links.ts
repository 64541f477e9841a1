/**
 * Evaluate link detection on the corpus council pages (../shared/corpus/pages/*.html + *.truth.json):
 * PDF-link finding, URL resolution (relative, #page=, query, percent-encoded Japanese names) and the
 * consultation verdict per link, plus the badge count per page.
 *   npx node scripts/eval-links.ts [corpusDir] [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { consultationDocuments, contextText, detectPage } from '../lib/page-detect/detect.ts';
import { safeDecode } from '../lib/page-detect/pdf-url.ts';

interface TruthLink {
  href: string;
  text: string;
  resolved: string | null;
  is_pdf: boolean;
  is_consultation_document: boolean | null;
  expected_error?: string | null;
  note?: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpus = resolve(args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../../shared/corpus'));
const pagesDir = join(corpus, 'pages');
if (!existsSync(pagesDir)) {
  console.error(`no corpus pages at ${pagesDir}`);
  process.exit(2);
}
// Served as if from a web server whose root is the corpus folder.
const ROOT = 'https://www.city.kakuu.lg.jp/shingikai/';

let found = 0, pdfTruth = 0, resolvedOk = 0, resolvedTotal = 0;
let tp = 0, fp = 0, tn = 0, fn = 0, unjudged = 0;
let pagesOk = 0, pagesTotal = 0;
const problems: string[] = [];

for (const f of readdirSync(pagesDir).filter((n) => n.endsWith('.html')).sort()) {
  const truthPath = join(pagesDir, f.replace(/\.html$/, '.truth.json'));
  if (!existsSync(truthPath)) continue;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as { links: TruthLink[] };
  const url = `${ROOT}pages/${f}`;
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  win.document.write(readFileSync(join(pagesDir, f), 'utf8'));
  const d = detectPage(win.document as unknown as Document);
  const anchors = Array.from(win.document.querySelectorAll('a[href]'));

  for (const t of truth.links) {
    const a = anchors.find((x) => x.getAttribute('href') === t.href && (x.textContent ?? '').trim() === t.text);
    const got = d.links.find((l) => l.element === (a as unknown as Element));
    const urlSaysPdf = t.resolved != null && /\.pdf$/i.test(t.resolved);
    if (urlSaysPdf) {
      pdfTruth++;
      if (got) found++;
      else problems.push(`${f}: PDF link not found: ${t.text}`);
    } else if (got) problems.push(`${f}: not a PDF link but collected: ${t.text}`);
    if (t.resolved != null && got) {
      resolvedTotal++;
      const want = ROOT + t.resolved;
      if (safeDecode(got.docUrl) === want) resolvedOk++;
      else problems.push(`${f}: resolved ${safeDecode(got.docUrl)} ≠ ${want}`);
    }
    const predicted = got?.verdict.isConsultation ?? false;
    if (t.is_consultation_document == null) {
      unjudged++;
      continue;
    }
    if (predicted && t.is_consultation_document) tp++;
    else if (predicted) fp++;
    else if (t.is_consultation_document) fn++;
    else tn++;
    if (predicted !== t.is_consultation_document || verbose)
      problems.push(
        `${f}: ${predicted === t.is_consultation_document ? 'ok ' : predicted ? 'FP ' : 'FN '} ${t.text}` +
          `  [score ${got?.verdict.score.toFixed(2) ?? '-'}; ${got?.verdict.signals.join(',') ?? 'not collected'}]` +
          (t.note ? `  (${t.note})` : '') +
          (verbose && got ? `\n      context: ${contextText(got)}` : ''),
      );
  }
  // Badge: distinct consultation documents on the page vs truth.
  // Links whose truth is undecidable (null, e.g. a corrupt file) are left out of both sides.
  const want = new Set(truth.links.filter((t) => t.is_consultation_document && t.resolved).map((t) => ROOT + t.resolved));
  const unknown = new Set(truth.links.filter((t) => t.is_consultation_document == null && t.resolved).map((t) => ROOT + t.resolved));
  const have = new Set(consultationDocuments(d.links).map(safeDecode).filter((u) => !unknown.has(u)));
  pagesTotal++;
  if (want.size === have.size && [...want].every((u) => have.has(u))) pagesOk++;
  console.log(`${f}: badge ${have.size} (truth ${want.size}); page verdict ${d.page.isConsultation} [${d.page.signals.join(',')}]`);
}

const judged = tp + fp + tn + fn;
const pct = (n: number, m: number) => (m ? `${((100 * n) / m).toFixed(1)}%` : '-');
console.log('');
console.log(`PDF links found:        ${found}/${pdfTruth} (${pct(found, pdfTruth)})`);
console.log(`URLs resolved correctly: ${resolvedOk}/${resolvedTotal} (${pct(resolvedOk, resolvedTotal)})`);
console.log(`consultation verdict:   accuracy ${pct(tp + tn, judged)} (${tp + tn}/${judged}); precision ${pct(tp, tp + fp)}; recall ${pct(tp, tp + fn)}; TP ${tp} FP ${fp} TN ${tn} FN ${fn}; not judged (truth null) ${unjudged}`);
console.log(`pages with exact badge set: ${pagesOk}/${pagesTotal}`);
if (problems.length) {
  console.log('\nDetails:');
  for (const p of problems) console.log(`  ${p}`);
}
