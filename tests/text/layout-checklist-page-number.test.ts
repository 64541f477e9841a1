/**
 * A checklist page (番号 | 確認項目 | 確認, and 備考 set apart by a wide gutter) whose page number 「－ ８ －」 is printed right
 * under the table, across the gutter between 確認項目 and 確認 (set 275, p05, page 2). That one line closed the gutter, so the
 * remarks were read as a column after the whole table and the rows lost their notes. Read from the held-out PDF itself
 * (committed in the repo), through the same pdf.js extraction as the product.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { extractText } from '../../lib/text/extract.ts';

describe('a page number under a checklist with a remarks column', () => {
  it('each remark is read in its row, and the page number after the table', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/heldout275/p05_chosa_itaku_checklist_fureaino.pdf')));
    const doc = await extractText(bytes, await nodePdfjsEnv(), {});
    const lines = doc.pages[1].lines;
    const row = (n: string) => lines.find((l) => l.cells?.[0] === n)?.cells;
    expect(row('３')).toEqual(['３', '再委託を禁止している', '×', '契約条項を調整中']);
    expect(row('４')?.at(-1)).toBe('法人事務所２階の調査室（ＩＣカードで入退室管理）');
    expect(row('８')?.slice(-2)).toEqual(['×', '今後検討']);
    // no remark is left as a line of its own
    expect(lines.some((l) => !l.cells && l.text === '今後検討')).toBe(false);
    const last = lines.filter((l) => !l.running).at(-1);
    expect(last?.text.replace(/\s/g, '')).toBe('－８－');
  });
});
