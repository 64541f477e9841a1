/** The member's settings: one row, validated, with defaults for fields added later. */
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../notes/model.ts';
import { db } from './db.ts';
import { writeTx } from './write.ts';

export function normalizeSettings(value: unknown): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(value && typeof value === 'object' ? value : {}) };
  const r = SettingsSchema.safeParse(merged);
  if (r.success) return r.data;
  // Keep every valid field, reset the invalid ones.
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const one = SettingsSchema.shape[k].safeParse((merged as Record<string, unknown>)[k]);
    if (one.success) out[k] = one.data;
  }
  return out as Settings;
}

export async function getSettings(): Promise<Settings> {
  const row = await db().settings.get('settings');
  return normalizeSettings(row?.value);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const d = db();
  return writeTx([d.settings], async () => {
    const row = await d.settings.get('settings');
    const next = SettingsSchema.parse({ ...normalizeSettings(row?.value), ...patch });
    await d.settings.put({ key: 'settings', value: next });
    return next;
  });
}
