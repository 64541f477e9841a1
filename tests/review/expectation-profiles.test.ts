/** The two expectation tables a member can choose (lib/review/data/expectation-profiles.ts). */
import { describe, expect, it } from 'vitest';
import { CONSULTATION_TYPES } from '../../lib/analysis/schema.ts';
import { DEFAULT_EXPECTATION_PROFILE, EXPECTATION_PROFILES } from '../../lib/review/data/expectation-profiles.ts';
import { expectedSafeguards } from '../../lib/review/index.ts';
import { buildSearchKey } from '../../lib/text/search-key.ts';

describe('expectation tables', () => {
  it('the default is the standard table, with which the corpus truth was made', () => {
    expect(DEFAULT_EXPECTATION_PROFILE).toBe('core');
    expect(expectedSafeguards(['outsourcing'], '')).toEqual(expectedSafeguards(['outsourcing'], '', 'core'));
  });

  it('standard outsourcing: contract, subcontracting, oversight, access, physical, deletion, training, incidents — not authentication', () => {
    const core = new Set(expectedSafeguards(['outsourcing'], '', 'core'));
    for (const id of ['outsourcing_contract', 'subcontracting', 'vendor_oversight', 'access_control', 'physical_security', 'retention_deletion', 'staff_training', 'incident_response'] as const) {
      expect(core.has(id), id).toBe(true);
    }
    expect(core.has('authentication')).toBe(false);
    expect(core.has('purpose_necessity')).toBe(false);
  });

  it('the detailed table expects more for outsourcing (§7.3 ●) and drops the ○ staff training', () => {
    const full = new Set(expectedSafeguards(['outsourcing'], '', 'full'));
    expect(full.has('authentication')).toBe(true);
    expect(full.has('purpose_necessity')).toBe(true);
    expect(full.has('staff_training')).toBe(false);
  });

  it('conditions apply in both tables (a cloud adds data location to outsourcing)', () => {
    const key = buildSearchKey('受託者のクラウドサービス上で管理する。').key;
    for (const p of ['core', 'full'] as const) expect(expectedSafeguards(['outsourcing'], key, p)).toContain('data_location');
    for (const p of ['core', 'full'] as const) expect(expectedSafeguards(['outsourcing'], '', p)).not.toContain('data_location');
  });

  it('every consultation type has an entry in both tables, with a label and explanation in both languages', () => {
    for (const p of Object.values(EXPECTATION_PROFILES)) {
      for (const t of CONSULTATION_TYPES) expect(Array.isArray(p.byType[t]), t).toBe(true);
      expect(p.label.ja && p.label.en && p.explain.ja && p.explain.en).toBeTruthy();
    }
  });
});
