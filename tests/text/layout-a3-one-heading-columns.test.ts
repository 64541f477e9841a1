/**
 * A3 sheets in three framed columns, each column under one numbered heading (「１ 概要」｜「２ システムの構成」｜「３ 個人情報
 * の保護対策」, set 221; 「【１ 事業の概要】」｜「【４ 対象者】」｜「【８ 安全対策】」, set 219), the department's name printed at the
 * top right above the third: read column by column, not as one table whose rows run across the columns. Read from the
 * held-out PDFs themselves (committed in the repo), through the same pdf.js extraction as the product.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { extractText } from '../../lib/text/extract.ts';

async function page1(set: string, file: string): Promise<{ text: string; cells?: string[] }[]> {
  const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures', set, file)));
  const doc = await extractText(bytes, await nodePdfjsEnv(), {});
  return doc.pages[0].lines;
}

describe('three framed columns, one numbered heading each', () => {
  it('set 221: 「１ 概要」 is read whole before 「２ システムの構成」, and that before 「３ 個人情報の保護対策」', async () => {
    const lines = await page1('heldout221', 'p03_a3_juushin_shokan.pdf');
    const at = (t: string) => lines.findIndex((l) => l.text.replace(/\s/g, '').startsWith(t));
    expect(lines.some((l) => l.cells && l.text.includes('１ 概要'))).toBe(false);
    expect(at('１概要')).toBeGreaterThanOrEqual(0);
    expect(at('１概要')).toBeLessThan(at('２システムの構成'));
    expect(at('２システムの構成')).toBeLessThan(at('３個人情報の保護対策'));
    expect(at('（３）対象者')).toBeLessThan(at('２システムの構成'));
  });
  it('set 219: the headings in brackets 【１ …】 number on too', async () => {
    const lines = await page1('heldout219', 'p03_a3_kyotei_yuidai.pdf');
    const at = (t: string) => lines.findIndex((l) => l.text.replace(/\s/g, '').startsWith(t));
    expect(at('【１事業の概要】')).toBeGreaterThanOrEqual(0);
    expect(at('【１事業の概要】')).toBeLessThan(at('【４対象者】'));
    expect(at('【４対象者】')).toBeLessThan(at('【８安全対策】'));
  });
  it('set 218: a middle column whose heading is printed bigger than the numbered table rows under it (1 … 4)', async () => {
    const lines = await page1('heldout218', 'p02_dv_shienshochi_a3_youkou.pdf');
    const at = (t: string) => lines.findIndex((l) => l.text.replace(/\s/g, '').startsWith(t));
    expect(lines.some((l) => l.cells && l.text.includes('１ 概要'))).toBe(false);
    expect(at('１概要')).toBeGreaterThanOrEqual(0);
    expect(at('１概要')).toBeLessThan(at('２追加する記録項目'));
    expect(at('２追加する記録項目')).toBeLessThan(at('３安全管理措置'));
  });
  it('set 276: two framed columns numbered on (１…４ | ５, ６), the right one holding a table of its own (区分｜項目｜対策内容)', async () => {
    const lines = await page1('heldout276', 'p03_jushinki_daicho_keihoudai.pdf');
    const at = (t: string) => lines.findIndex((l) => l.text.replace(/\s/g, '').startsWith(t));
    // the left column's prose is not cut into cells beside the right column's rows
    expect(lines.some((l) => l.cells && l.text.includes('１ 記録の目的'))).toBe(false);
    expect(at('４記録の形態')).toBeGreaterThanOrEqual(0);
    expect(at('４記録の形態')).toBeLessThan(at('５安全管理措置'));
    expect(at('５安全管理措置')).toBeLessThan(at('６運用開始時期'));
    // the right column's table still reads row by row, its cells apart
    const row = lines.find((l) => l.text.includes('操作の記録'));
    expect(row?.cells?.slice(1, 2)).toEqual(['操作の記録']);
  });
});
