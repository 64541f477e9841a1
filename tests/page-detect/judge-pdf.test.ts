import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePdfBytes } from '../../lib/page-detect/judge-pdf.ts';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const bytes = (p: string) => new Uint8Array(readFileSync(join(ROOT, p)));

describe('judgePdfBytes (the PDF-tab badge)', () => {
  it('says the bundled sample consultation PDF is consultation material', async () => {
    const r = await judgePdfBytes(bytes('assets/sample/sample-consultation.pdf'), await nodePdfjsEnv());
    expect(r.isConsultation).toBe(true);
    expect(r.signals.length).toBeGreaterThan(0);
  });

  it('says a newsletter that mentions 審議会 and 防犯カメラ is not', async () => {
    const r = await judgePdfBytes(bytes('tests/fixtures/pdf/newsletter.pdf'), await nodePdfjsEnv());
    expect(r.isConsultation).toBe(false);
  });

  it('calls an HTML error page served as .pdf "not consultation", and a broken PDF undecided', async () => {
    const html = new TextEncoder().encode('<!doctype html><title>404</title><h1>ページが見つかりません</h1>');
    const notPdf = await judgePdfBytes(html, await nodePdfjsEnv());
    expect(notPdf).toMatchObject({ isConsultation: false, code: 'not_pdf' });
    const sample = bytes('assets/sample/sample-consultation.pdf');
    const broken = await judgePdfBytes(sample.slice(0, Math.floor(sample.length / 3)), await nodePdfjsEnv());
    expect(broken.isConsultation).toBeNull();
    expect(broken.code).toBeTruthy();
  });
});
