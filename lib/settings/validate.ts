/**
 * Checking the settings form: every field as typed (strings), Japanese messages per field.
 * The result is a valid Settings (lib/notes/model.ts) or the errors to show next to the fields.
 */
import { EXPORT_FORMATS, SettingsSchema, type Settings } from '../notes/model.ts';
import { EXPECTATION_PROFILE_IDS } from '../review/data/expectation-profiles.ts';
import { isPlainAddress } from '../export/mail.ts';

export type SettingsField = 'memberName' | 'councilName' | 'meetingName' | 'meetingDate' | 'secretariatEmail' | 'defaultExportFormat' | 'language' | 'maxFileMB' | 'expectations';
export type SettingsDraft = Record<SettingsField, string>;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export function toDraft(s: Settings): SettingsDraft {
  return {
    memberName: s.memberName,
    councilName: s.councilName,
    meetingName: s.meetingName,
    meetingDate: s.meetingDate,
    secretariatEmail: s.secretariatEmail,
    defaultExportFormat: s.defaultExportFormat,
    language: s.language,
    maxFileMB: String(s.maxFileMB),
    expectations: s.expectations,
  };
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function validateSettings(
  draft: SettingsDraft,
  base: Settings,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const t = (k: SettingsField) => draft[k].trim();
  for (const k of ['memberName', 'councilName', 'meetingName'] as const)
    if (t(k).length > 100) errors[k] = '100文字以内で入力してください。';
  if (t('meetingDate') && !validDate(t('meetingDate')))
    errors.meetingDate = '日付は「2025-07-10」の形（年-月-日）で入力してください。';
  if (t('secretariatEmail') && !isPlainAddress(t('secretariatEmail')))
    errors.secretariatEmail = 'メールアドレスの形式が正しくありません（例: shingikai@city.example.lg.jp）。';
  if (!(EXPORT_FORMATS as readonly string[]).includes(draft.defaultExportFormat))
    errors.defaultExportFormat = '出力形式を選んでください。';
  if (draft.language !== 'ja' && draft.language !== 'en') errors.language = '表示言語を選んでください。';
  const mb = Number(t('maxFileMB').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (!Number.isInteger(mb) || mb < 1 || mb > 2000) errors.maxFileMB = '1〜2000 の整数（MB）で入力してください。';
  if (!(EXPECTATION_PROFILE_IDS as readonly string[]).includes(draft.expectations)) errors.expectations = '確認する区分を選んでください。';
  if (Object.keys(errors).length) return { ok: false, errors };
  const settings = SettingsSchema.parse({
    ...base,
    memberName: t('memberName'),
    councilName: t('councilName'),
    meetingName: t('meetingName'),
    meetingDate: t('meetingDate'),
    secretariatEmail: t('secretariatEmail'),
    defaultExportFormat: draft.defaultExportFormat,
    language: draft.language,
    maxFileMB: mb,
    expectations: draft.expectations,
  });
  return { ok: true, settings };
}
