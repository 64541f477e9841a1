/**
 * Settings form (options page and side panel): member name, council, meeting name and date,
 * secretariat address, default export format, expectation table, language, largest PDF. Props only: the current
 * settings and an onSave callback; validation messages are Japanese, next to each field.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS_ORDER } from '../../lib/export/labels.ts';
import type { Settings } from '../../lib/notes/model.ts';
import { EXPECTATION_PROFILE_IDS, EXPECTATION_PROFILES } from '../../lib/review/data/expectation-profiles.ts';
import { toDraft, validateSettings, type SettingsDraft, type SettingsErrors, type SettingsField } from '../../lib/settings/validate.ts';

export type SettingsFormProps = {
  value: Settings;
  onSave: (next: Settings) => void | Promise<void>;
};

type FieldProps = {
  name: SettingsField;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'date' | 'number';
  draft: SettingsDraft;
  errors: SettingsErrors;
  set: (k: SettingsField, v: string) => void;
  autoComplete?: string;
};

function Field({ name, label, hint, type = 'text', draft, errors, set, autoComplete }: FieldProps) {
  const id = `settings-${name}`;
  const err = errors[name];
  // One attribute object: Preact 11 types <input> as a union keyed by `type`.
  const inputAttrs = {
    id,
    name,
    type,
    value: draft[name],
    autoComplete: autoComplete ?? 'off',
    'aria-invalid': err ? 'true' : undefined,
    'aria-describedby': [hint && `${id}-hint`, err && `${id}-error`].filter(Boolean).join(' ') || undefined,
    onInput: (e: Event) => set(name, (e.currentTarget as HTMLInputElement).value),
  } as JSX.IntrinsicElements['input'];
  return (
    <div class={`field${err ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input {...inputAttrs} />
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      {err && (
        <small id={`${id}-error`} class="error" role="alert">
          {err}
        </small>
      )}
    </div>
  );
}

export function SettingsForm(props: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(props.value));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<string>('');
  // Stored settings arrive again whenever any record is written (liveQuery); they replace the form only
  // while the member has nothing unsaved in it, so typing is never lost to an autosave elsewhere.
  const dirty = useRef(false);
  const stored = JSON.stringify(props.value);
  useEffect(() => {
    if (!dirty.current) setDraft(toDraft(props.value));
  }, [stored]);

  const set = (k: SettingsField, v: string) => {
    dirty.current = true;
    setDraft((d) => ({ ...d, [k]: v }));
    setStatus('');
  };
  const common = { draft, errors, set };

  const submit = async (e: Event) => {
    e.preventDefault();
    const r = validateSettings(draft, props.value);
    if (!r.ok) {
      setErrors(r.errors);
      setStatus('入力内容を確認してください。');
      return;
    }
    setErrors({});
    try {
      await props.onSave(r.settings);
      dirty.current = false;
      setStatus('保存しました。');
    } catch (err) {
      setStatus(`保存できませんでした: ${(err as Error).message}`);
    }
  };

  return (
    <form class="settings-form" onSubmit={submit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">設定</h2>
      <fieldset>
        <legend>委員と会議</legend>
        <Field name="memberName" label="委員名" hint="事前質問票とメールの署名に入ります。" autoComplete="name" {...common} />
        <Field name="councilName" label="審議会名" hint="例: 個人情報保護審議会" {...common} />
        <Field name="meetingName" label="会議名" hint="例: 令和7年度第3回" {...common} />
        <Field name="meetingDate" label="開催日" type="date" {...common} />
      </fieldset>
      <fieldset>
        <legend>送付先と出力</legend>
        <Field
          name="secretariatEmail"
          label="事務局のメールアドレス"
          type="email"
          hint="メールの宛先に入ります。自動では送信しません。"
          autoComplete="email"
          {...common}
        />
        <div class={`field${errors.defaultExportFormat ? ' invalid' : ''}`}>
          <label for="settings-defaultExportFormat">既定の出力形式</label>
          <select
            id="settings-defaultExportFormat"
            name="defaultExportFormat"
            value={draft.defaultExportFormat}
            onChange={(e) => set('defaultExportFormat', (e.currentTarget as HTMLSelectElement).value)}
          >
            {EXPORT_FORMATS_ORDER.map((f) => (
              <option key={f} value={f}>
                {EXPORT_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
          {errors.defaultExportFormat && <small class="error" role="alert">{errors.defaultExportFormat}</small>}
        </div>
      </fieldset>
      <fieldset class="expectations">
        <legend>確認する区分（「記載なし」の判定に使う表）</legend>
        {EXPECTATION_PROFILE_IDS.map((id) => (
          <div class="field radio" key={id}>
            <input
              type="radio"
              id={`settings-expectations-${id}`}
              name="expectations"
              value={id}
              checked={draft.expectations === id}
              aria-describedby={`settings-expectations-${id}-hint`}
              onChange={() => set('expectations', id)}
            />
            <label for={`settings-expectations-${id}`}>{EXPECTATION_PROFILES[id].label.ja}</label>
            <small id={`settings-expectations-${id}-hint`} class="hint">
              {EXPECTATION_PROFILES[id].explain.ja}
            </small>
          </div>
        ))}
        {errors.expectations && <small class="error" role="alert">{errors.expectations}</small>}
      </fieldset>
      <fieldset>
        <legend>その他</legend>
        <div class="field">
          <label for="settings-language">表示言語</label>
          <select
            id="settings-language"
            name="language"
            value={draft.language}
            onChange={(e) => set('language', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </div>
        <Field name="maxFileMB" label="確認なしで開く PDF の上限（MB）" type="number" {...common} />
      </fieldset>
      <p>
        <button type="submit" class="primary">
          保存
        </button>
        <span class="settings-status" role="status" aria-live="polite">
          {status}
        </span>
      </p>
    </form>
  );
}
