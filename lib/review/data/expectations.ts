/**
 * 諮問の種別ごとに、審査する側が「書かれているはず」と期待する安全措置。
 * 一つの諮問が複数の種別を持つときは和集合をとる。書かれていなければ「記載なし（欠落）」と判定する。
 *
 * 出典: ../shared/domain.md §7.3 の表（● の区分）と、コーパス README の種別別の表。
 * 「条件付き」は、資料にその状況が書かれているときだけ期待に加える区分。
 */
import type { ConsultationType, SafeguardId } from '../../analysis/schema.ts';

export const EXPECTED_BY_TYPE: Record<ConsultationType, SafeguardId[]> = {
  // 個人情報を取り扱う業務の外部委託
  outsourcing: ['outsourcing_contract', 'subcontracting', 'vendor_oversight', 'access_control', 'physical_security', 'retention_deletion', 'staff_training', 'incident_response'],
  // 労働者派遣（庁舎内で派遣職員が個人情報を扱う）
  worker_dispatch: ['outsourcing_contract', 'access_control', 'physical_security', 'staff_training', 'incident_response'],
  // 目的外利用
  purpose_external_use: ['legal_basis', 'data_minimization', 'access_control', 'retention_deletion'],
  // 外部提供・第三者提供
  external_provision: ['legal_basis', 'data_minimization', 'third_party_provision', 'access_control', 'retention_deletion'],
  // 本人以外からの収集（防犯カメラ等）
  indirect_collection: ['notice_consent', 'access_control', 'physical_security', 'retention_deletion', 'third_party_provision', 'logging_audit_trail'],
  // 電子計算組織への記録
  computer_recording: ['access_control', 'authentication', 'network_separation', 'logging_audit_trail', 'retention_deletion'],
  // 情報システムの導入・変更（クラウドを含む）
  system_change: ['access_control', 'authentication', 'encryption_transit', 'encryption_rest', 'network_separation', 'logging_audit_trail', 'data_location', 'backup_recovery', 'retention_deletion', 'vulnerability_management'],
  // オンライン結合・外部結合
  external_linkage: ['access_control', 'authentication', 'encryption_transit', 'network_separation', 'logging_audit_trail'],
  // 指定管理者の指定
  designated_manager: ['outsourcing_contract', 'subcontracting', 'vendor_oversight', 'staff_training', 'incident_response', 'retention_deletion', 'access_control'],
  // 特定個人情報保護評価（評価書の第三者点検）
  pia: ['data_minimization', 'access_control', 'authentication', 'encryption_transit', 'network_separation', 'logging_audit_trail', 'physical_security', 'retention_deletion', 'outsourcing_contract', 'vendor_oversight', 'staff_training', 'incident_response', 'backup_recovery', 'third_party_provision', 'vulnerability_management'],
  ordinance_amendment: [],
  report: [],
  other: [],
};

export interface ConditionalExpectation {
  /** この種別のどれかを持つ諮問に限る。 */
  types: ConsultationType[];
  /** 諮問のページのどこかにこの表現があれば… */
  when: RegExp;
  /** …この区分も期待する。 */
  expect: SafeguardId[];
  why: string;
}

export const CONDITIONAL_EXPECTATIONS: ConditionalExpectation[] = [
  {
    types: ['outsourcing', 'designated_manager', 'worker_dispatch'],
    when: /(受託者|委託先|事業者)(に|へ)[^。]{0,6}(引き渡|引渡|手渡|受け渡|提供する(?!項目|情報|データ|個人情報))|USB|DVD|CD-R/,
    expect: ['transport_media'],
    why: 'データや媒体を受託者に渡すため、受け渡し・運搬の方法を確認したい。',
  },
];

/** 優先度を上げる事情（要配慮個人情報など）。見つかると、関係する区分の質問が上に来る。 */
export interface PriorityModifier {
  id: string;
  label: string;
  when: RegExp;
  /** 特に重くなる区分（空なら全区分）。 */
  raises: SafeguardId[];
}

export const PRIORITY_MODIFIERS: PriorityModifier[] = [
  { id: 'sensitive', label: '要配慮個人情報', when: /要配慮個人情報|機微(な)?情報|病歴|障害の(有無|状況)|犯罪(の)?経歴|犯罪歴/, raises: [] },
  { id: 'mynumber', label: 'マイナンバー（特定個人情報）', when: /マイナンバー|個人番号(?!カード)|特定個人情報/, raises: ['access_control', 'authentication', 'logging_audit_trail', 'network_separation'] },
  { id: 'children', label: '子ども（児童・生徒）の情報', when: /児童|生徒|乳幼児|未成年|子ども|子供|こども/, raises: ['access_control', 'notice_consent', 'retention_deletion'] },
  { id: 'poverty', label: '生活困窮・生活保護', when: /生活困窮|生活保護|非課税世帯|就学援助/, raises: ['access_control', 'data_minimization'] },
  { id: 'koseki', label: '戸籍・本籍', when: /戸籍|本籍/, raises: ['access_control', 'logging_audit_trail'] },
  { id: 'infection', label: '感染症・健康情報', when: /感染症|新型コロナ|健康診断|診査|予防接種|検診/, raises: ['access_control', 'retention_deletion'] },
  { id: 'abuse', label: '児童虐待・DV', when: /虐待|DV|配偶者からの暴力/, raises: [] },
  { id: 'residence', label: '在留資格', when: /在留資格|在留カード/, raises: ['third_party_provision'] },
];
