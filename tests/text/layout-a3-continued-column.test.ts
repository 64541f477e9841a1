/**
 * Set 227 (after its measurement): an A3 sheet in three framed columns whose right column opens with the middle column's
 * last heading continued (「７ 保護措置」 at the foot of the middle column, 「７ 保護措置（続き）」 at the head of the right
 * one). Read column by column; before, the numbering 1…5 | 6, 7 | 7, 8, 9 did not number on, and the page was read as one
 * table whose rows ran across the three columns (the request 「…通信回線」「による結合」 split between two rows).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { extractText } from '../../lib/text/extract.ts';

describe('a column that opens with the previous column’s heading continued', () => {
  it('set 227 p04: each column read whole, in order', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/heldout227/p04_cashless_a3_shoene.pdf')));
    const lines = (await extractText(bytes, await nodePdfjsEnv(), {})).pages[0].lines;
    const at = (t: string) => lines.findIndex((l) => l.text.replace(/\s/g, '').startsWith(t));
    expect(lines.some((l) => l.cells && l.text.includes('１ 諮問事項'))).toBe(false);
    expect(at('１諮問事項')).toBeGreaterThanOrEqual(0);
    expect(at('による結合')).toBe(at('１諮問事項') + 2);
    expect(at('５本人以外から収集する理由と根拠')).toBeLessThan(at('６結合の概要'));
    expect(at('７保護措置')).toBeLessThan(at('７保護措置（続き）'));
    expect(at('７保護措置（続き）')).toBeLessThan(at('８審議会への確認事項'));
  });
});
