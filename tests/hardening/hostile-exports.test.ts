/**
 * Hostile text through every export: the analysis of tests/fixtures/hostile/hostile-text.pdf plus
 * questions whose text and quote are the hostile strings (markup, formulas, bidi, zero-width) go through
 * lib/export; CSV and TSV cells never start a formula, Markdown never passes raw HTML, mail is plain text.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBytes } from '../../lib/analyze.ts';
import { buildExportModel, fromAnalyses, toCsv, toEml, toMarkdown, toText, toTsv, CSV_BOM, type ExportModel } from '../../lib/export/index.ts';
import { DEFAULT_SETTINGS, type QuestionRecord } from '../../lib/notes/model.ts';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { HOSTILE_LINES } from '../../scripts/fixtures/hostile/hostile-strings.ts';

const FORMULA = /^[=+\-@\t\r]/;
const hostile = Object.values(HOSTILE_LINES);
let model: ExportModel;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/hostile/hostile-text.pdf')));
  const a = await analyzeBytes(bytes, await nodePdfjsEnv(), { file: 'hostile-text.pdf' });
  expect(a.error).toBeNull();
  expect(a.consultations.length).toBeGreaterThan(0);
  const rec = fromAnalyses([a], 1);
  const cid = rec.consultations[0].id;
  const docId = rec.documents[0].id;
  // The member's own questions quoting the hostile lines (as if selected in the panel).
  const mine: QuestionRecord[] = hostile.map((h, i) => ({
    ...rec.questions[0],
    id: `hostile-${i}`,
    docId,
    consultationId: cid,
    text: h,
    anchor: { page: 2, pageLabel: null, quote: h },
    origin: 'member',
    order: 100 + i,
  }));
  model = buildExportModel({
    settings: { ...DEFAULT_SETTINGS, memberName: HOSTILE_LINES.csvEquals, councilName: HOSTILE_LINES.script },
    consultations: rec.consultations,
    questions: [...rec.questions, ...mine],
    documents: rec.documents,
  });
  expect(model.total).toBeGreaterThanOrEqual(hostile.length);
});

function cellsOk(rows: string[][]): void {
  expect(rows.length).toBeGreaterThan(hostile.length);
  for (const row of rows) for (const cell of row) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA);
}

describe('hostile text in exports', () => {
  it('the consultation title from the PDF keeps its markup as characters', () => {
    expect(model.groups.some((g) => g.title.includes(HOSTILE_LINES.script))).toBe(true);
  });

  it('CSV: no cell starts a formula; the hostile text is still there after the guard', () => {
    const csv = toCsv(model);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    cellsOk(parsed.data);
    const cells = parsed.data.flat();
    for (const h of [HOSTILE_LINES.csvEquals, HOSTILE_LINES.csvPlus, HOSTILE_LINES.csvMinus, HOSTILE_LINES.csvAt]) expect(cells).toContain(`'${h}`);
    expect(cells).toContain(`'${HOSTILE_LINES.csvEquals}`); // 委員名 (settings) too
  });

  it('TSV: no cell starts a formula', () => {
    const parsed = Papa.parse<string[]>(toTsv(model), { delimiter: '\t', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    cellsOk(parsed.data);
  });

  it('Markdown: no raw < > & outside escapes, so no HTML reaches a renderer', () => {
    const md = toMarkdown(model);
    for (const line of md.split('\n')) {
      const body = line.replace(/^(> )+/, '');
      expect(body, line).not.toMatch(/(^|[^\\])[<>&]/);
    }
    expect(md).toContain('\\<script\\>');
  });

  it('plain text and mail: text/plain only, hostile text kept as characters', () => {
    const txt = toText(model);
    expect(txt).toContain(HOSTILE_LINES.img);
    const eml = toEml(model, { now: new Date(0) });
    expect(eml).toMatch(/Content-Type: text\/plain/i);
    expect(eml).not.toMatch(/text\/html/i);
  });

  it('no bidi override or zero-width character from the PDF survives into the PDF-derived fields', () => {
    const fromPdf = model.groups.map((g) => g.title).join('\n');
    expect(fromPdf).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/);
  });
});
