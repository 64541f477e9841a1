/**
 * Expected safeguards per type follow domain.md §7.3 (● entries); 「● if …」 entries are conditional.
 * Also the vague-phrase precision rules of session 2 (a phrase made specific in its own sentence is not vague;
 * 「努める」「可能な限り」 make a measure vague whatever detail the sentence gives).
 */
import { describe, expect, it } from 'vitest';
import type { ConsultationType, SafeguardId } from '../../lib/analysis/schema.ts';
import { vagueInUnit } from '../../lib/review/detect.ts';
import { expectedSafeguards, reviewConsultation } from '../../lib/review/index.ts';
import { buildSearchKey } from '../../lib/text/search-key.ts';
import { makeConsultation, makeDoc, unitOf } from './helpers.ts';

/** These tests are about the detailed table (domain.md §7.3), which the member chooses in the settings. */
const FULL = { expectations: 'full' } as const;

const expected = (types: ConsultationType[], text = '') => new Set(expectedSafeguards(types, buildSearchKey(text).key, 'full'));

describe('expectations follow domain.md §7.3', () => {
  const cases: [ConsultationType, SafeguardId[], SafeguardId[]][] = [
    // type, ● (expected), ○ or blank (not expected)
    ['outsourcing', ['purpose_necessity', 'data_minimization', 'subject_scope', 'authentication', 'vendor_certification', 'incident_response'], ['staff_training', 'encryption_transit', 'logging_audit_trail']],
    ['external_linkage', ['encryption_rest', 'retention_deletion', 'incident_response', 'third_party_provision', 'vulnerability_management', 'data_location'], ['subject_scope', 'subcontracting', 'staff_training']],
    ['purpose_external_use', ['legal_basis', 'subject_scope', 'encryption_rest', 'physical_security', 'transport_media', 'notice_consent', 'third_party_provision'], ['authentication', 'logging_audit_trail']],
    ['indirect_collection', ['legal_basis', 'network_separation', 'notice_consent', 'third_party_provision'], ['logging_audit_trail', 'data_minimization', 'staff_training']],
    ['designated_manager', ['vendor_selection', 'vendor_oversight', 'staff_training', 'data_minimization'], ['subcontracting', 'purpose_necessity', 'authentication']],
    ['system_change', ['purpose_necessity', 'vendor_certification', 'backup_recovery', 'data_location'], ['subject_scope', 'outsourcing_contract', 'incident_response']],
    ['computer_recording', ['subject_scope', 'logging_audit_trail', 'network_separation'], ['vendor_certification', 'encryption_transit']],
  ];
  for (const [type, yes, no] of cases) {
    it(`${type}: ● expected, ○ not`, () => {
      const e = expected([type]);
      for (const id of yes) expect([id, e.has(id)]).toEqual([id, true]);
      for (const id of no) expect([id, e.has(id)]).toEqual([id, false]);
    });
  }

  it('● if …: backup for a linkage to a cloud, the contract for a linkage with a vendor', () => {
    expect(expected(['external_linkage'], '事業者が提供するクラウドサービスに接続する。').has('backup_recovery')).toBe(true);
    expect(expected(['external_linkage'], '県の機関のサーバと専用回線で結合する。').has('backup_recovery')).toBe(false);
    expect(expected(['external_linkage'], '事業者が提供するクラウドサービスに接続する。').has('outsourcing_contract')).toBe(true);
    expect(expected(['external_linkage'], '県の機関のサーバと専用回線で結合する。').has('outsourcing_contract')).toBe(false);
  });

  it('transport_media: always for 委託 (§7.3 ●: taking data out also covers downloads and USB), for 派遣 only when data, papers or media pass between the city and the vendor', () => {
    expect(expected(['outsourcing'], '相談者は事業者が提供するWeb会議サービスに接続する。委託事業者には相談員の名簿を事前に提出させる。').has('transport_media')).toBe(true);
    expect(expected(['worker_dispatch'], '医療機関から提出された結果票を入力し、入力済みデータを市に納品する。').has('transport_media')).toBe(true);
    expect(expected(['worker_dispatch'], '調査票は受託者の社員が町役場で受け取り、作業所まで運搬する。').has('transport_media')).toBe(true);
    expect(expected(['worker_dispatch'], '派遣職員は庁舎内の端末で相談記録を入力する。').has('transport_media')).toBe(false);
  });

  it('an outsourcing item without a 目的 section and without authentication gets those as missing, one question each', () => {
    const doc = makeDoc([['5 安全対策', '(1) 受託者は個人情報取扱特記事項を遵守する。', '(2) 再委託は禁止する。'].join('\n')]);
    const r = reviewConsultation(makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 安全対策', page: 1 }] }), doc, FULL);
    for (const id of ['purpose_necessity', 'authentication', 'vendor_certification'] as SafeguardId[]) {
      expect(r.safeguards.find((s) => s.id === id)?.status).toBe('missing');
      expect(r.questions.filter((q) => q.safeguard === id)).toHaveLength(1);
    }
    expect(r.safeguards.find((s) => s.id === 'staff_training')).toBeUndefined();
  });
});

describe('vague phrases made specific in their own sentence', () => {
  const rules = (s: string) => vagueInUnit(unitOf(s)).map((h) => h.rule.id);
  it('「原則として禁止」 with the exception and its procedure is not vague', () => {
    expect(rules('再委託は原則として禁止し、やむを得ず再委託する場合は事前に書面で承認を得ることとする。')).not.toContain('gensoku');
    expect(rules('再委託は原則として禁止する。')).toContain('gensoku');
  });
  it('「速やかに報告」 after a stated trigger, with the next steps, is the standard incident clause (§2.24); other 「速やかに」 have no deadline (§4.2 P11)', () => {
    expect(rules('漏えい等の事案が生じたときは、速やかに報告させ、原因の究明と再発防止策の提出を求める。')).not.toContain('sumiyaka');
    // 「市の指示に従う」は手順ではない（何をするかは指示次第）: 期限も手順もない報告と同じ
    expect(rules('事故が発生した場合は、受託者は遅滞なく市に連絡し、市の指示に従う。')).toContain('sumiyaka');
    expect(rules('事故が発生した場合は、受託者は遅滞なく市に連絡し、市の指示に従って被害の拡大を防ぐ。')).not.toContain('sumiyaka');
    // the report alone, without deadline or procedure, is what P11 flags
    expect(rules('漏えい等の事案が生じたときは、速やかに報告させる。')).toContain('sumiyaka');
    expect(rules('事業終了後、データは速やかに消去する。')).toContain('sumiyaka');
    expect(rules('届出に基づき、速やかに住民記録システムに反映している。')).toContain('sumiyaka');
    expect(rules('不要となった個人情報は速やかに廃棄する。')).toContain('sumiyaka');
    expect(rules('漏えいが生じたときは、3日以内に速やかに報告する。')).not.toContain('sumiyaka');
  });
  it('「適宜」「随時」 fix no time even after a trigger (「終了後、…適宜削除する」); a stated frequency makes them specific', () => {
    expect(rules('給付事務の終了後、データは適宜削除する。')).toContain('tekigi');
    expect(rules('セキュリティパッチは随時適用する。')).toContain('tekigi');
    expect(rules('操作ログは毎月1回、随時の確認に加えて点検する。')).not.toContain('tekigi');
  });
  it('a form declaration (「…ことを宣言する。」) is not a measure', () => {
    expect(rules('リスクを軽減させるために適切な措置を講じ、個人のプライバシー等の権利利益の保護に取り組んでいることを宣言する。')).toEqual([]);
    expect(rules('リスクを軽減させるために適切な措置を講じる。')).toContain('tekisetsu');
  });

  function statusIn(sentence: string, id: SafeguardId) {
    const doc = makeDoc([['5 安全対策', sentence].join('\n')]);
    const r = reviewConsultation(makeConsultation(doc, { types: ['system_change'], sections: [{ heading: '5 安全対策', page: 1 }] }), doc, FULL);
    return r.safeguards.find((s) => s.id === id)?.status;
  }
  it('「可能な限り」 makes the measure vague even with 手順 in the sentence; the written rule itself stays present', () => {
    const s = '② 事故発生時の対応は、市の情報セキュリティポリシーに定める手順に従い、可能な限り迅速に行う。';
    expect(statusIn(s, 'incident_response')).toBe('vague');
    expect(statusIn(s, 'governance_documentation')).toBe('present');
    expect(statusIn('② 事故発生時の対応は、市の情報セキュリティポリシーに定める手順に従い、直ちに行う。', 'incident_response')).toBe('present');
  });
});

describe('vague phrases from domain.md §4.2 added in session 2', () => {
  const rules = (s: string) => vagueInUnit(unitOf(s)).map((h) => h.rule.id);
  it.each([
    ['個人情報の管理を徹底する。', 'juubun'],
    ['情報漏えいの防止に万全を期す。', 'juubun'],
    ['プライバシーに配慮する。', 'tsutomeru'],
    ['ログの確認方法は今後検討する。', 'yotei'],
    ['多要素認証の導入を予定している。', 'yotei'],
    ['現行システムと同様のセキュリティ対策を講じる。', 'juurai'],
    ['従前どおり管理する。', 'juurai'],
    ['一般的に安全とされる方式を用いる。', 'kihonteki'],
    ['事故の際は必要な対応を行う。', 'hitsuyou_na_sochi'],
  ])('「%s」 → %s', (s, rule) => expect(rules(s)).toContain(rule));
  it.each([
    ['操作ログは毎月点検する。'],
    ['ログの保存期間は5年とする。'],
    ['システムは令和7年4月に稼働する。'],
  ])('「%s」 → no vague phrase', (s) => expect(rules(s)).toEqual([]));
});

describe('which category a vague phrase weakens', () => {
  function statuses(sentence: string, types: ConsultationType[] = ['designated_manager']) {
    const doc = makeDoc([['5 安全対策', sentence].join('\n')]);
    const r = reviewConsultation(makeConsultation(doc, { types, sections: [{ heading: '5 安全対策', page: 1 }] }), doc, FULL);
    return Object.fromEntries(r.safeguards.map((s) => [s.id, s.status]));
  }
  it('the category of its own clause only (「管理者を設置し、研修を適切に実施する」)', () => {
    const st = statuses('（２）指定管理者は、個人情報保護管理者を設置し、従事者に対し研修を適切に実施する。');
    expect(st.staff_training).toBe('vague');
    expect(st.vendor_oversight).toBe('present');
  });
  it('every category of the sentence when its clause names none (「ログを取得し、必要に応じて確認する」)', () => {
    expect(statuses('操作ログを取得し、必要に応じて確認する。', ['computer_recording']).logging_audit_trail).toBe('vague');
    expect(statuses('パスワードを設定し、定期的に変更する。', ['computer_recording']).authentication).toBe('vague');
  });
  it('detail offsets a vague phrase only between the mention and the phrase (same action)', () => {
    // 紙の名簿の方法（シュレッダー）は、データの「速やかに消去」を具体的にしない
    expect(statuses('（５）事業終了後、データは速やかに消去し、紙の名簿はシュレッダーで細断する。', ['purpose_external_use']).retention_deletion).toBe('vague');
    // 消去の方法がその消去の節にある
    expect(statuses('ア 受託者は、納品完了後速やかに、作業に使用した端末内のデータを復元できない方法で消去する。', ['outsourcing']).retention_deletion).toBe('present');
  });
  it('「一定期間保存」 makes retention vague even with 上書き in the sentence', () => {
    expect(statuses('録画データは録画装置内に一定期間保存し、その後自動的に上書きする。', ['indirect_collection']).retention_deletion).toBe('vague');
    expect(statuses('録画データは録画装置内に14日間保存し、その後自動的に上書きする。', ['indirect_collection']).retention_deletion).toBe('present');
  });
});

describe('external provision (no §7.3 column)', () => {
  it('the detailed table does not expect the city\'s access control; the standard table (corpus README) still does', () => {
    const text = '名簿を自治会に提供する。';
    expect(expected(['external_provision'], text).has('access_control')).toBe(false);
    expect(expected(['external_provision'], text).has('third_party_provision')).toBe(true);
    expect(new Set(expectedSafeguards(['external_provision'], buildSearchKey(text).key, 'core')).has('access_control')).toBe(true);
  });
});

describe('mailing (misdelivery_prevention for 委託)', () => {
  it('the vendor sends the notices → expected', () => {
    expect(expected(['outsourcing'], '納税通知書の印刷、封入及び発送を受託者に委託する。').has('misdelivery_prevention')).toBe(true);
    expect(expected(['outsourcing'], '受託者が認定結果の通知書を郵送する。').has('misdelivery_prevention')).toBe(true);
  });
  it('a mailing named only as a date or a goal, or done by the town itself → not expected', () => {
    expect(expected(['outsourcing'], '入力を委託することで、5月中に認定通知を発送できるようにする。').has('misdelivery_prevention')).toBe(false);
    expect(expected(['outsourcing'], '昨年は障害により納税通知書の発送が2日遅れた。').has('misdelivery_prevention')).toBe(false);
    expect(expected(['outsourcing'], '利用案内の郵送は町が行う。').has('misdelivery_prevention')).toBe(false);
  });
});

describe('remote maintenance without the word リモート', () => {
  it('a connection from the vendor\'s maintenance site is expected to be managed', () => {
    expect(expected(['system_change'], '障害対応のための接続は、同社の保守拠点から行う。').has('remote_maintenance')).toBe(true);
    expect(expected(['system_change'], '障害時は同社の技術者が来庁して対応する。').has('remote_maintenance')).toBe(false);
  });
});
