/**
 * Wording read in session 30 from round 25 (sets 277–282): data carried by hand to the receiver; nobody may see the images;
 * the staff limited to 「必要な範囲」 (a limit without a number: vague); the card industry's standard; data that stays in
 * the building; what other towns do is no measure of the item.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, foundIn, reviewMeasures, vagueRuleIds } from './helpers.ts';

describeWording('data carried by hand', [
  ['transport_media', '提供は、市の職員が大学の研究室へ直接持参し、受領書と引き換えに手渡します。', true],
  ['transport_media', '申請書は窓口へ持参してください。', false],
]);

describeWording('nobody may see the images', [
  ['access_control', '画像を表示又は出力する機能は設けず、市職員及び保守事業者を含め、誰も画像を閲覧することはできません。', true],
  ['access_control', '誰もが気軽に相談できる窓口を設けます。', false],
]);

describeWording('the staff limited', [
  ['access_control', '個人情報を取り扱う従業員は、必要な範囲に限定します。', true],
  ['access_control', '提供する項目は、必要な範囲に限定します。', false],
]);

describeWording('the card industry\'s standard', [
  ['vendor_certification', '決済代行業者はＰＣＩ ＤＳＳに準拠しており、町は毎年度、準拠証明書の写しを提出させる。', true],
  ['vendor_certification', '決済代行業者は入札により選定する。', false],
]);

describeWording('data that stays in the building', [
  ['data_location', '端末は施錠できるラックに設置し、データが庁舎の外に出ることはありません。', true],
  ['data_location', '職員が庁舎の外に出る際は名札を外す。', false],
]);

describe('the staff limited to 「必要な範囲」', () => {
  it('is a vague limit', () => {
    expect(vagueRuleIds('個人情報を取り扱う従業員は、必要な範囲に限定します。')).toContain('saishougen_hito');
    expect(vagueRuleIds('取り扱う従業員は、監察室長及び職員２名に限定します。')).not.toContain('saishougen_hito');
  });
});

describe('what other towns do', () => {
  it('is no evidence of the item\'s measure', () => {
    expect(foundIn('（参考）近隣市では、録音データの保存期間を３か月としている例があります。').size).toBe(0);
    expect(foundIn('録音データの保存期間は３か月とし、その後自動で消去します。').has('retention_deletion')).toBe(true);
  });
  it('does not make the item\'s own vague period specific', () => {
    const r = reviewMeasures(['system_change'], ['録音データは専用サーバーに記録し、一定期間保存した後、自動で消去します。'], [], ['（参考）近隣市では、録音データの保存期間を３か月としている例があります。']);
    expect(r.status('retention_deletion')).toBe('vague');
  });
});

describeWording('an applicant who brings the form is no way of carrying data', [
  ['transport_media', '入会申込書は、保護者が協会事務局に直接持参するか、市の電子申請サービスから提出します。', false],
]);

describeWording('the people the data is about, 「…に限ります」', [
  ['access_control', '情報の中で名前が挙げられた入札参加事業者の役員及び従業員、並びに情報提供者（氏名を明らかにした場合に限ります。）', false],
]);
