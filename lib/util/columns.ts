/**
 * Two text columns printed side by side and read by the text engine as table rows of two cells (A3 sheets,
 * 「１ 諮問事項 ｜ ５ 記録する個人情報」). Tables (short labels | long contents) are not columns: only runs of
 * ≥ 5 two-cell rows whose both sides read like running text are. Shared by the structure step (which puts the
 * columns back in order) and the review (which cuts the rows into their cells).
 */
import { median } from './median.ts';

export interface TwoCells {
  cells?: string[];
}

const isPair = (l: TwoCells) => !!l.cells && l.cells.length === 2;

/** Is this run of two-cell rows two columns of running text? */
export function isColumnRun(run: readonly TwoCells[]): boolean {
  if (run.length < 5 || !run.every(isPair)) return false;
  const left = median(run.map((l) => l.cells![0].trim().length).filter((n) => n > 0));
  const right = median(run.map((l) => l.cells![1].trim().length).filter((n) => n > 0));
  return left >= 20 && right >= 20 && left / right <= 2 && right / left <= 2;
}

/** [start, end) of each maximal run of consecutive two-cell rows that is two columns of running text. */
export function columnRuns(lines: readonly TwoCells[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < lines.length; ) {
    if (!isPair(lines[k])) {
      k++;
      continue;
    }
    let j = k;
    while (j < lines.length && isPair(lines[j])) j++;
    if (isColumnRun(lines.slice(k, j))) out.push([k, j]);
    k = j;
  }
  return out;
}
