/**
 * Names of the 32 safeguard categories (../shared/domain.md §2) and of consultation types, in both
 * languages, plus the colour group each category belongs to (notes are coloured by their category).
 * Plain data: a council member can correct a wording here without reading code.
 */
import type { ConsultationType, SafeguardId } from '../analysis/schema.ts';

export type SafeguardGroup = 'purpose' | 'access' | 'crypto' | 'records' | 'vendor' | 'physical' | 'incident' | 'rights';

export const SAFEGUARDS: Record<SafeguardId, { ja: string; en: string; group: SafeguardGroup }> = {
  purpose_necessity: { ja: '目的・必要性・効果', en: 'Purpose and necessity', group: 'purpose' },
  data_minimization: { ja: '個人情報の項目・必要最小限', en: 'Data minimisation', group: 'purpose' },
  subject_scope: { ja: '対象者の範囲', en: 'Scope of data subjects', group: 'purpose' },
  legal_basis: { ja: '根拠法令・条例', en: 'Legal basis', group: 'purpose' },
  access_control: { ja: '利用者・端末・権限の制限', en: 'Access control', group: 'access' },
  authentication: { ja: '認証（ID・パスワード・多要素）', en: 'Authentication', group: 'access' },
  encryption_transit: { ja: '通信の暗号化', en: 'Encryption in transit', group: 'crypto' },
  encryption_rest: { ja: '保存データの暗号化・鍵管理', en: 'Encryption at rest', group: 'crypto' },
  network_separation: { ja: 'ネットワーク分離・境界防御', en: 'Network separation', group: 'crypto' },
  remote_maintenance: { ja: 'リモート保守・外部接続管理', en: 'Remote maintenance', group: 'crypto' },
  logging_audit_trail: { ja: 'ログ・記録・定期確認', en: 'Logging and audit trail', group: 'records' },
  data_location: { ja: 'データの所在・クラウドの種類', en: 'Data location and cloud type', group: 'records' },
  vendor_certification: { ja: '第三者認証（ISMS・Pマーク等）', en: 'Vendor certification', group: 'vendor' },
  retention_deletion: { ja: '保存期間・廃棄・消去証明', en: 'Retention and deletion', group: 'records' },
  outsourcing_contract: { ja: '契約・特記事項・仕様書', en: 'Outsourcing contract', group: 'vendor' },
  subcontracting: { ja: '再委託', en: 'Subcontracting', group: 'vendor' },
  vendor_selection: { ja: '委託先の選定', en: 'Vendor selection', group: 'vendor' },
  vendor_oversight: { ja: '委託先の監督', en: 'Vendor oversight', group: 'vendor' },
  insider_threat: { ja: '内部不正・従事者管理', en: 'Insider threat', group: 'access' },
  physical_security: { ja: '物理的安全管理', en: 'Physical security', group: 'physical' },
  transport_media: { ja: '運搬・記録媒体・持ち出し', en: 'Transport and media', group: 'physical' },
  misdelivery_prevention: { ja: '誤送付・誤送信防止', en: 'Misdelivery prevention', group: 'physical' },
  staff_training: { ja: '研修・教育', en: 'Staff training', group: 'incident' },
  incident_response: { ja: '事故時の対応・報告', en: 'Incident response', group: 'incident' },
  backup_recovery: { ja: 'バックアップ・復旧', en: 'Backup and recovery', group: 'incident' },
  identity_verification: { ja: '本人確認・なりすまし防止', en: 'Identity verification', group: 'rights' },
  notice_consent: { ja: '本人への通知・同意', en: 'Notice and consent', group: 'rights' },
  vulnerability_management: { ja: '脆弱性・マルウェア対策', en: 'Vulnerability management', group: 'crypto' },
  third_party_provision: { ja: '外部提供・第三者連携', en: 'Provision to third parties', group: 'rights' },
  anonymization: { ja: '匿名加工・統計化', en: 'Anonymisation', group: 'rights' },
  data_subject_rights: { ja: '本人の権利', en: 'Data subject rights', group: 'rights' },
  governance_documentation: { ja: '運用ルールの文書化', en: 'Rules and documentation', group: 'records' },
};

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
