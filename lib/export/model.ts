/**
 * The export model: the member's selected questions, grouped by consultation in agenda order and
 * numbered 1..N across the whole list. Every export format (text, TSV, CSV, Markdown, mail, print)
 * renders this one model, so they can never disagree.
 *
 * Pure functions on plain records: no storage, no DOM.
 */
import type {
  ConsultationRecord,
  DocumentRecord,
  QuestionRecord,
  Settings,
} from '../notes/model.ts';

export type ExportItem = {
  /** 1..N across the whole list (the secretariat refers to 「質問3」). */
  no: number;
  questionId: string;
  /** Printed page label as the member sees it on paper, e.g. "12" or "資料3-2"; null when unknown. */
  pageLabel: string | null;
  /** 1-based PDF page index; null when the question has no anchor. */
  page: number | null;
  quote: string;
  question: string;
};

export type ExportGroup = {
  /** consultation id, or `doc:${docId}` for questions not tied to a consultation. */
  key: string;
  /** 諮問番号 as printed, e.g. 「諮問第480号」; null when the document has none. */
  number: string | null;
  title: string;
  docTitle: string | null;
  items: ExportItem[];
};

export type ExportHeader = {
  memberName: string;
  councilName: string;
  meetingName: string;
  meetingDate: string;
  secretariatEmail: string;
};

export type ExportModel = {
  header: ExportHeader;
  groups: ExportGroup[];
  total: number;
};

export type ExportInput = {
  settings: Settings;
  consultations: ConsultationRecord[];
  questions: QuestionRecord[];
  /** Documents in meeting (agenda) order; consultations of unlisted documents come after, by docId. */
  documents?: DocumentRecord[];
};

/**
 * Agenda order of a meeting's documents when the caller has no better order: by meeting, then by
 * title with numbers compared as numbers (資料2 before 資料10), then by when they were added.
 */
export function agendaDocumentOrder(docs: DocumentRecord[]): DocumentRecord[] {
  const coll = new Intl.Collator('ja', { numeric: true });
  return [...docs].sort(
    (a, b) => coll.compare(a.meeting ?? '', b.meeting ?? '') || coll.compare(a.title, b.title) || a.addedAt - b.addedAt,
  );
}

/** Label used for a group of questions not tied to any consultation. */
export const UNASSIGNED_TITLE = '（諮問に紐づかない質問）';

const clean = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/**
 * A quote from the PDF is one passage: its line breaks are the PDF's line wraps. Join them (no space
 * between Japanese characters, one space between Latin words) so the quote reads as printed.
 */
export function joinQuoteLines(s: string): string {
  return clean(s).replace(/([^\n]?)[ \t\u3000]*\n+[ \t\u3000]*([^\n]?)/g, (_m, a: string, b: string) =>
    /[\x21-\x7e]/.test(a) && /[\x21-\x7e]/.test(b) ? `${a} ${b}` : `${a}${b}`,
  );
}

export function buildExportModel(input: ExportInput): ExportModel {
  const docs = input.documents ?? [];
  const docIndex = new Map(docs.map((d, i) => [d.id, i] as const));
  const docTitle = new Map(docs.map((d) => [d.id, d.title] as const));
  const consultations = new Map(input.consultations.map((c) => [c.id, c] as const));

  const rank = (docId: string): [number, string] => [docIndex.get(docId) ?? docs.length, docId];

  type Pending = ExportGroup & { sortDoc: [number, string]; sortOrder: number };
  const groups = new Map<string, Pending>();
  const selected = input.questions
    .filter((q) => q.selected && q.deletedAt == null && q.text.trim() !== '')
    .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt || a.id.localeCompare(b.id));

  for (const q of selected) {
    const c = q.consultationId ? consultations.get(q.consultationId) : undefined;
    const key = c ? c.id : `doc:${q.docId}`;
    let g = groups.get(key);
    if (!g) {
      g = c
        ? {
            key,
            number: c.number,
            title: c.title,
            docTitle: docTitle.get(c.docId) ?? null,
            items: [],
            sortDoc: rank(c.docId),
            sortOrder: c.order,
          }
        : {
            key,
            number: null,
            title: UNASSIGNED_TITLE,
            docTitle: docTitle.get(q.docId) ?? null,
            items: [],
            sortDoc: rank(q.docId),
            sortOrder: Number.MAX_SAFE_INTEGER,
          };
      groups.set(key, g);
    }
    g.items.push({
      no: 0,
      questionId: q.id,
      pageLabel: q.anchor ? (q.anchor.pageLabel?.trim() || null) : null,
      page: q.anchor ? q.anchor.page : null,
      quote: q.anchor ? joinQuoteLines(q.anchor.quote) : '',
      question: clean(q.text),
    });
  }

  const ordered = [...groups.values()].sort(
    (a, b) =>
      a.sortDoc[0] - b.sortDoc[0] ||
      a.sortDoc[1].localeCompare(b.sortDoc[1]) ||
      a.sortOrder - b.sortOrder,
  );
  let no = 0;
  const out: ExportGroup[] = ordered.map(({ sortDoc: _d, sortOrder: _o, ...g }) => ({
    ...g,
    items: g.items.map((it) => ({ ...it, no: ++no })),
  }));
  const s = input.settings;
  return {
    header: {
      memberName: s.memberName.trim(),
      councilName: s.councilName.trim(),
      meetingName: s.meetingName.trim(),
      meetingDate: s.meetingDate.trim(),
      secretariatEmail: s.secretariatEmail.trim(),
    },
    groups: out,
    total: no,
  };
}

/**
 * 資料頁 as printed in every format: 「P.12」 for a numeric label, the label itself otherwise
 * (「別紙1」), or 「PDF 12枚目」 when no printed label is known.
 */
export function pageText(it: Pick<ExportItem, 'pageLabel' | 'page'>): string {
  if (it.pageLabel) return /^[0-9０-９]/.test(it.pageLabel) ? `P.${it.pageLabel}` : it.pageLabel;
  if (it.page != null) return `PDF ${it.page}枚目`;
  return '';
}

/** 「諮問第480号 タイトル」 */
export function groupHeading(g: Pick<ExportGroup, 'number' | 'title'>): string {
  return g.number ? `${g.number}　${g.title}` : g.title;
}

/** 「個人情報保護審議会 令和7年度第3回（2025-07-10）事前質問」 */
export function documentTitle(h: ExportHeader): string {
  const meeting = [h.councilName, h.meetingName].filter(Boolean).join(' ');
  const date = h.meetingDate ? `（${h.meetingDate}）` : '';
  return `${meeting}${date}${meeting && !date ? ' ' : ''}事前質問`;
}

/**
 * Mail subject, kept short because every Japanese character costs 9 characters in a mailto link:
 * 「【事前質問】令和7年度第3回（山田委員）」 (the council name only when no meeting name is set).
 */
export function mailSubject(h: ExportHeader): string {
  const meeting = h.meetingName || h.councilName;
  const member = h.memberName ? `（${h.memberName}委員）` : '';
  return `【事前質問】${meeting}${member}`;
}
