/**
 * Wording read in session 28 from round 23 (sets 265–270, after their measurement): who may use a screen named by a post
 * (「…課長に限り利用でき」); the people covered named by another item (「…に掲げる者と同じ」) or by a count 「程度」; contact
 * details not disclosed to a named party; a measure still being arranged with two parties named; 「原則として」 whose
 * 「場合に限り」 is the rule itself, not an exception; a checklist question answered in its remark cell.
 */
import { describe, expect, it } from 'vitest';
import { defersMeasure } from '../../lib/review/detect.ts';
import { describeWording, reviewMeasures, unitOf, vagueRuleIds } from './helpers.ts';

describeWording('a use limited to named posts', [
  ['access_control', '相談員が使う管理画面は、女性相談員４名と課長に限り利用でき、職員ごとのＩＤとパスワードでログインします。', true],
  ['access_control', '台帳は、係員３名と係長に限り閲覧できる。', true],
  // an extension (延長) is no post
  ['access_control', '貸出期間の延長に限り電話で受け付ける。', false],
]);

describeWording('the people covered, by reference or by a rough count', [
  ['subject_scope', '対象者は、諮問第１２号の第４に掲げる者と同じです。', true],
  ['subject_scope', '利用を希望する方（初年度５０人程度を想定）', true],
  // staff counted are not the people covered
  ['subject_scope', '従事する職員は５人程度を想定している。', false],
]);

describeWording('contact details not disclosed to a named party', [
  ['third_party_provision', '物件所有者の連絡先は利用希望者に開示せず、両者の連絡は受託者が仲介する。', true],
  ['third_party_provision', '物件所有者の連絡先は受託者が管理する。', false],
]);

describe('a measure being arranged with two parties named is left to be decided', () => {
  it('reads 「…については、現在デジタル庁及び運用保守事業者と調整中である」 as deferred', () => {
    expect(defersMeasure(unitOf('なお、バックアップの取得方法及び保管場所については、現在デジタル庁及び運用保守事業者と調整中である。'))).toBe(true);
  });
  it('does not defer a measure stated outright', () => {
    expect(defersMeasure(unitOf('バックアップは毎日取得し、別の拠点に保管する。'))).toBe(false);
  });
});

describe('「原則として」 with 「場合に限り」', () => {
  it('is vague when 「場合に限り」 is the rule itself (no exception is written)', () => {
    expect(vagueRuleIds('接続は、原則として、作業の都度、情報システム課が許可した場合に限り有効にする。')).toContain('gensoku');
  });
  it('is answered when the exception is written after the rule', () => {
    expect(vagueRuleIds('本人から直接収集することを原則としつつ、状況を把握する必要がある場合に限り、本人以外から収集する。')).not.toContain('gensoku');
    expect(vagueRuleIds('再委託は原則として禁止し、市が書面で承認した場合に限り認める。')).not.toContain('gensoku');
  });
});

describe('a checklist question ticked ○ whose remark gives the frequency', () => {
  it('does not report 「研修を実施している」 when the remark says 年１回', () => {
    const r = reviewMeasures(['outsourcing'], ['９ 従事者に個人情報保護の研修を実施している。 ○ 受託者の社内研修（年１回）']);
    expect(r.phrases.some((p) => p.includes('研修を実施'))).toBe(false);
    expect(r.status('staff_training')).toBe('present');
  });
  it('still reports it when the remark gives no time', () => {
    const r = reviewMeasures(['outsourcing'], ['９ 従事者に個人情報保護の研修を実施している。 ○ 受託者の社内研修']);
    expect(r.phrases.some((p) => p.includes('研修を実施'))).toBe(true);
    expect(r.status('staff_training')).toBe('vague');
  });
});

describeWording('the town\'s own inspection of a vacant house is not the oversight of a contractor', [
  ['vendor_oversight', '町は、倒壊等のおそれがある空家等について立入調査を行い、特定空家等に該当するかどうかを判断している。', false],
  ['vendor_oversight', '市は、受託者の作業場所に立入検査を行うことができる。', true],
]);

describeWording('a briefing for the people concerned is not the training of staff', [
  ['staff_training', '出入口に「防犯カメラ作動中」のステッカーを掲示し、保護者には入会説明会で設置の目的と撮影範囲を説明します。', false],
  ['staff_training', '住民説明会を開催し、事業の内容を説明する。', false],
  ['staff_training', '従事者を対象に説明会を開催し、取扱いの注意点を説明する。', true],
]);

describeWording('how a request for the data is met', [
  ['third_party_provision', '画像の提供の求めがあった場合は、町の要綱に基づき適切に対応します。', true],
  ['third_party_provision', '画像は３０日間保存した後、自動で上書きされます。', false],
]);

