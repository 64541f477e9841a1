/**
 * Question-list exports for the command line: `npm run analyze -- --format txt|md|csv|tsv|eml`.
 * Same code as the side panel's export (lib/export/index.ts); settings are the defaults (no names).
 */
import type { Analysis } from '../analysis/schema.ts';
import { DEFAULT_SETTINGS, type Settings } from '../notes/model.ts';
import { fromAnalyses } from './from-analysis.ts';
import { buildExportModel } from './model.ts';
import { toText } from './text.ts';
import { toMarkdown } from './markdown.ts';
import { toCsv } from './csv.ts';
import { toTsv } from './tsv.ts';
import { toEml } from './mail.ts';

export const CLI_FORMATS = ['txt', 'md', 'csv', 'tsv', 'eml'] as const;

export function exportQuestions(results: Analysis[], format: string, settings: Settings = DEFAULT_SETTINGS): string {
  const records = fromAnalyses(results);
  const model = buildExportModel({ settings, ...records });
  switch (format) {
    case 'txt':
      return toText(model);
    case 'md':
      return toMarkdown(model);
    case 'csv':
      return toCsv(model);
    case 'tsv':
      return toTsv(model);
    case 'eml':
      return toEml(model);
    default:
      throw new Error(`unknown export format: ${format}`);
  }
}
