import { describe, expect, it } from 'vitest';
import { evidencePlace } from '../../lib/analysis/evidence-place.ts';

describe('evidencePlace', () => {
  const sections = [{ text: '５ 個人情報保護対策\n（１）再委託は、原則として\n行わない。' }];
  it('finds a quote inside a section across line breaks and width differences', () => {
    expect(evidencePlace(sections, '再委託は、原則として行わない。')).toBe('section');
    expect(evidencePlace(sections, '(1)再委託は')).toBe('section');
  });
  it('says outside for a quote from elsewhere, for an empty quote and when there is no section', () => {
    expect(evidencePlace(sections, '個人情報取扱特記事項を遵守させる。')).toBe('outside');
    expect(evidencePlace(sections, '  ')).toBe('outside');
    expect(evidencePlace([], '再委託')).toBe('outside');
  });
});
