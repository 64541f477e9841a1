/** Labels of data values in the current language. */
import type { ConsultationType, SafeguardId } from '../lib/analysis/schema.ts';
import { CONSULTATION_TYPE_LABELS, GROUP_COLORS, SAFEGUARDS } from '../lib/i18n/safeguards.ts';
import type { QuestionStatus } from '../lib/notes/model.ts';
import { pageRef } from '../lib/anchor/locate.ts';
import { phraseRuleLabel } from '../lib/review/phrase-label.ts';
import { lang, t } from './state.ts';

export function safeguardLabel(id: SafeguardId | null): string {
  return id ? SAFEGUARDS[id][lang.value] : t('noCategory');
}
/** One line on what the category covers, for members (details/summary: reachable by keyboard). */
export function safeguardExplain(id: SafeguardId): string {
  return lang.value === 'ja' ? SAFEGUARDS[id].jaExplain : SAFEGUARDS[id].enExplain;
}
export function typeLabel(id: ConsultationType): string {
  return CONSULTATION_TYPE_LABELS[id][lang.value];
}
export function statusLabel(s: QuestionStatus): string {
  return t(`status_${s}`);
}
export function groupStyle(id: SafeguardId | null): { background: string; borderColor: string } {
  const g = id ? GROUP_COLORS[SAFEGUARDS[id].group] : { bg: '#f5f5f5', border: '#757575' };
  return { background: g.bg, borderColor: g.border };
}
export function groupLabel(id: SafeguardId | null): string {
  return id ? GROUP_COLORS[SAFEGUARDS[id].group][lang.value] : '';
}
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleString(lang.value === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * 「資料 p.N」 with the printed page label. A label that names the material itself (「資料4-1」) is shown
 * as printed rather than as 「資料 p.資料4-1」; 「P.5」 becomes 「資料 p.5」.
 */
export function pageRefText(page: number, label: string | null | undefined): string {
  const l = pageRef(page, label).replace(/^[pPＰｐ][.．]\s*/, '');
  return /^資料/.test(l) ? t('pageRefNamed', { label: l }) : t('pageRef', { label: l });
}

/** Why a phrase is marked vague, in words (the rule's explanation), never the rule's internal id. */
export function vagueReason(rule: string, quote: string): string {
  const label = lang.value === 'ja' ? phraseRuleLabel(rule) : undefined;
  return t('vagueMark', { what: label ?? `「${quote}」` });
}
