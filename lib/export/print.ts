/**
 * The A4 「事前質問票」 as data (no HTML): header fields and one section per consultation, each
 * marked whether it should start on a new page. components/export/PrintSheet.tsx renders it as DOM
 * text; the browser's print dialog does the rest.
 */
import { documentTitle, groupHeading, pageText, type ExportModel } from './model.ts';

export type PrintRow = { no: number; page: string; quote: string; question: string };
export type PrintSection = {
  key: string;
  number: string;
  title: string;
  heading: string;
  docTitle: string | null;
  /** Start this consultation on a new page (CSS break-before: page). */
  breakBefore: boolean;
  /** Short enough to keep on one page (CSS break-inside: avoid), so a heading is never orphaned. */
  keepTogether: boolean;
  rows: PrintRow[];
};
export type PrintModel = {
  sheetTitle: string;
  subtitle: string;
  memberName: string;
  councilName: string;
  meetingName: string;
  meetingDate: string;
  total: number;
  sections: PrintSection[];
};

/** Rough A4 portrait capacity in text lines at 10.5pt with the table layout of PrintSheet. */
export const PAGE_LINES = 46;
/** Characters per line in the quote and question columns. */
const QUOTE_CHARS = 18;
const QUESTION_CHARS = 30;

const linesOf = (s: string, width: number): number =>
  s.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / width)), 0);

/** Estimated printed lines of one section (heading + table header + rows). */
export function estimateLines(rows: PrintRow[]): number {
  return 3 + rows.reduce((n, r) => n + 1 + Math.max(linesOf(r.quote, QUOTE_CHARS), linesOf(r.question, QUESTION_CHARS)), 0);
}

export function buildPrintModel(model: ExportModel): PrintModel {
  const h = model.header;
  const sections: PrintSection[] = model.groups.map((g) => ({
    key: g.key,
    number: g.number ?? '',
    title: g.title,
    heading: groupHeading(g),
    docTitle: g.docTitle,
    breakBefore: false,
    keepTogether: false,
    rows: g.items.map((it) => ({ no: it.no, page: pageText(it), quote: it.quote, question: it.question })),
  }));
  // Page breaks only when the sheet does not fit on one page; then a long consultation (a third of a
  // page or more) starts on its own page, and so does the one after it. Short ones flow together.
  const sizes = sections.map((s) => estimateLines(s.rows));
  sections.forEach((s, i) => (s.keepTogether = sizes[i] < PAGE_LINES / 2));
  const header = 8;
  if (header + sizes.reduce((a, b) => a + b, 0) > PAGE_LINES) {
    const long = sizes.map((n) => n >= PAGE_LINES / 3);
    for (let i = 1; i < sections.length; i++) sections[i].breakBefore = long[i] || long[i - 1];
  }
  return {
    sheetTitle: '事前質問票',
    subtitle: documentTitle(h),
    memberName: h.memberName,
    councilName: h.councilName,
    meetingName: h.meetingName,
    meetingDate: h.meetingDate,
    total: model.total,
    sections,
  };
}
