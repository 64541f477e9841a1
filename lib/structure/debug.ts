/** Human-readable view of a document's lines for debugging (eval script --dump). */
import type { TextDocument } from '../text/types.ts';

export function debugLines(doc: TextDocument): string[] {
  const out: string[] = [];
  for (const p of doc.pages) {
    out.push(`=== page ${p.index} label=${p.label ?? '-'} ${Math.round(p.width)}x${Math.round(p.height)}`);
    for (const l of p.lines) {
      const flags = `${l.running ? 'R' : ' '}${l.bold ? 'B' : ' '}${l.cells ? 'T' : ' '}`;
      const cells = l.cells ? `  ‖ ${l.cells.join(' | ')}` : '';
      out.push(`${flags} x${String(Math.round(l.x)).padStart(4)} y${String(Math.round(l.y)).padStart(4)} f${l.fontSize.toFixed(1).padStart(5)} ${l.text}${cells}`);
    }
  }
  return out;
}
