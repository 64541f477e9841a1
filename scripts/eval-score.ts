/**
 * Precision, recall and F1 over sets of ids, as the evaluation scripts print them (eval-review.ts, eval-heldout.ts,
 * eval-agreement.ts). `add` compares one prediction with one truth and may log each disagreement as
 * 「<label> FP <id>」 / 「<label> FN <id>」; `worst` lists the ids most often wrong.
 */
export class Score {
  tp = 0; fp = 0; fn = 0;
  readonly byId = new Map<string, { fp: number; fn: number }>();
  add(pred: ReadonlySet<string>, truth: ReadonlySet<string>, log?: string[], label?: string) {
    for (const x of pred) {
      if (truth.has(x)) this.tp++;
      else { this.fp++; this.bump(x, 'fp'); log?.push(`${label} FP ${x}`); }
    }
    for (const x of truth) if (!pred.has(x)) { this.fn++; this.bump(x, 'fn'); log?.push(`${label} FN ${x}`); }
  }
  /** Adds another score's counts (a total over several sets). */
  merge(o: Score) { this.tp += o.tp; this.fp += o.fp; this.fn += o.fn; }
  private bump(id: string, k: 'fp' | 'fn') {
    const e = this.byId.get(id) ?? { fp: 0, fn: 0 };
    e[k]++;
    this.byId.set(id, e);
  }
  get p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1; }
  get r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1; }
  get f1() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
  fmt() { return `F1 ${this.f1.toFixed(3)} (P ${this.p.toFixed(3)} R ${this.r.toFixed(3)}; tp ${this.tp} fp ${this.fp} fn ${this.fn})`; }
  worst() { return [...this.byId].sort((a, b) => b[1].fp + b[1].fn - a[1].fp - a[1].fn).slice(0, 8).map(([id, e]) => `${id} fp${e.fp}/fn${e.fn}`).join(', '); }
}
