/**
 * The whole engine on the bundled sample, in Node: the result follows analysis@1, quotes are exact,
 * and the command line keeps the contract's exit codes and streams.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyzeBytes } from '../../lib/analyze.ts';
import { AnalysisSchema } from '../../lib/analysis/schema.ts';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';

const root = resolve(import.meta.dirname, '../..');
const SAMPLE = resolve(root, 'assets/sample/sample-consultation.pdf');
const run = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [resolve(root, 'scripts/analyze.ts'), ...args], { cwd: root });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('analyzeBytes on the bundled sample', async () => {
  const bytes = new Uint8Array(await readFile(SAMPLE));
  const a = await analyzeBytes(bytes, await nodePdfjsEnv(), { file: 'sample.pdf' });

  it('validates against the analysis@1 schema', () => {
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expect(a.error).toBeNull();
    expect(a.pageCount).toBe(2);
  });

  it('reads pages with printed labels and finds the consultation and its security section', () => {
    expect(a.pages.map((p) => p.label)).toEqual(['1', '2']);
    expect(a.detection.isConsultation).toBe(true);
    expect(a.consultations).toHaveLength(1);
    const c = a.consultations[0];
    expect(c.number).toBe('諮問第101号');
    expect(c.types).toContain('outsourcing');
    expect(c.securitySections.map((s) => s.heading)).toContain('5 個人情報保護対策');
  });

  it('judges the sample: subcontracting missing, storage vague, every quote exact', () => {
    const c = a.consultations[0];
    const status = Object.fromEntries(c.safeguards.map((s) => [s.id, s.status]));
    expect(status.subcontracting).toBe('missing');
    expect(status.authentication).toBe('present');
    expect(c.vaguePhrases.some((v) => v.quote.includes('適切に管理'))).toBe(true);
    for (const s of c.safeguards)
      for (const ev of s.evidence) expect(a.pages[ev.page - 1].text).toContain(ev.quote);
    for (const v of c.vaguePhrases) expect(a.pages[v.page - 1].text).toContain(v.quote);
    expect(c.questions.length).toBeGreaterThan(0);
    for (const q of c.questions) expect(q.text).toMatch(/(か|ください)。?$/);
  });
});

describe('npm run analyze', () => {
  it('prints valid JSON for the sample with exit 0 and progress on stderr only', async () => {
    const r = await cli(['--json']);
    expect(r.code).toBe(0);
    expect(AnalysisSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
    expect(r.stderr).toContain('解析中');
  });

  it('delivers a JSON array larger than a pipe buffer whole (several files)', async () => {
    const r = await cli(['--json', ...Array(12).fill(SAMPLE)]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65536);
    const all = JSON.parse(r.stdout);
    expect(all).toHaveLength(12);
    for (const a of all) expect(AnalysisSchema.safeParse(a).success).toBe(true);
  });

  it('exits 3 with an error object for a file that is not a PDF', async () => {
    const r = await cli(['--json', resolve(root, 'README.md')]);
    expect(r.code).toBe(3);
    const a = AnalysisSchema.parse(JSON.parse(r.stdout));
    expect(a.error?.code).toBe('not_pdf');
    expect(a.pageCount).toBe(0);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli(['--format', 'docx'])).code).toBe(2);
    expect((await cli(['--bogus'])).code).toBe(2);
  });
});
