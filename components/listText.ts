/** The visible notes and questions as plain text (for the clipboard). */
import type { SearchHit } from '../lib/store/search.ts';
import { pageRefText, safeguardLabel, statusLabel } from './labels.ts';
import { t } from './state.ts';

export function hitsToText(hits: SearchHit[]): string {
  const out: string[] = [];
  for (const h of hits) {
    const r = h.record;
    const where = [h.doc?.title, r.anchor ? pageRefText(r.anchor.page, r.anchor.pageLabel) : ''].filter(Boolean).join(' ');
    if (h.kind === 'note') {
      const n = h.record;
      out.push(`■ ${t('kindNote')}【${safeguardLabel(n.safeguard)}】${t('risk', { n: n.severity * n.likelihood })}（${t('severity')}${n.severity}×${t('likelihood')}${n.likelihood}）`);
      if (where) out.push(`  ${where}`);
      if (n.anchor?.quote) out.push(`  ${t('quote')}：「${n.anchor.quote}」`);
      if (n.comment) out.push(`  ${n.comment.replace(/\n/g, '\n  ')}`);
      if (n.tags.length) out.push(`  ${t('tags')}：${n.tags.join('、')}`);
    } else {
      const q = h.record;
      out.push(`■ ${t('kindQuestion')}［${statusLabel(q.status)}］${q.safeguard ? `【${safeguardLabel(q.safeguard)}】` : ''}`);
      if (where) out.push(`  ${where}`);
      out.push(`  ${q.text.replace(/\n/g, '\n  ')}`);
      if (q.answer) out.push(`  ${t('answer')}：${q.answer.replace(/\n/g, '\n  ')}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
