/** Options page: settings and backup/restore, stored through lib/store (IndexedDB on this machine). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/notes/model.ts';
import { exportAllRecords, getSettings, importRecords, saveSettings } from '../../lib/store/index.ts';
import { SettingsForm } from '../../components/settings/SettingsForm.tsx';
import { BackupSection } from '../../components/settings/BackupSection.tsx';
import { domExportActions } from '../../components/export/actions.ts';

function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const reload = () =>
    getSettings().then(setSettings, (e: Error) => {
      setError(`設定を読み込めませんでした: ${e.message}`);
      setSettings(DEFAULT_SETTINGS);
    });
  useEffect(() => void reload(), []);

  return (
    <main>
      <h1>審議レンズ 設定</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {settings && (
        <>
          <SettingsForm value={settings} onSave={async (next) => setSettings(await saveSettings(next))} />
          <BackupSection
            lastBackupAt={settings.lastBackupAt}
            loadAll={exportAllRecords}
            writeMerged={async (merged) => {
              await importRecords(merged);
              await reload();
            }}
            saveFile={domExportActions.download}
            markBackedUp={async (at) => setSettings(await saveSettings({ lastBackupAt: at }))}
          />
        </>
      )}
    </main>
  );
}

render(<OptionsPage />, document.getElementById('app')!);
