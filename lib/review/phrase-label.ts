/**
 * The member-facing label of the rule behind a reported vague phrase: a vague-phrase rule (data/vague-rules.ts), or a
 * partial-coverage rule whose covered words are themselves the phrase (data/partial-coverage.ts `phrase`).
 */
import { PARTIAL_COVERAGE_RULES } from './data/partial-coverage.ts';
import { VAGUE_RULE_BY_ID } from './data/vague-rules.ts';

const PARTIAL_PHRASE_LABELS: ReadonlyMap<string, string> = new Map(PARTIAL_COVERAGE_RULES.filter((r) => r.phrase).map((r) => [r.id, r.label]));

export function phraseRuleLabel(rule: string): string | undefined {
  return VAGUE_RULE_BY_ID.get(rule)?.label ?? PARTIAL_PHRASE_LABELS.get(rule);
}