describeWording('a device guarded against mischief and theft; only the footage needed written out', [
  ['physical_security', '防犯カメラ本体は、いたずらによる破損や盗難を防ぐよう適切に管理する。', true],
  ['physical_security', '防犯カメラは通学路の電柱に設置する。', false],
  ['data_minimization', '該当するカメラの記録から必要な時間帯のみを書き出します。', true],
  ['data_minimization', '該当するカメラの記録を書き出します。', false],
]);

describe('a period still to be set', () => {
  it('reads 「保存期間は今後検討する」 as deferred', () => {
    expect(defersMeasure(unitOf('７ 記録の保存期間と消去の方法を定めているか × 保存期間は今後検討する。'))).toBe(true);
  });
  it('does not defer a period given', () => {
    expect(defersMeasure(unitOf('保存期間は５年とし、期間経過後に消去する。'))).toBe(false);
  });
});

describeWording('an item kept from the contractor is not a rule on provision', [
  ['third_party_provision', '児童の氏名は事業者に提供しません。', false],
]);

// Round 24 (sets 271–276, after their measurement)

describeWording('an account issued only to named people; two acts limited together', [
  ['access_control', 'アカウントの発行は甲の申請による者に限ること。', true],
  ['access_control', '閲覧及び登録は道路管理課交通安全係と学校教育課学務係の職員に限り、ログインは職員ごとのＩＤで行う。', true],
  ['access_control', 'アカウントの発行は申請の翌日に行う。', false],
]);

describeWording('a double check by two staff is not a limit on who may see the data', [
  ['access_control', '閲覧用ファイルは、黒塗りの漏れがないよう作成時に係員２名で全件を読み合わせ、係長が確認印を押す。', false],
  ['access_control', '名簿の作成は、危機管理室の職員３名が行う。', true],
]);

describeWording('a number blacked out before it is shown', [
  ['data_minimization', '個人である許可を受けた者の電話番号は、閲覧用の写しを作成する際に黒塗りし、閲覧の対象としない。', true],
  ['data_minimization', '黒塗りの漏れがないか係長が確認する。', false],
]);

describeWording('the data not given in electronic form', [
  ['third_party_provision', '写しの交付は閲覧用ファイルの複写に限り、電子データによる提供は行わない。', true],
  ['third_party_provision', '写しの交付は窓口で行う。', false],
]);

describeWording('a register of requests and answers', [
  ['logging_audit_trail', '照会と回答は照会受付簿に記録し、件数を四半期ごとに課長に報告する。', true],
  // …and the report to the head of the section is no oversight of a contractor
  ['vendor_oversight', '照会と回答は照会受付簿に記録し、件数を四半期ごとに課長に報告する。', false],
  ['vendor_oversight', '受託者は、作業の状況を四半期ごとに市に報告する。', true],
]);

describeWording('a checklist question on login passwords is not a password on a file', [
  ['encryption_rest', '２ 職員ごとにＩＤとパスワードを設定しているか ○ ファイルを保存するフォルダには職員ごとのＩＤでのみアクセスできる。', false],
  ['encryption_rest', 'パスワードを設定したファイルで提出する。', true],
]);

describeWording('an emergency transport by ambulance is not the carrying of media; a staff briefing for employers is no training', [
  ['transport_media', '救急搬送が必要な場合は１１９番通報を行い、その結果を翌朝までに町に報告する。', false],
  ['transport_media', '名簿は職員が公用車で搬送する。', true],
  ['staff_training', '事業所向けの説明会を２月に開催する予定です。', false],
]);

describeWording('a report within an hour of finding an incident', [
  ['incident_response', '事故を発見した者は、１時間以内に情報セキュリティ責任者（デジタル推進課長）に報告する。', true],
]);

describeWording('a counsel on damages is not a contract clause', [
  ['outsourcing_contract', '交通事故相談所では、事故の被害者やご家族から、損害賠償や保険の手続についての相談を受けています。', false],
  ['outsourcing_contract', '受託者の責めによる損害は、受託者が損害賠償の責任を負う。', true],
]);

describe('a rule not yet made', () => {
  it('reads 「…の取扱いは、現在のところ定めていない」 as deferred', () => {
    expect(defersMeasure(unitOf('警察等から写真の提供を求められた場合の取扱いは、現在のところ定めていない。'))).toBe(true);
  });
});

describe('a sentence on another thing does not weaken the one before it', () => {
  it('keeps the barcode check specific when the next sentence handles returned postcards 「適切に」', () => {
    const r = reviewMeasures(['outsourcing'], ['(3) 印字後、宛名と交付予約番号をバーコードにより全件照合してから封入する。宛先不明で返戻されたはがきは、適切に処理する。']);
    expect(r.status('misdelivery_prevention')).toBe('present');
  });
  it('still weakens it when the next sentence is about the same thing', () => {
    const r = reviewMeasures(['outsourcing'], ['(3) 閲覧の記録はシステムに残る。記録は、担当課が定期的に確認する。']);
    expect(r.status('logging_audit_trail')).toBe('vague');
  });
});
