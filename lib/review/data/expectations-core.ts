/**
 * 「標準」（既定）の期待区分 — 種別ごとに必ず確認する区分の表。
 *
 * 出典: ../shared/corpus/README.md「安全措置ID と、種別ごとに期待する措置（草案）」の表（22区分）を
 * 32区分に読み替えたもの（purpose_minimization → data_minimization）。コーパスの正解（safeguards_absent）は
 * この表で作られているので、`npm run eval:review` はこの表で採点する。
 * 設定で「詳細」を選ぶと domain.md §7.3 の表（./expectations.ts）を使う。違い:
 *   - §7.3 で ● なのにこの表にない区分（委託の authentication・vendor_certification、外部結合の
 *     encryption_rest・retention_deletion・incident_response、目的・項目・対象者 など）は期待しない。
 *   - この表には §7.3 で ○ の3つ（委託の staff_training、本人以外収集の logging_audit_trail、
 *     指定管理者の subcontracting）が入っている。
 * 条件付き（資料にその状況が書かれているときだけ期待に加える区分）は、README の「文書ごとの extra_expected」に
 * 当たるもの。
 */
import type { ConsultationType, SafeguardId } from '../../analysis/schema.ts';
import { ANONYMIZATION_IF_RESEARCH, CITIZEN_ONLINE, CLOUD, MAILING, REMOTE_MAINTENANCE, type ConditionalExpectation } from './expectations.ts';

export const CORE_EXPECTED_BY_TYPE: Record<ConsultationType, SafeguardId[]> = {
  // 個人情報を取り扱う業務の外部委託
  outsourcing: ['outsourcing_contract', 'subcontracting', 'vendor_oversight', 'access_control', 'physical_security', 'retention_deletion', 'staff_training', 'incident_response'],
  // 労働者派遣（README の表になし: 委託に準じる）
  worker_dispatch: ['outsourcing_contract', 'access_control', 'physical_security', 'staff_training', 'incident_response'],
  // 目的外利用
  purpose_external_use: ['legal_basis', 'data_minimization', 'access_control', 'retention_deletion'],
  // 外部提供（README の表になし: 目的外利用に提供の区分を加える）
  external_provision: ['legal_basis', 'data_minimization', 'third_party_provision', 'access_control', 'retention_deletion'],
  // 本人以外からの収集（防犯カメラ等）
  indirect_collection: ['notice_consent', 'access_control', 'physical_security', 'retention_deletion', 'third_party_provision', 'logging_audit_trail'],
  // 電子計算組織への記録（README の表になし）
  computer_recording: ['access_control', 'authentication', 'network_separation', 'logging_audit_trail', 'retention_deletion'],
  // 情報システムの導入・変更（クラウドを含む）
  system_change: ['access_control', 'authentication', 'encryption_transit', 'encryption_rest', 'network_separation', 'logging_audit_trail', 'data_location', 'backup_recovery', 'retention_deletion', 'vulnerability_management'],
  // オンライン結合
  external_linkage: ['access_control', 'authentication', 'encryption_transit', 'network_separation', 'logging_audit_trail'],
  // 指定管理者の指定
  designated_manager: ['outsourcing_contract', 'subcontracting', 'vendor_oversight', 'staff_training', 'incident_response', 'retention_deletion', 'access_control'],
  // 特定個人情報保護評価（評価書の点検）
  pia: ['data_minimization', 'access_control', 'authentication', 'encryption_transit', 'network_separation', 'logging_audit_trail', 'physical_security', 'retention_deletion', 'outsourcing_contract', 'vendor_oversight', 'staff_training', 'incident_response', 'backup_recovery', 'third_party_provision', 'vulnerability_management'],
  ordinance_amendment: [],
  report: [],
  other: [],
};

export const CORE_CONDITIONAL_EXPECTATIONS: ConditionalExpectation[] = [
  {
    types: ['outsourcing', 'designated_manager', 'worker_dispatch'],
    when: /(受託者|委託先|事業者)(に|へ)[^。]{0,6}(引き渡|引渡|手渡|受け渡|提供する(?!項目|情報|データ|個人情報))|USB|DVD|CD-R/,
    expect: ['transport_media'],
    why: 'データや媒体を受託者に渡すため、受け渡し・運搬の方法を確認したい。',
  },
  {
    types: ['outsourcing', 'designated_manager', 'worker_dispatch', 'external_linkage', 'computer_recording', 'external_provision'],
    when: CLOUD,
    expect: ['data_location'],
    why: 'クラウド・データセンターを使うため、データの所在（国内か）と管理者を確認したい。',
  },
  {
    types: ['outsourcing', 'external_linkage', 'system_change', 'computer_recording'],
    when: CLOUD,
    expect: ['vendor_certification'],
    why: 'クラウドサービスを使うため、第三者認証（ISMAP・ISO/IEC 27017 等）の取得状況と範囲を確認したい。',
  },
  {
    types: ['outsourcing', 'designated_manager', 'external_linkage', 'computer_recording', 'system_change', 'worker_dispatch'],
    when: REMOTE_MAINTENANCE,
    expect: ['remote_maintenance'],
    why: '外部から保守のために接続するため、接続の許可・遮断と作業記録を確認したい。',
  },
  {
    types: ['outsourcing', 'designated_manager', 'external_linkage', 'worker_dispatch'],
    when: MAILING,
    expect: ['misdelivery_prevention'],
    why: '通知の発送やメール・SMSの送信があるため、誤送付・誤送信を防ぐ手順を確認したい。',
  },
  {
    types: ['outsourcing', 'external_linkage', 'system_change', 'computer_recording'],
    when: CITIZEN_ONLINE,
    expect: ['identity_verification'],
    why: '住民がオンラインで申請・予約するため、本人確認（なりすまし防止）の方法を確認したい。',
  },
  ANONYMIZATION_IF_RESEARCH,
];
