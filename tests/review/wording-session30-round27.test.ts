/**
 * Wording read in session 30 from round 27 (sets 289–294, after their measurement): the people concerned told in writing,
 * a link to the handling policy, the city's staff at the contractor's work, the contractor's monthly report, identity
 * checked on three items or the person's own address, items not registered, a measure left to a named later year;
 * 「入札参加資格」 named for the people the data is about is no choice of a vendor.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, foundIn, reviewMeasures } from './helpers.ts';

describeWording('the people concerned told', [
  ['notice_consent', '事業者には入札参加資格の更新時に文書で知らせる。', true],
  ['notice_consent', '登録画面には町の個人情報の取扱方針へのリンクを掲載する。', true],
  ['notice_consent', '事業者には入札の結果を知らせる。', false],
]);

describeWording('the contractor overseen', [
  ['vendor_oversight', '料金課の職員が工場で作業に立ち会う。', true],
  ['vendor_oversight', '受託者は、毎月の受付件数と主な問合せ内容を翌月１０日までに町に報告する。', true],
  ['vendor_oversight', '受託者は、毎月の検針を行う。', false],
]);

describeWording('identity checked', [
  ['identity_verification', '電話での問合せは、使用者番号・住所・氏名の３点で確認します。', true],
  ['identity_verification', '本人のアドレスであることを確認してから登録を完了する。', true],
  ['identity_verification', '住所と氏名を台帳に記録します。', false],
]);

describeWording('items not registered', [
  ['data_minimization', '氏名及び住所は登録させない。', true],
  ['data_minimization', '氏名及び住所を登録させる。', false],
]);

describeWording('「入札参加資格」 of the people the data is about', [
  ['vendor_selection', '事業者には入札参加資格の更新時に文書で知らせる。', false],
  ['vendor_selection', '対象者：入札参加資格を有する事業者の契約担当者', false],
  ['vendor_selection', '受託者は指名競争入札により決定した。', true],
]);

describe('a measure left to a named later year', () => {
  it('is no measure', () => {
    expect(foundIn('（４）操作ログを取得する機能の追加は、令和１０年度のシステム更新時に検討する。').has('logging_audit_trail')).toBe(false);
    expect(foundIn('（４）操作ログを取得し、令和１０年度まで保存する。').has('logging_audit_trail')).toBe(true);
  });
});

describeWording('reports that are not oversight of the contractor', [
  ['vendor_oversight', '事業者が年１回、第三者による脆弱性診断を実施し、その結果と対応状況を市に報告する。', false],
]);

describeWording('read from set 291', [
  ['notice_consent', '申出のあった方には翌年度以降送付しない。', true],
  ['physical_security', '名簿の保管及び取扱いに十分に注意する。', true],
  // (a 作業日報 is not read as a log: the author of set 291 counted it, the author of set 66 did not)
  ['logging_audit_trail', '処理した冊数と頁数を記載した作業日報を提出すること。', false],
  ['incident_response', '事故発生時の連絡体制 × 県において検討中', false],
  ['incident_response', '事故発生時の連絡体制 ○ 県と町の担当者の連絡先を定めた', true],
]);

describeWording('a deletion reported is not oversight', [
  ['vendor_oversight', '利用を停止した者の情報は、事業者が翌月末までに消去し、消去した件数を市に報告する。', false],
]);

describe('data said to be encrypted before it is sent, without a scheme', () => {
  it('is vague; with TLS named it is not', () => {
    expect(reviewMeasures(['outsourcing'], ['口座振替のデータは暗号化して送信する。']).status('encryption_transit')).toBe('vague');
    expect(reviewMeasures(['outsourcing'], ['口座振替のデータはＴＬＳ１．３で暗号化して送信する。']).status('encryption_transit')).toBe('present');
  });
});

describeWording('read from set 289', [
  ['subcontracting', '本件は委託を伴わないため、再委託は生じない。', false],
  ['subcontracting', '再委託は行わない。', true],
  ['third_party_provision', '申請書類は、県精神保健福祉センターに簡易書留で進達する。', true],
  ['vendor_oversight', '受託者には、作業内容を月次の作業報告書で町に報告させる。', true],
]);

describeWording('mail sent only to the address given (set 293)', [
  ['misdelivery_prevention', '署名依頼は、相手方が事前に届け出たメールアドレスにのみ送信します。', true],
  ['misdelivery_prevention', '署名依頼メールの送信は、他の事業者への誤送信を防ぐため、システムに登録されたアドレスへの自動送信のみとします。', true],
  ['misdelivery_prevention', '相手方のメールアドレスを登録します。', false],
]);
