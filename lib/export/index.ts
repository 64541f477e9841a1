/** One export module for the side panel, the print page and `npm run analyze -- --format`. */
export * from './model.ts';
export { toText, questionListText } from './text.ts';
export { toTsv } from './tsv.ts';
export { toCsv, CSV_BOM } from './csv.ts';
export { toMarkdown, escapeMarkdown } from './markdown.ts';
export { planMail, toEml, mailBody, coverBody, mailtoHref, MAILTO_LIMIT, PASTE_HERE, type MailPlan } from './mail.ts';
export { buildPrintModel, type PrintModel, type PrintSection, type PrintRow } from './print.ts';
export { tableRows, TABLE_HEADER, neutraliseFormula } from './table.ts';
export { exportFileName } from './files.ts';
export { fromAnalyses } from './from-analysis.ts';
export { EXPORT_FORMAT_LABELS, EXPORT_FORMATS_ORDER, type ExportFormat } from './labels.ts';
