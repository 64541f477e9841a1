/**
 * The PDF-tab badge on the corpus: judgePdfBytes (text engine + structure detection) against each
 * PDF's truth `is_consultation`, with timing.   npx node scripts/eval-pdf-badge.ts [corpusDir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { judgePdfBytes } from '../lib/page-detect/judge-pdf.ts';
import { nodePdfjsEnv } from '../lib/platform/node-pdfjs.ts';

const corpus = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus'));
const env = await nodePdfjsEnv();
let right = 0, wrong = 0, undecided = 0;
for (const f of readdirSync(corpus).filter((n) => n.endsWith('.pdf')).sort()) {
  const truthPath = join(corpus, f.replace(/\.pdf$/, '.truth.json'));
  if (!existsSync(truthPath)) continue;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as { is_consultation: boolean | null; expected_error: string | null };
  const t0 = performance.now();
  const r = await judgePdfBytes(new Uint8Array(readFileSync(join(corpus, f))), env);
  const ms = Math.round(performance.now() - t0);
  let mark: string;
  if (r.isConsultation == null) {
    undecided++;
    mark = truth.expected_error ? 'ok?' : 'UND';
  } else if (truth.is_consultation == null) mark = '---';
  else if (r.isConsultation === truth.is_consultation) (right++, (mark = 'ok '));
  else (wrong++, (mark = 'BAD'));
  console.log(`${mark} ${f}: badge ${r.isConsultation == null ? '?' : r.isConsultation ? '諮問' : '－'} (truth ${truth.is_consultation}; ${r.code ?? r.signals.join(',')}) ${ms} ms`);
}
console.log(`\nPDF badge: ${right} right, ${wrong} wrong, ${undecided} undecided ("?": password, no text layer, corrupt)`);
