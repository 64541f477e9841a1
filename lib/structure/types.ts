import type { ConsultationType, Detection } from '../analysis/schema.ts';
import type { TextLine } from '../text/types.ts';

export type SectionRole = 'primary' | 'scattered' | 'attachment' | 'form_row';

export interface SecuritySectionFound {
  /** Heading line as printed (trimmed). */
  heading: string;
  pageStart: number;
  pageEnd: number;
  /** Body text without running headers/footers, lines joined by "\n". */
  text: string;
  /** The body lines (running headers/footers excluded), for evidence and highlighting. */
  lines: TextLine[];
  role: SectionRole;
}

export interface ConsultationFound {
  number: string | null;
  title: string;
  types: ConsultationType[];
  pageStart: number;
  pageEnd: number;
  securitySections: SecuritySectionFound[];
  /**
   * When a page holds the end of one item and the start of the next (「【諮問第２２号】…」 halfway down page 2): the
   * item's first line on its first page, and the next item's first line on its last page (lines of the pages).
   * Absent when the item starts or ends with its pages.
   */
  firstLine?: TextLine;
  nextItemLine?: TextLine;
}

export interface DocumentStructure {
  detection: Detection;
  consultations: ConsultationFound[];
}
