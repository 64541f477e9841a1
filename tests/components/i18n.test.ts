import { describe, expect, it } from 'vitest';
import { en, ja, translate } from '../../lib/i18n/messages.ts';
import { SAFEGUARDS, CONSULTATION_TYPE_LABELS, GROUP_COLORS } from '../../lib/i18n/safeguards.ts';
import { SAFEGUARD_IDS, CONSULTATION_TYPES } from '../../lib/analysis/schema.ts';

describe('dictionaries', () => {
  it('English has a non-empty text for every Japanese key, with the same placeholders', () => {
    for (const k of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(en[k], k).toBeTruthy();
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(en[k]), k).toEqual(ph(ja[k]));
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('ja', 'pageRef', { label: '3' })).toBe('資料 p.3');
    expect(translate('en', 'pageRef', { label: '3' })).toBe('Doc p.3');
    expect(translate('ja', 'pageRef')).toBe('資料 p.{label}');
  });
  it('names every safeguard and consultation type in both languages, with a colour group', () => {
    for (const id of SAFEGUARD_IDS) {
      expect(SAFEGUARDS[id].ja).toBeTruthy();
      expect(SAFEGUARDS[id].en).toBeTruthy();
      expect(GROUP_COLORS[SAFEGUARDS[id].group]).toBeDefined();
    }
    for (const ty of CONSULTATION_TYPES) expect(CONSULTATION_TYPE_LABELS[ty].ja).toBeTruthy();
  });
});
