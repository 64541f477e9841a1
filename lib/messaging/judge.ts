/** Background ↔ offscreen document: judge the PDF open in a tab (types only; pure). */
export const JUDGE_PDF_MESSAGE = 'shingi-lens:judge-pdf';

export interface JudgePdfRequest {
  type: typeof JUDGE_PDF_MESSAGE;
  url: string;
}

export interface JudgePdfResult {
  /** null: could not be judged (password, broken file, too large, network); see `error`. */
  isConsultation: boolean | null;
  signals: string[];
  error?: string;
  /** Text engine error code when the file could not be read ("password_required", "corrupt", "not_pdf", ...). */
  code?: string;
}
