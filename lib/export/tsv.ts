/**
 * TSV for the clipboard: pasted into Excel (or LibreOffice Calc) it fills one cell per field.
 * Excel's paste parser understands "..." quoting with doubled quotes, so cells holding tabs, line
 * breaks or quotes are quoted; formula-looking cells are neutralised like in the CSV.
 */
import type { ExportModel } from './model.ts';
import { neutraliseFormula, tableRows } from './table.ts';

function tsvCell(raw: string): string {
  const cell = neutraliseFormula(raw.replace(/\r\n?/g, '\n'));
  return /[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toTsv(model: ExportModel): string {
  return tableRows(model).map((r) => r.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
}
