/**
 * Hostile PDFs (tests/fixtures/hostile, made by scripts/fixtures/hostile/make-hostile.ts) go through the
 * whole engine (lib/analyze.ts with the Node pdf.js adapter): each finishes with a valid `analysis@1`
 * result — normal, or an error with a Japanese message — and no embedded payload ever runs.
 * Time and memory figures: scripts/fixtures/hostile/measure.ts (docs/hardening-findings.md).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeBytes } from '../../lib/analyze.ts';
import { AnalysisSchema, type Analysis } from '../../lib/analysis/schema.ts';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { MARKER } from '../../scripts/fixtures/hostile/hostile-strings.ts';

const DIR = resolve(import.meta.dirname, '../fixtures/hostile');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const marker = () => (globalThis as Record<string, unknown>)[MARKER];

async function analyze(name: string): Promise<Analysis> {
  const bytes = new Uint8Array(readFileSync(join(DIR, name)));
  const result = await analyzeBytes(bytes, await nodePdfjsEnv(), { file: name });
  expect(AnalysisSchema.safeParse(result).success).toBe(true);
  if (result.error) expect(result.error.message).toMatch(JAPANESE);
  return result;
}

afterEach(() => {
  expect(marker()).toBeUndefined();
});

describe('CVE-2024-4367 (FontMatrix injection in an embedded Type1 font)', () => {
  it('extracts the text and runs nothing', async () => {
    const a = await analyze('cve-2024-4367.pdf');
    expect(a.error).toBeNull();
    expect(a.pages[0].text).toContain('HELLO CVE');
    expect(a.pages[0].text).toContain('FontMatrix');
    expect(marker()).toBeUndefined();
  });

  it('renders the page with glyph paths (fill, clip, stroke) and runs nothing', async () => {
    // Text extraction never builds glyph outlines; rendering without font faces does — the code path the
    // CVE abused. Render with pdf.js on @napi-rs/canvas to prove the bundled pdf.js ignores the payload.
    const { pdfjs } = await nodePdfjsEnv();
    const { createCanvas } = await import('@napi-rs/canvas');
    const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(DIR, 'cve-2024-4367.pdf'))), disableFontFace: true, fontExtraProperties: true, verbosity: 0 });
    try {
      const page = await (await task.promise).getPage(1);
      const vp = page.getViewport({ scale: 1 });
      const canvas = createCanvas(vp.width, vp.height);
      const ctx = canvas.getContext('2d');
      await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport: vp }).promise;
      type FontData = { name?: string; missingFile: boolean; fontMatrix: number[] };
      const objs = [...(page.commonObjs as unknown as Iterable<[string, FontData]>)].map(([, o]) => o);
      const font = objs.find((o) => o?.name === 'HOSTILE+FontMatrix');
      if (!font) throw new Error('the hostile font was not loaded');
      expect(font.missingFile).toBe(false); // the embedded Type1 program was used
      expect(font.fontMatrix.every((n) => typeof n === 'number')).toBe(true);
      // The glyphs (filled squares) were really drawn: some dark pixels where "HELLO CVE" is.
      const px = ctx.getImageData(72, 120, 200, 30).data;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && px[i] < 100) dark++;
      expect(dark).toBeGreaterThan(100);
    } finally {
      await task.destroy();
    }
    expect(marker()).toBeUndefined();
  });
});

describe('JavaScript actions (OpenAction, Names/JavaScript, page AA, link JS, URI, Launch)', () => {
  it('reads the text and runs no action', async () => {
    const a = await analyze('js-actions.pdf');
    expect(a.error).toBeNull();
    expect(a.pages[0].text).toContain('諮問第900号');
    expect(a.pages[0].text).not.toContain('app.alert');
  });
});

describe('3000 pages sharing one content stream', () => {
  it('finishes with every page, or refuses with too_large', async () => {
    const a = await analyze('pages-3000.pdf');
    if (a.error) expect(a.error.code).toBe('too_large');
    else {
      expect(a.pageCount).toBe(3000);
      expect(a.pages.filter((p) => p.hasText)).toHaveLength(3000);
    }
  }, 120_000);
});

describe('objects nested 10 000 deep', () => {
  for (const name of ['deep-arrays.pdf', 'deep-dicts.pdf', 'deep-content.pdf', 'deep-page-tree.pdf']) {
    it(`${name}: a normal result or a clear error, no crash`, async () => {
      const a = await analyze(name);
      if (a.error) expect(['corrupt', 'unreadable']).toContain(a.error.code);
      else expect(a.pages.some((p) => p.text.includes('諮問第900号'))).toBe(true);
    });
  }
});

describe('decompression bomb (300 MB of blanks behind two Flate filters)', () => {
  it('finishes and still reads the text after the bomb', async () => {
    const a = await analyze('bomb-blank.pdf');
    if (a.error) expect(['too_large', 'unreadable', 'corrupt']).toContain(a.error.code);
    else {
      expect(a.pages[0].text).toContain('諮問第900号');
      expect(a.pageCount).toBe(2);
    }
  }, 120_000);
});

describe('text bomb (300 MB of text-showing operators, millions of text items)', () => {
  it('stops reading the bomb page at the engine limits and keeps the other pages', async () => {
    const t0 = performance.now();
    const a = await analyze('bomb-text.pdf');
    const ms = performance.now() - t0;
    if (a.error) expect(['too_large', 'unreadable']).toContain(a.error.code);
    else {
      expect(a.pageCount).toBe(2);
      expect(a.pages[0].text).toContain('諮問第900号');
      // The bomb page holds at most the engine's per-page share, not 7.6 million repetitions.
      expect(a.pages[1].text.length).toBeLessThan(5_000_000);
    }
    // Bounded: the per-page time limit (20 s) plus the rest, with room for a slow CI machine.
    expect(ms).toBeLessThan(90_000);
  }, 120_000);
});
