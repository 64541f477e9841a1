/** Names of the export formats as the member sees them (settings and export menu). */
import type { EXPORT_FORMATS } from '../notes/model.ts';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  mailto: 'メール（メールソフトで開く）',
  eml: 'メール下書きファイル（.eml）',
  text: 'テキストをコピー',
  tsv: 'Excel に貼り付け（表形式でコピー）',
  csv: 'CSV ファイル（Excel）',
  md: 'Markdown ファイル',
  print: '印刷（事前質問票）',
};

/** Order of the buttons in the export menu (the member's default comes first). */
export const EXPORT_FORMATS_ORDER: ExportFormat[] = ['mailto', 'eml', 'text', 'tsv', 'csv', 'md', 'print'];
