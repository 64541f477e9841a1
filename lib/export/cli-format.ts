/** Question-list exports for the command line (skeleton; the export module replaces this). */
import type { Analysis } from '../analysis/schema.ts';

export function exportQuestions(results: Analysis[], _format: string): string {
  const lines: string[] = [];
  for (const a of results)
    for (const c of a.consultations) for (const q of c.questions) lines.push(`${c.number ?? ''} ${q.text}`);
  return lines.join('\n') + '\n';
}
