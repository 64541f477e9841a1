/**
 * 特定個人情報保護評価書（PIA）のリスク対策の表: 「リスク1：…」から評価（［十分である］／
 * ［課題が残されている］／［特に力を入れている］）までを一つのリスクとして読む。
 */
import type { Unit } from './units.ts';

export type PiaAssessment = '特に力を入れている' | '十分である' | '課題が残されている';

export interface PiaRisk {
  title: Unit;
  /** Key length of the title inside the title unit. */
  titleKeyEnd: number;
  units: Unit[];
  assessment: PiaAssessment | null;
  /** The unit holding the assessment answer. */
  answer: Unit | null;
}

const RISK_TITLE = /^(リスク\d+[:：][^。]{0,60}?リスク|[^。]{4,60}(に関する|による|が行われる|される)リスク$)/;
const ANSWER = /\[(特に力を入れている|十分である|課題が残されている)\]/;

export function readPiaRisks(units: readonly Unit[]): PiaRisk[] {
  const risks: PiaRisk[] = [];
  let cur: PiaRisk | null = null;
  for (const u of units) {
    const t = RISK_TITLE.exec(u.key);
    if (t) {
      // The title line may run into the first measure (no 。 after a table heading): keep it as a measure too.
      cur = { title: u, titleKeyEnd: t[0].length, units: t[0].length < u.key.length - 4 ? [u] : [], assessment: null, answer: null };
      risks.push(cur);
      continue;
    }
    if (!cur) continue;
    const m = ANSWER.exec(u.key);
    if (m) {
      cur.assessment = m[1] as PiaAssessment;
      cur.answer = u;
      cur = null;
      continue;
    }
    cur.units.push(u);
  }
  return risks;
}

export function looksLikePia(units: readonly Unit[]): boolean {
  return units.some((u) => /特定個人情報保護評価書|全項目評価書|基礎項目評価書|重点項目評価書/.test(u.key));
}
