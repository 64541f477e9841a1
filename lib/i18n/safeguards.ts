/**
 * Names of the 32 safeguard categories (../shared/domain.md §2) and of consultation types, in both
 * languages, a one-line explanation of each category for members (Japanese from the catalogue's `explain`),
 * plus the colour group each category belongs to (notes are coloured by their category).
 * The Japanese names come from the review catalogue (lib/review/data/safeguards.ts, `label`), so the panel,
 * the report and the questions use one wording; the English names and colour groups are kept here.
 * Plain data: a council member can correct a wording without reading code.
 */
import type { ConsultationType, SafeguardId } from '../analysis/schema.ts';
import { SAFEGUARD_BY_ID } from '../review/data/safeguards.ts';

export type SafeguardGroup = 'purpose' | 'access' | 'crypto' | 'records' | 'vendor' | 'physical' | 'incident' | 'rights';

const NAMES: Record<SafeguardId, { en: string; enExplain: string; group: SafeguardGroup }> = {
  purpose_necessity: { en: 'Purpose and necessity', enExplain: 'Is the purpose stated, and is use beyond it ruled out?', group: 'purpose' },
  data_minimization: { en: 'Data minimisation', enExplain: 'Are the personal data items limited to those needed?', group: 'purpose' },
  subject_scope: { en: 'Scope of data subjects', enExplain: 'Whose data is handled, and is that group limited?', group: 'purpose' },
  legal_basis: { en: 'Legal basis', enExplain: 'Which law or ordinance provision allows it (down to the exception clause)?', group: 'purpose' },
  access_control: { en: 'Access control', enExplain: 'Who (and how many people) can see or operate on the data?', group: 'access' },
  authentication: { en: 'Authentication', enExplain: 'Can only the right person log in (personal IDs, multi-factor authentication)?', group: 'access' },
  encryption_transit: { en: 'Encryption in transit', enExplain: 'Is data encrypted when it travels over a network?', group: 'crypto' },
  encryption_rest: { en: 'Encryption at rest', enExplain: 'Is stored data encrypted on servers and media (including key management)?', group: 'crypto' },
  network_separation: { en: 'Network separation', enExplain: 'Is the system separated from the internet, or protected by firewalls?', group: 'crypto' },
  remote_maintenance: { en: 'Remote maintenance', enExplain: 'Who allows, cuts off and records remote maintenance access, and when?', group: 'crypto' },
  logging_audit_trail: { en: 'Logging and audit trail', enExplain: 'Are operations and hand-overs logged, and does someone review the logs regularly?', group: 'records' },
  data_location: { en: 'Data location and cloud type', enExplain: 'Where is the data stored (in Japan? which facility or cloud)?', group: 'records' },
  vendor_certification: { en: 'Vendor certification', enExplain: 'Does the vendor or cloud hold third-party certification, and for what scope?', group: 'vendor' },
  retention_deletion: { en: 'Retention and deletion', enExplain: 'How long is data kept, when and how is it deleted, and how is deletion verified?', group: 'records' },
  outsourcing_contract: { en: 'Outsourcing contract', enExplain: 'Do the contract, special clauses or specifications set the vendor’s duties?', group: 'vendor' },
  subcontracting: { en: 'Subcontracting', enExplain: 'Is subcontracting forbidden, or allowed only on conditions (prior consent, same duties)?', group: 'vendor' },
  vendor_selection: { en: 'Vendor selection', enExplain: 'How is the vendor chosen (selection committee, track record, privacy set-up)?', group: 'vendor' },
  vendor_oversight: { en: 'Vendor oversight', enExplain: 'When, by whom and how does the municipality check the vendor’s handling?', group: 'vendor' },
  insider_threat: { en: 'Insider threat', enExplain: 'What stops staff from taking data out or misusing it (e.g. no private devices)?', group: 'access' },
  physical_security: { en: 'Physical security', enExplain: 'Are papers and equipment locked away, and is entry to the work area controlled?', group: 'physical' },
  transport_media: { en: 'Transport and media', enExplain: 'How are data and papers handed over, carried and stored on media (encryption, locks)?', group: 'physical' },
  misdelivery_prevention: { en: 'Misdelivery prevention', enExplain: 'What checks prevent wrong enclosures or e-mails to the wrong address?', group: 'physical' },
  staff_training: { en: 'Staff training', enExplain: 'When, for whom and what training is given to staff?', group: 'incident' },
  incident_response: { en: 'Incident response', enExplain: 'If data leaks, who reports to whom by when, and what is done?', group: 'incident' },
  backup_recovery: { en: 'Backup and recovery', enExplain: 'How often are backups made, where are they kept, and how is the system restored?', group: 'incident' },
  identity_verification: { en: 'Identity verification', enExplain: 'How is an applicant or user confirmed to be the person concerned?', group: 'rights' },
  notice_consent: { en: 'Notice and consent', enExplain: 'Are people told the purpose and asked for consent (or is it posted)?', group: 'rights' },
  vulnerability_management: { en: 'Vulnerability management', enExplain: 'Anti-virus, security patches and vulnerability testing?', group: 'crypto' },
  third_party_provision: { en: 'Provision to third parties', enExplain: 'Is data given to third parties (police, other bodies), under what rules and records?', group: 'rights' },
  anonymization: { en: 'Anonymisation', enExplain: 'Is data made non-identifiable, and is re-identification forbidden?', group: 'rights' },
  data_subject_rights: { en: 'Data subject rights', enExplain: 'How are requests for disclosure, correction or suspension of use handled?', group: 'rights' },
  governance_documentation: { en: 'Rules and documentation', enExplain: 'Are the operating rules and procedures written down (guidelines, manuals)?', group: 'records' },
};

export const SAFEGUARDS = Object.fromEntries(
  Object.entries(NAMES).map(([id, n]) => {
    const def = SAFEGUARD_BY_ID.get(id as SafeguardId)!;
    return [id, { ja: def.label, jaExplain: def.explain, ...n }];
  }),
) as Record<SafeguardId, { ja: string; en: string; jaExplain: string; enExplain: string; group: SafeguardGroup }>;

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
