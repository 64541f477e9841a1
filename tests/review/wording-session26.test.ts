/**
 * Wording read in session 26 from round 21 (sets 253–258, after their measurement): matters left to a later decision
 * (「…については、契約締結までに整理する」「…の方法は、改めて審議会にお諮りします」「…の導入は次期更新時に検討する」); a risk
 * said to go away is a benefit, not a measure; a key kept in a key-management service is a cryptographic key, not a
 * physical one; a checklist row answered 「×」「該当なし」 whose note says only that the thing is lacking states nothing;
 * and measures worded in ways the catalogue did not know.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, reviewMeasures, vagueRuleIds } from './helpers.ts';

describeWording('a matter left to a later decision is not yet a measure', [
  ['subcontracting', '再委託の可否については、契約締結までに整理する。', false],
  ['encryption_transit', 'その際の通信の暗号化などの方法は、改めて審議会にお諮りします。', false],
  ['logging_audit_trail', 'ログ管理機能の導入は次期更新時に検討する。', false],
  // the same matters stated as measures
  ['subcontracting', '再委託は、市の書面による承諾を得た場合を除き禁止する。', true],
  ['logging_audit_trail', '操作ログを取得し、１年間保存する。', true],
]);

describeWording('a risk said to go away with the item is not a measure of it', [
  ['misdelivery_prevention', '紙の照会書の郵送をなくすことで、郵送による紛失や誤送付のおそれもなくなる。', false],
  ['misdelivery_prevention', 'ファクスの誤送信の危険がなくなるほか、夜間・休日でも県の一時保護の状況を確認できるようになる。', false],
  // a measure named beside the benefit is still read
  ['encryption_transit', '通信はＴＬＳ１．２で暗号化するため、盗聴のおそれがなくなる。', true],
  ['misdelivery_prevention', '宛名と一覧を職員２名で読み合わせ、誤送付を防止する。', true],
]);

describeWording('a cryptographic key kept by a key-management service is not a physical key', [
  ['physical_security', 'データはクラウド上でＡＥＳ２５６により暗号化し、鍵は事業者の鍵管理サービスで管理します。', false],
  ['encryption_rest', 'データはクラウド上でＡＥＳ２５６により暗号化し、鍵は事業者の鍵管理サービスで管理します。', true],
  ['physical_security', '書類は鍵付きのキャビネットで保管する。', true],
]);

describeWording('a 「×」「該当なし」 row whose note says the thing is lacking states nothing', [
  ['backup_recovery', '8 バックアップを取得しているか × バックアップからの復元は事業者の標準サービスに含まれていない。', false],
  ['remote_maintenance', '12 リモート保守の接続を管理しているか 該当なし 町の端末への保守のための接続はない。', false],
  ['anonymization', '12 匿名化して利用できないか検討したか 該当なし 個人あての案内のため匿名化はできない。', false],
  // a rule of not doing it is read as written (the authors of sets 45–229 count it)
  ['transport_media', '11 外部記録媒体の使用を制限しているか 該当なし 外部記録媒体は使用しない。', true],
  ['third_party_provision', '17 事業者への提供の有無 該当なし 町から同社へ個人情報を提供することはない。', true],
]);

describeWording('measures worded in ways the catalogue did not know', [
  ['logging_audit_trail', '受託者のシステムでは、操作は全て記録して１年間保存する。', true],
  ['data_minimization', '氏名と住所は事業者から受け取らず、町の交付台帳とパス番号で照合する。', true],
  ['data_minimization', '家族の病名及び障害の種別は共有せず、口頭で伝える。', true],
  ['access_control', '事業者のサーバは、町の専用端末の固定ＩＰアドレスからの接続のみを許可する。', true],
  ['access_control', '受託者は、名簿に記載された者以外に業務を行わせない。', true],
  ['network_separation', '校外からは、セキュアゲートウェイを経由した場合に限り接続できる。', true],
  ['incident_response', '町と事業者の間でデータ提供に関する覚書を締結し、事故時の町への報告を定める。', true],
  ['transport_media', '管理画面からのデータのダウンロード機能は使用しない設定とする。', true],
  ['transport_media', '被害者の情報は、警察署の担当者から封をした状態で直接受け取る。', true],
  ['retention_deletion', '支援員の手元に残った配慮事項の控えを全て学校に返却します。', true],
  ['encryption_rest', 'タブレットの記憶領域は暗号化する。', true],
  // near misses
  ['data_minimization', '氏名と住所は事業者から受け取る。', false],
  ['transport_media', '管理画面からデータをダウンロードできる。', false],
]);

describe('training before the staff are placed is specific', () => {
  it('「配置の前に」 gives the training its moment', () => {
    expect(vagueRuleIds('受託者は、配置の前に個人情報保護の研修を実施します。')).not.toContain('kenshu');
    expect(vagueRuleIds('受託者は、個人情報保護の研修を実施します。')).toContain('kenshu');
  });
  it('a deferred log function leaves logging missing', () => {
    const r = reviewMeasures(['system_change'], ['ログ管理機能の導入は次期更新時に検討する。']);
    expect(r.status('logging_audit_trail')).toBe('missing');
  });
});

describe('a file kept encrypted with no scheme is vague, also after a table row’s risk cell (set 258)', () => {
  it('「端末の盗難・紛失」 before the measure does not make it a device’s encryption', () => {
    const r = reviewMeasures(['external_linkage'], ['端末の盗難・紛失 受信したファイルは暗号化して保存する。']);
    expect(r.status('encryption_rest')).toBe('vague');
  });
  it('data kept encrypted on a dedicated terminal is still read as specific (set 2)', () => {
    const r = reviewMeasures(['external_linkage'], ['抽出データは、暗号化した上で専用端末に保存する。']);
    expect(r.status('encryption_rest')).toBe('present');
  });
  it('a device encrypted is still read as specific', () => {
    const r = reviewMeasures(['external_linkage'], ['端末のハードディスクを暗号化し、受信したファイルは暗号化して保存する。']);
    expect(r.status('encryption_rest')).toBe('present');
  });
});
