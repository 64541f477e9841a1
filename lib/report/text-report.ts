/** The readable Japanese report printed by `npm run analyze` without --json. */
import type { Analysis } from '../analysis/schema.ts';

export function renderReport(a: Analysis): string {
  const out: string[] = [];
  out.push(`# ${a.file}`);
  if (a.error) {
    out.push(`エラー: ${a.error.message}`, '');
    return out.join('\n') + '\n';
  }
  out.push(`ページ数: ${a.pageCount}`);
  out.push(`諮問資料の判定: ${a.detection.isConsultation ? 'はい' : 'いいえ'}（スコア ${a.detection.score.toFixed(2)}）`);
  out.push(`諮問の数: ${a.consultations.length}`, '');
  for (const c of a.consultations) {
    out.push(`## ${c.number ?? '（番号なし）'} ${c.title}（p.${c.pageStart}–${c.pageEnd}）`);
    for (const s of c.securitySections) out.push(`- 対策節: ${s.heading}（p.${s.pageStart}–${s.pageEnd}）`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
