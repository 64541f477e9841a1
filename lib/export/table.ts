/**
 * The question list as rows of cells (one header row + one row per question), shared by CSV and TSV.
 * Cells hold plain text exactly as the member wrote it; neutralising spreadsheet formulas is done by
 * the writers (csv.ts, tsv.ts), so that this stays the single description of the table.
 */
import { pageText, type ExportModel } from './model.ts';

export const TABLE_HEADER = ['No.', '委員名', '諮問番号', '件名', '資料頁', '該当箇所', '質問'] as const;

export function tableRows(model: ExportModel): string[][] {
  const rows: string[][] = [[...TABLE_HEADER]];
  for (const g of model.groups)
    for (const it of g.items)
      rows.push([
        String(it.no),
        model.header.memberName,
        g.number ?? '',
        g.title,
        pageText(it),
        it.quote,
        it.question,
      ]);
  return rows;
}

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): a cell starting with = + - @ or a
 * tab / carriage return is prefixed with an apostrophe, so Excel and LibreOffice show it as text.
 * (papaparse's own `escapeFormulae` regex uses `.*$` without the s flag and misses multi-line cells.)
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
