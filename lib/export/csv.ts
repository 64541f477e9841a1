/**
 * CSV for Excel and LibreOffice: UTF-8 with BOM (Excel otherwise reads Shift_JIS), CRLF line ends,
 * RFC 4180 quoting (papaparse), formula-looking cells neutralised.
 */
import Papa from 'papaparse';
import type { ExportModel } from './model.ts';
import { FORMULA_START, tableRows } from './table.ts';

export const CSV_BOM = '\uFEFF';

export function toCsv(model: ExportModel): string {
  const rows = tableRows(model);
  const body = Papa.unparse(rows, {
    newline: '\r\n',
    quotes: false, // quote only when needed (comma, quote, CR/LF), as RFC 4180 allows
    escapeFormulae: FORMULA_START,
  });
  return CSV_BOM + body + '\r\n';
}
