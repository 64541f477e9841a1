import { describe, expect, it } from 'vitest';
import { reviewMeasures } from './helpers.ts';

// A list item printed without 「。」 that ends as a sentence does is a statement of a measure, not a heading that
// promises one (lib/review/units.ts isHeading, PREDICATE_END).
describe('list items without 「。」', () => {
  const types = ['external_provision' as const];
  it('an item ending in 「こと」 or a verb is evidence', () => {
    expect(reviewMeasures(types, ['ア 研究の目的以外に利用しないこと及び第三者に提供しないこと']).status('third_party_provision')).toBe('present');
    expect(reviewMeasures(types, ['(2) 受託者は第三者に提供しない']).status('third_party_provision')).toBe('present');
  });
  it('a heading ending with a noun still needs the sentences under it', () => {
    const r = reviewMeasures(types, ['(3) 第三者への提供の制限', '内容は別途協議する。']);
    expect(r.status('third_party_provision')).toBe('missing');
  });
  it('a heading whose sentences are vague is a vague mention', () => {
    const r = reviewMeasures(types, ['(3) 第三者への提供の制限', '適切に対応する。']);
    expect(r.status('third_party_provision')).toBe('vague');
  });
});
