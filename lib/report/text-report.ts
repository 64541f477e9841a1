/** The readable Japanese report printed by `npm run analyze` without --json. */
import type { Analysis, Consultation, SafeguardResult } from '../analysis/schema.ts';
import { SAFEGUARD_BY_ID } from '../review/data/safeguards.ts';
import { phraseRuleLabel } from '../review/phrase-label.ts';
import { evidencePlace } from '../analysis/evidence-place.ts';

const STATUS_JA: Record<SafeguardResult['status'], string> = { missing: '記載なし', vague: '曖昧', present: '記載あり' };
const STATUS_ORDER: Record<SafeguardResult['status'], number> = { missing: 0, vague: 1, present: 2 };

/** A quote on one line (PDF text is shown as text, never interpreted). */
function oneLine(s: string, max = 70): string {
  const t = s.replace(/\s*\n\s*/g, '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

function pageCite(a: Analysis, index: number): string {
  const label = a.pages.find((p) => p.index === index)?.label;
  return label && label !== String(index) ? `p.${index}（${label}）` : `p.${index}`;
}

/** Whether a quote lies in one of the consultation's security sections. */
function where(c: Consultation, quote: string): string {
  return evidencePlace(c.securitySections, quote) === 'section' ? '対策節' : '節外';
}

function safeguardTable(a: Analysis, c: Consultation): string[] {
  const out: string[] = [];
  if (!c.safeguards.length) return ['（安全措置の判定なし）'];
  const rows = [...c.safeguards].sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status]);
  out.push('| 安全措置 | 判定 | 根拠（ページ・箇所・引用） |', '|---|---|---|');
  for (const s of rows) {
    const label = SAFEGUARD_BY_ID.get(s.id)?.label ?? s.id;
    const ev = s.evidence[0];
    const cite = ev ? `${pageCite(a, ev.page)} ${where(c, ev.quote)}「${oneLine(ev.quote)}」` : '—';
    out.push(`| ${label} | ${STATUS_JA[s.status]} | ${cite.replace(/\|/g, '｜')} |`);
  }
  const n = (st: SafeguardResult['status']) => c.safeguards.filter((s) => s.status === st).length;
  out.push('', `記載あり ${n('present')}・曖昧 ${n('vague')}・記載なし ${n('missing')}`);
  return out;
}

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
    out.push(`## ${c.number ?? '（番号なし）'} ${oneLine(c.title, 80)}（p.${c.pageStart}–${c.pageEnd}）`);
    for (const s of c.securitySections) out.push(`- 対策節: ${oneLine(s.heading)}（p.${s.pageStart}–${s.pageEnd}）`);
    if (!c.securitySections.length) out.push('- 対策節: 見つかりません（諮問の全ページから判定）');
    out.push('', '### 安全措置', ...safeguardTable(a, c), '');
    out.push('### 曖昧な表現');
    if (!c.vaguePhrases.length) out.push('（なし）');
    for (const v of c.vaguePhrases) {
      const rule = phraseRuleLabel(v.rule) ?? v.rule;
      out.push(`- ${pageCite(a, v.page)}「${oneLine(v.quote)}」 — ${rule}`);
    }
    out.push('', '### 事前質問（案）');
    if (!c.questions.length) out.push('（なし）');
    c.questions.forEach((q, i) => out.push(`${i + 1}. ${oneLine(q.text, 400)}`));
    out.push('');
  }
  return out.join('\n') + '\n';
}
