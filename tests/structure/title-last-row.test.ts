/** Found by fuzzing (docs/hardening-findings.md): a 諮問書 whose title is the last row of its page crashed the structure step. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeBytes } from '../../lib/analyze.ts';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';

it('a 諮問書 title on the last row of its page is analysed without a crash', async () => {
  const file = resolve(import.meta.dirname, '../fixtures/hostile/shimonsho-title-last.pdf');
  const a = await analyzeBytes(new Uint8Array(await readFile(file)), await nodePdfjsEnv(), { file });
  expect(a.error).toBeNull();
  expect(a.detection.isConsultation).toBe(true);
  expect(a.consultations).toHaveLength(1);
});
