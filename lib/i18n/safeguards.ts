/**
 * Names of the 32 safeguard categories (../shared/domain.md §2) and of consultation types, in both
 * languages, plus the colour group each category belongs to (notes are coloured by their category).
 * The Japanese names come from the review catalogue (lib/review/data/safeguards.ts, `label`), so the panel,
 * the report and the questions use one wording; the English names and colour groups are kept here.
 * Plain data: a council member can correct a wording without reading code.
 */
import type { ConsultationType, SafeguardId } from '../analysis/schema.ts';
import { SAFEGUARD_BY_ID } from '../review/data/safeguards.ts';

export type SafeguardGroup = 'purpose' | 'access' | 'crypto' | 'records' | 'vendor' | 'physical' | 'incident' | 'rights';

const NAMES: Record<SafeguardId, { en: string; group: SafeguardGroup }> = {
  purpose_necessity: { en: 'Purpose and necessity', group: 'purpose' },
  data_minimization: { en: 'Data minimisation', group: 'purpose' },
  subject_scope: { en: 'Scope of data subjects', group: 'purpose' },
  legal_basis: { en: 'Legal basis', group: 'purpose' },
  access_control: { en: 'Access control', group: 'access' },
  authentication: { en: 'Authentication', group: 'access' },
  encryption_transit: { en: 'Encryption in transit', group: 'crypto' },
  encryption_rest: { en: 'Encryption at rest', group: 'crypto' },
  network_separation: { en: 'Network separation', group: 'crypto' },
  remote_maintenance: { en: 'Remote maintenance', group: 'crypto' },
  logging_audit_trail: { en: 'Logging and audit trail', group: 'records' },
  data_location: { en: 'Data location and cloud type', group: 'records' },
  vendor_certification: { en: 'Vendor certification', group: 'vendor' },
  retention_deletion: { en: 'Retention and deletion', group: 'records' },
  outsourcing_contract: { en: 'Outsourcing contract', group: 'vendor' },
  subcontracting: { en: 'Subcontracting', group: 'vendor' },
  vendor_selection: { en: 'Vendor selection', group: 'vendor' },
  vendor_oversight: { en: 'Vendor oversight', group: 'vendor' },
  insider_threat: { en: 'Insider threat', group: 'access' },
  physical_security: { en: 'Physical security', group: 'physical' },
  transport_media: { en: 'Transport and media', group: 'physical' },
  misdelivery_prevention: { en: 'Misdelivery prevention', group: 'physical' },
  staff_training: { en: 'Staff training', group: 'incident' },
  incident_response: { en: 'Incident response', group: 'incident' },
  backup_recovery: { en: 'Backup and recovery', group: 'incident' },
  identity_verification: { en: 'Identity verification', group: 'rights' },
  notice_consent: { en: 'Notice and consent', group: 'rights' },
  vulnerability_management: { en: 'Vulnerability management', group: 'crypto' },
  third_party_provision: { en: 'Provision to third parties', group: 'rights' },
  anonymization: { en: 'Anonymisation', group: 'rights' },
  data_subject_rights: { en: 'Data subject rights', group: 'rights' },
  governance_documentation: { en: 'Rules and documentation', group: 'records' },
};

export const SAFEGUARDS = Object.fromEntries(
  Object.entries(NAMES).map(([id, n]) => [id, { ja: SAFEGUARD_BY_ID.get(id as SafeguardId)!.label, ...n }]),
) as Record<SafeguardId, { ja: string; en: string; group: SafeguardGroup }>;

/** One colour per group (readable on white with dark text; the label is always shown too). */
export const GROUP_COLORS: Record<SafeguardGroup, { bg: string; border: string; ja: string; en: string }> = {
  purpose: { bg: '#e8f0fe', border: '#1a56c4', ja: '目的・範囲', en: 'Purpose & scope' },
  access: { bg: '#fde8e8', border: '#b42318', ja: '権限・人', en: 'Access & people' },
  crypto: { bg: '#ede7f6', border: '#5b2c9f', ja: '技術的対策', en: 'Technical' },
  records: { bg: '#e6f4ea', border: '#1e7b34', ja: '記録・保存', en: 'Records & retention' },
  vendor: { bg: '#fff4e0', border: '#9a5b00', ja: '委託先', en: 'Vendors' },
  physical: { bg: '#e0f2f1', border: '#00695c', ja: '物理・運搬', en: 'Physical & transport' },
  incident: { bg: '#fce4ec', border: '#a01a58', ja: '事故・教育', en: 'Incidents & training' },
  rights: { bg: '#eceff1', border: '#37474f', ja: '本人・提供', en: 'Subjects & provision' },
};

export const CONSULTATION_TYPE_LABELS: Record<ConsultationType, { ja: string; en: string }> = {
  outsourcing: { ja: '業務委託', en: 'Outsourcing' },
  worker_dispatch: { ja: '労働者派遣', en: 'Worker dispatch' },
  purpose_external_use: { ja: '目的外利用', en: 'Use beyond purpose' },
  external_provision: { ja: '外部提供', en: 'External provision' },
  indirect_collection: { ja: '本人以外収集', en: 'Indirect collection' },
  computer_recording: { ja: '電子計算組織への記録', en: 'Computer recording' },
  system_change: { ja: 'システム導入・変更', en: 'System change' },
  external_linkage: { ja: '外部結合', en: 'External linkage' },
  designated_manager: { ja: '指定管理者', en: 'Designated manager' },
  pia: { ja: '特定個人情報保護評価', en: 'PIA' },
  ordinance_amendment: { ja: '条例改正', en: 'Ordinance amendment' },
  report: { ja: '報告', en: 'Report' },
  other: { ja: 'その他', en: 'Other' },
};
