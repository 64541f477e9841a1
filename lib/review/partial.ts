/** Partial coverage: a category is written about, but only for part of what members expect (data in ./data/partial-coverage.ts). */
import type { SafeguardId } from '../analysis/schema.ts';
import { PARTIAL_COVERAGE_RULES, type PartialCoverageRule } from './data/partial-coverage.ts';
import { isStatement, type Unit } from './units.ts';

export interface PartialHit {
  rule: PartialCoverageRule;
  /** The sentence that covers part of the category (quoted in the question). */
  unit: Unit;
}

function covering(rule: PartialCoverageRule, candidates: readonly Unit[]): Unit | undefined {
  return candidates.find((u) => rule.covers.test(u.key) && !(rule.unless && rule.unless.test(u.key)));
}

function applies(rule: PartialCoverageRule, allKey: string, needKey: string = allKey): boolean {
  if (rule.when && !rule.when.test(allKey)) return false;
  if (rule.notWhen && rule.notWhen.test(allKey)) return false;
  return !rule.stillNeeds.test(needKey);
}

/**
 * Rules that fire for a category that has evidence: at most one per covering sentence, in the order of the
 * data file (a rule that makes the category vague comes before one that only asks).
 * `needKey`: where the missing part is looked for (default: the whole consultation). The review passes the
 * consultation without the category's vague sentences: a condition written only vaguely (「再委託先は受託者が
 * 適切に選定し、市に報告する」) does not complete the coverage.
 */
export function partialForEvidence(id: SafeguardId, evidence: readonly Unit[], allKey: string, rules: readonly PartialCoverageRule[] = PARTIAL_COVERAGE_RULES, needKey: string = allKey): PartialHit[] {
  const out: PartialHit[] = [];
  for (const rule of rules) {
    if (rule.category !== id || (rule.coversIn ?? 'evidence') !== 'evidence') continue;
    if (!applies(rule, allKey, needKey)) continue;
    const u = covering(rule, evidence);
    if (!u || out.some((h) => h.unit.index === u.index)) continue;
    out.push({ rule, unit: u });
  }
  return out;
}

function sectionStatements(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.place !== 'elsewhere' && isStatement(u));
}

/** Per rule list, its `coversIn: 'section'` rules by category, in list order (built once: most categories have none). */
const SECTION_RULES = new WeakMap<readonly PartialCoverageRule[], Map<SafeguardId, PartialCoverageRule[]>>();
function sectionRulesOf(rules: readonly PartialCoverageRule[], id: SafeguardId): readonly PartialCoverageRule[] | undefined {
  let byId = SECTION_RULES.get(rules);
  if (!byId) {
    byId = new Map();
    for (const rule of rules) {
      if (rule.coversIn !== 'section') continue;
      const list = byId.get(rule.category);
      if (list) list.push(rule);
      else byId.set(rule.category, [rule]);
    }
    SECTION_RULES.set(rules, byId);
  }
  return byId.get(id);
}

/** Rules that fire for a category that is not written about at all, from a sentence in the sections. */
export function partialForAbsent(id: SafeguardId, units: readonly Unit[], allKey: string, rules: readonly PartialCoverageRule[] = PARTIAL_COVERAGE_RULES): PartialHit[] {
  const out: PartialHit[] = [];
  const own = sectionRulesOf(rules, id);
  if (!own) return out;
  // the section's statements, gathered only when a rule of the category applies
  let candidates: Unit[] | null = null;
  for (const rule of own) {
    if (!applies(rule, allKey)) continue;
    candidates ??= sectionStatements(units);
    const u = covering(rule, candidates);
    if (u) out.push({ rule, unit: u });
  }
  return out;
}
