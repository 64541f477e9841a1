/**
 * The member's own data: documents they opened, consultations in them, risk notes, questions, settings.
 * Typed with zod so that storage, backup/restore and exports share one model (zotero/reader style:
 * the reader persists nothing; these records are the only thing we keep, on the member's machine).
 */
import { DEFAULT_EXPECTATION_PROFILE, EXPECTATION_PROFILE_IDS } from '../review/data/expectation-profiles.ts';
import { z } from 'zod';
import { ConsultationTypeSchema, SafeguardIdSchema } from '../analysis/schema.ts';

/** Where in a document a note or question points: PDF page, printed label, exact quote. */
export const AnchorSchema = z.object({
  page: z.number().int().min(1),
  pageLabel: z.string().nullable(),
  quote: z.string(),
  /** A few characters before/after the quote, to re-anchor on a revised PDF. */
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

const timestamps = {
  createdAt: z.number(), // ms since epoch
  updatedAt: z.number(),
  /** Soft delete (undo, and so that restore does not resurrect deleted items). */
  deletedAt: z.number().nullable(),
};

export const DocumentRecordSchema = z.object({
  /** SHA-256 of the PDF bytes. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string(),
  fileName: z.string(),
  url: z.string().nullable(),
  /** Meeting this document belongs to (free text, e.g. 「令和7年度第3回」). */
  meeting: z.string().nullable(),
  pageCount: z.number().int().min(0),
  pageLabels: z.array(z.string().nullable()),
  addedAt: z.number(),
  openedAt: z.number(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const ConsultationRecordSchema = z.object({
  /** `${docId}:${order}` */
  id: z.string(),
  docId: z.string(),
  order: z.number().int().min(0),
  number: z.string().nullable(),
  title: z.string(),
  types: z.array(ConsultationTypeSchema),
  pageStart: z.number().int().min(1),
  pageEnd: z.number().int().min(1),
  /** Set when the member purged notes after the council's answer (答申). */
  purgedAt: z.number().nullable(),
});
export type ConsultationRecord = z.infer<typeof ConsultationRecordSchema>;

export const SEVERITY_LEVELS = [1, 2, 3, 4] as const;
const level = z.number().int().min(1).max(4);

export const NoteRecordSchema = z.object({
  id: z.string().min(1),
  docId: z.string(),
  consultationId: z.string().nullable(),
  anchor: AnchorSchema.nullable(),
  safeguard: SafeguardIdSchema.nullable(),
  severity: level,
  likelihood: level,
  comment: z.string(),
  tags: z.array(z.string()),
  ...timestamps,
});
export type NoteRecord = z.infer<typeof NoteRecordSchema>;

export const QUESTION_STATUSES = ['draft', 'sent', 'answered', 'closed'] as const;
/** 下書き / 送付済 / 回答あり / 了 */
export const QuestionStatusSchema = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatusSchema>;

export const QuestionRecordSchema = z.object({
  id: z.string().min(1),
  docId: z.string(),
  consultationId: z.string().nullable(),
  text: z.string(),
  safeguard: SafeguardIdSchema.nullable(),
  anchor: AnchorSchema.nullable(),
  /** 'engine': an accepted draft from the review engine; 'member': written by the member. */
  origin: z.enum(['engine', 'member']),
  status: QuestionStatusSchema,
  /** Included in the export to the secretariat. */
  selected: z.boolean(),
  /** Position within its consultation (ascending). */
  order: z.number(),
  answer: z.string(),
  ...timestamps,
});
export type QuestionRecord = z.infer<typeof QuestionRecordSchema>;

export const EXPORT_FORMATS = ['mailto', 'eml', 'text', 'tsv', 'csv', 'md', 'print'] as const;

export const SettingsSchema = z.object({
  memberName: z.string(),
  councilName: z.string(),
  meetingName: z.string(),
  meetingDate: z.string(), // YYYY-MM-DD or ''
  secretariatEmail: z.string(),
  defaultExportFormat: z.enum(EXPORT_FORMATS),
  language: z.enum(['ja', 'en']),
  /** Largest PDF the panel opens without asking, in MB. */
  maxFileMB: z.number().int().min(1).max(2000),
  /** Last time a backup file was written (ms), null if never. */
  lastBackupAt: z.number().nullable(),
  /**
   * Which expectation table decides what is "missing" (lib/review/data/expectation-profiles.ts). Added in
   * 0.2: settings and backups written before have none and get the default.
   */
  expectations: z.enum(EXPECTATION_PROFILE_IDS).default(DEFAULT_EXPECTATION_PROFILE),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  memberName: '',
  councilName: '',
  meetingName: '',
  meetingDate: '',
  secretariatEmail: '',
  defaultExportFormat: 'mailto',
  language: 'ja',
  maxFileMB: 100,
  lastBackupAt: null,
  expectations: DEFAULT_EXPECTATION_PROFILE,
};
