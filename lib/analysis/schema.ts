/**
 * The analysis contract `analysis@1` (../shared/contracts/analysis.md) as a zod schema.
 * The command line, the side panel and the evaluation scripts all produce and read this shape.
 */
import { z } from 'zod';

// Extension pages run under a CSP without 'unsafe-eval'. Keep zod from probing `new Function`
// (the caught probe is still reported as a CSP violation); validation is the same without its JIT.
z.config({ jitless: true });

export const ERROR_CODES = [
  'password_required',
  'password_incorrect',
  'corrupt',
  'not_pdf',
  'no_text_layer',
  'too_large',
  'unreadable',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const CONSULTATION_TYPES = [
  'outsourcing',
  'worker_dispatch',
  'purpose_external_use',
  'external_provision',
  'indirect_collection',
  'computer_recording',
  'system_change',
  'external_linkage',
  'designated_manager',
  'pia',
  'ordinance_amendment',
  'report',
  'other',
] as const;
export const ConsultationTypeSchema = z.enum(CONSULTATION_TYPES);
export type ConsultationType = z.infer<typeof ConsultationTypeSchema>;

export const SAFEGUARD_IDS = [
  'purpose_necessity',
  'data_minimization',
  'subject_scope',
  'legal_basis',
  'access_control',
  'authentication',
  'encryption_transit',
  'encryption_rest',
  'network_separation',
  'remote_maintenance',
  'logging_audit_trail',
  'data_location',
  'vendor_certification',
  'retention_deletion',
  'outsourcing_contract',
  'subcontracting',
  'vendor_selection',
  'vendor_oversight',
  'insider_threat',
  'physical_security',
  'transport_media',
  'misdelivery_prevention',
  'staff_training',
  'incident_response',
  'backup_recovery',
  'identity_verification',
  'notice_consent',
  'vulnerability_management',
  'third_party_provision',
  'anonymization',
  'data_subject_rights',
  'governance_documentation',
] as const;
export const SafeguardIdSchema = z.enum(SAFEGUARD_IDS);
export type SafeguardId = z.infer<typeof SafeguardIdSchema>;

const pageNo = z.number().int().min(1);

export const PageSchema = z.object({
  index: pageNo,
  label: z.string().nullable(),
  hasText: z.boolean(),
  text: z.string(),
});

export const SecuritySectionSchema = z.object({
  heading: z.string(),
  pageStart: pageNo,
  pageEnd: pageNo,
  text: z.string(),
});

export const EvidenceSchema = z.object({ page: pageNo, quote: z.string().min(1) });

export const SafeguardResultSchema = z.object({
  id: SafeguardIdSchema,
  status: z.enum(['present', 'vague', 'missing']),
  evidence: z.array(EvidenceSchema),
});

export const VaguePhraseSchema = z.object({ page: pageNo, quote: z.string().min(1), rule: z.string() });

export const QuestionSchema = z.object({
  text: z.string().min(1),
  safeguard: SafeguardIdSchema.nullable(),
  page: pageNo.nullable(),
  quote: z.string().nullable(),
});

export const ConsultationSchema = z.object({
  number: z.string().nullable(),
  title: z.string(),
  types: z.array(ConsultationTypeSchema),
  pageStart: pageNo,
  pageEnd: pageNo,
  securitySections: z.array(SecuritySectionSchema),
  safeguards: z.array(SafeguardResultSchema),
  vaguePhrases: z.array(VaguePhraseSchema),
  questions: z.array(QuestionSchema),
});

export const DetectionSchema = z.object({
  isConsultation: z.boolean(),
  score: z.number().min(0).max(1),
  signals: z.array(z.string()),
});

export const AnalysisSchema = z.object({
  schema: z.literal('analysis@1'),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().min(0),
  pages: z.array(PageSchema),
  detection: DetectionSchema,
  consultations: z.array(ConsultationSchema),
  error: z.object({ code: ErrorCodeSchema, message: z.string().min(1) }).nullable(),
});

export type Analysis = z.infer<typeof AnalysisSchema>;
export type Consultation = z.infer<typeof ConsultationSchema>;
export type SecuritySection = z.infer<typeof SecuritySectionSchema>;
export type SafeguardResult = z.infer<typeof SafeguardResultSchema>;
export type VaguePhrase = z.infer<typeof VaguePhraseSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Detection = z.infer<typeof DetectionSchema>;
export type AnalysisPage = z.infer<typeof PageSchema>;
