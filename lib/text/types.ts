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
  /** pdf.js's fallback family of the line's main font: "serif", "sans-serif" or "monospace". */
  fontFamily?: string;
  /** The line is a column of vertical writing (縦書き), turned to read left to right. */
  vertical?: boolean;
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
  /**
   * Display direction (degrees, clockwise) in which the page's lines run: 0 upright, 90 for vertical
   * writing or text printed turned. Line coordinates are in that reading frame (width/height swapped for 90/270).
   */
  rotation?: number;
  /** The page's main text is vertical writing (縦書き). */
  vertical?: boolean;
  /** The page hit the time limit or the text size limit: its text is cut short (or empty). */
  timedOut?: boolean;
}

export interface TextDocument {
  pageCount: number;
  pages: PageText[];
  /** SHA-256 of the PDF bytes (set by extractText). */
  sha256?: string;
  /** Version of the engine that made it (see TEXT_ENGINE_VERSION in cache.ts). */
  engineVersion?: number;
  /** The PDF needed a password to open. */
  encrypted?: boolean;
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
