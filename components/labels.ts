/** Labels of data values in the current language. */
import type { ConsultationType, SafeguardId } from '../lib/analysis/schema.ts';
import { CONSULTATION_TYPE_LABELS, GROUP_COLORS, SAFEGUARDS } from '../lib/i18n/safeguards.ts';
import type { QuestionStatus } from '../lib/notes/model.ts';
import { lang, t } from './state.ts';

export function safeguardLabel(id: SafeguardId | null): string {
  return id ? SAFEGUARDS[id][lang.value] : t('noCategory');
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
