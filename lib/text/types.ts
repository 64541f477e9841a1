/**
 * What the text engine produces: pages of lines in reading order.
 * Coordinates are PDF points in the page's displayed (rotated) orientation, origin top-left.
 */
import type { ErrorCode } from '../analysis/schema.ts';

export interface TextLine {
  /** 1-based PDF page index. */
  page: number;
  /** Displayed text (Kangxi radicals etc. repaired; not NFKC-folded). */
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  bold: boolean;
  /** When the line is a table row: the cell texts, left to right. */
  cells?: string[];
  /** A running header/footer or printed page number repeated across pages. */
  running: boolean;
}

export interface PageText {
  index: number;
  /** Printed page label ("3" for 「- 3 -」, "資料3-2"), null when none is found. */
  label: string | null;
  hasText: boolean;
  width: number;
  height: number;
  lines: TextLine[];
  /** All lines' text joined by "\n", running headers and footers included. */
  text: string;
}

export interface TextDocument {
  pageCount: number;
  pages: PageText[];
}

/** A typed failure of the text engine with a Japanese message for the member. */
export class TextEngineError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'TextEngineError';
    this.code = code;
  }
}
