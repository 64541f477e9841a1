/**
 * Wording read from the errors of held-out sets 184–185 (session 21, measured once before): kinds of sentence the
 * authors counted and the engine did not, or the other way round, each with a look-alike on the other side.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, reviewMeasures } from './helpers.ts';

describeWording('a count of people with a bracket after it still limits who may use the system (access control)', [
  ['access_control', 'システムを操作できるのは、センターの職員４名（センター長を含みます。）に限ります。', true],
  ['access_control', '閲覧できるのは、担当職員３名（係長を含む）に限る。', true],
  ['access_control', '相談件数は年間４０名（延べ人数）である。', false],
]);

describeWording('a stand-alone device is cut off from every network (network separation)', [
  ['network_separation', '監視カメラはスタンドアロン型とし、通信機能は備えない。', true],
  ['network_separation', 'カメラの映像は録画装置に記録する。', false],
]);

describeWording('a ledger that data are put into is the data, not a record of handling (logging)', [
  ['logging_audit_trail', '職員が申請データをダウンロードし、入会管理台帳（表計算ファイル）に取り込む。', false],
  ['logging_audit_trail', '記録媒体は媒体管理台帳で管理し、持ち出しの都度記入する。', true],
]);

describeWording('telling residents that refusing costs them nothing is notice, not staff training', [
  ['staff_training', '同意しない場合も保育所の利用に影響はないことを説明する。', false],
  ['staff_training', '職員には、閲覧した情報を他の業務に用いないことを説明する。', true],
]);

describeWording('no outsourcing at all is no rule on subcontracting', [
  ['subcontracting', '本件は庁内での利用であり、業務の委託や再委託は行わない。', false],
  ['subcontracting', '受託者は、業務の再委託は行わない。', true],
]);

describe('a roster of the contractor’s staff handed in beforehand is an act of oversight (sets 181, 184–186)', () => {
  it('beside a check made only 「必要に応じて」, the category is stated, not vague; the phrase is still reported', () => {
    const r = reviewMeasures(['outsourcing'], ['受託者には、従事者の名簿を業務開始前に提出させる。', '市は、必要に応じて作業場所の実地調査を行う。']);
    expect(r.status('vendor_oversight')).toBe('present');
    expect(r.phrases.some((p) => p.includes('必要に応じて'))).toBe(true);
  });
  it('the vague check alone stays vague', () => {
    expect(reviewMeasures(['outsourcing'], ['市は、必要に応じて作業場所の実地調査を行う。']).status('vendor_oversight')).toBe('vague');
  });
});
