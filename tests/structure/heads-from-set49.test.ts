/**
 * Item heads met in held-out sets 49–51 after their measurement, on synthetic documents of our own: a one-page item
 * with no number and no 諮問書, headed 【１】【２】…, that asks for 「審議会のご意見」 in its first paragraph.
 */
import { describe, expect, it } from 'vitest';
import { markerOf } from '../../lib/structure/headings.ts';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('numbered brackets 【１】 (set 49)', () => {
  it('are numbered headings whose title is the text after the bracket', () => {
    expect(markerOf('【１】諮問の概要')).toMatchObject({ style: 'bracketnum', num: 1, title: '諮問の概要' });
    expect(markerOf('〔３〕 安全対策')).toMatchObject({ style: 'kikkonum', num: 3, title: '安全対策' });
    // a bracketed title stays a bracket
    expect(markerOf('【個人情報の保護措置】')).toMatchObject({ style: 'bracket', num: null, title: '個人情報の保護措置' });
  });
  it('an unnumbered one-page item under 【１】諮問の概要 is consultation material', () => {
    const doc = makeDoc([
      [
        '資料２',
        '## 町営駐輪場への防犯カメラの設置について',
        '（本人以外からの個人情報の収集）',
        '【１】諮問の概要',
        '駐輪場に防犯カメラを設置し、利用者の映像を記録するため、審議会のご意見をお伺いするものです。',
        '【２】個人情報の取扱い',
        '映像を見ることができるのは所長と副所長の２名に限ります。',
      ],
    ]);
    const s = analyzeStructure(doc);
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.types)).toEqual([['indirect_collection']]);
  });
  it('the same page without the request is not enough by its type words alone', () => {
    const s = analyzeStructure(makeDoc([['## 町営駐輪場の利用状況について', '本人以外からの収集はない。', '利用者は月に約３００人です。']]));
    expect(s.detection.isConsultation).toBe(false);
  });
});
