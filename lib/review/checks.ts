/** Checks of the wording itself: alternatives listed without saying whether all are needed; two sentences that disagree. */
import { ALTERNATIVE_LIST, CONFLICT_RULES, type ConflictRule } from './data/document-checks.ts';
import type { Unit } from './units.ts';

export interface AlternativeList {
  lead: Unit;
  items: Unit[];
  /** 「ア・イ」「(1)・(2)」 as printed markers. */
  labels: string;
  certification: boolean;
}

const printed = (u: Unit) => u.text.trim().normalize('NFKC');

/** Requirement lead sentences followed by two or more short marked items, with no 「いずれか」「全て」 in the lead. */
export function findAlternativeLists(units: readonly Unit[]): AlternativeList[] {
  const out: AlternativeList[] = [];
  for (let i = 0; i < units.length; i++) {
    const lead = units[i];
    if (!ALTERNATIVE_LIST.lead.test(lead.key) || ALTERNATIVE_LIST.clear.test(lead.key)) continue;
    const items: Unit[] = [];
    for (let j = i + 1; j < units.length; j++) {
      const u = units[j];
      if (!ALTERNATIVE_LIST.item.test(printed(u)) || u.key.length > ALTERNATIVE_LIST.itemMaxLength) break;
      // A full sentence (「ア 受託者は…する。」) is a measure, not an alternative.
      if (/(する|させる|行う|とする|こと)。?$/.test(u.key)) break;
      items.push(u);
    }
    if (items.length < 2) continue;
    // The items themselves say how they combine (「ア又はイ」) → clear.
    if (items.some((u) => /又は|または|いずれか|及び/.test(u.key))) continue;
    const labels = items.map((u) => ALTERNATIVE_LIST.item.exec(printed(u))![0]).join('・');
    out.push({ lead, items, labels, certification: ALTERNATIVE_LIST.certification.test(lead.key + items.map((u) => u.key).join('')) });
    i += items.length;
  }
  return out;
}

export interface Conflict {
  rule: ConflictRule;
  a: Unit;
  b: Unit;
}

/** Two sentences of the same consultation that disagree (data: CONFLICT_RULES). */
export function findConflicts(units: readonly Unit[], rules: readonly ConflictRule[] = CONFLICT_RULES): Conflict[] {
  const out: Conflict[] = [];
  for (const rule of rules) {
    const a = units.find((u, i) => {
      if (!rule.a.test(u.key)) return false;
      const next = units[i + 1];
      return !(rule.aUnless && (rule.aUnless.test(u.key) || (next && next.page === u.page && rule.aUnless.test(next.key))));
    });
    if (!a) continue;
    const b = units.find((u) => u.index !== a.index && u.index !== a.index + 1 && rule.b.test(u.key) && !(rule.bUnless && rule.bUnless.test(u.key)));
    if (b) out.push({ rule, a, b });
  }
  return out;
}
