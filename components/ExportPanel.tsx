/**
 * 出力・設定: mounts the export helper's components (components/export, components/settings)
 * on the stored records: export menu, settings form, backup and restore.
 */
import { buildExportModel, agendaDocumentOrder } from '../lib/export/index.ts';
import { backupReminder } from '../lib/backup/reminder.ts';
import { useLiveQuery } from '../lib/store/hooks.ts';
import { db, exportAllRecords, getSettings, importRecords, saveSettings, updateQuestion } from '../lib/store/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../lib/notes/model.ts';
import { ExportMenu } from './export/ExportMenu.tsx';
import { domExportActions } from './export/actions.ts';
import { BackupSection } from './settings/BackupSection.tsx';
import { BackupReminderBanner } from './settings/BackupReminderBanner.tsx';
import { SettingsForm } from './settings/SettingsForm.tsx';
import { lang, showToast, tab } from './state.ts';

function useStored() {
  return useLiveQuery(
    async () => ({
      settings: await getSettings(),
      documents: await db().documents.toArray(),
      consultations: await db().consultations.toArray(),
      questions: (await db().questions.toArray()).filter((q) => q.deletedAt === null),
      notes: (await db().notes.toArray()).filter((n) => n.deletedAt === null),
    }),
    [],
    { settings: DEFAULT_SETTINGS as Settings, documents: [], consultations: [], questions: [], notes: [] },
  );
}

const saveFile = (name: string, content: string, mime: string) => domExportActions.download(name, content, mime);

export function ExportPanel() {
  const s = useStored();
  const model = buildExportModel({
    settings: s.settings,
    consultations: s.consultations,
    questions: s.questions,
    documents: agendaDocumentOrder(s.documents),
  });
  return (
    <div class="export-panel">
      <section aria-labelledby="exp-h">
        <h2 id="exp-h">{lang.value === 'ja' ? '事前質問の出力' : 'Export questions'}</h2>
        <ExportMenu
          model={model}
          defaultFormat={s.settings.defaultExportFormat}
          actions={domExportActions}
          onMarkSent={async (ids) => {
            for (const id of ids) await updateQuestion(id, { status: 'sent' });
          }}
          onOpenSettings={() => document.getElementById('settings-h')?.scrollIntoView()}
        />
      </section>
      <section aria-labelledby="settings-h">
        <h2 id="settings-h">{lang.value === 'ja' ? '設定' : 'Settings'}</h2>
        <SettingsForm
          value={s.settings}
          onSave={async (next) => {
            await saveSettings(next).catch((e) => showToast((e as Error).message, { kind: 'error' }));
            lang.value = next.language;
          }}
        />
      </section>
      <section aria-labelledby="backup-h">
        <h2 id="backup-h">{lang.value === 'ja' ? 'バックアップと復元' : 'Backup and restore'}</h2>
        <BackupSection
          lastBackupAt={s.settings.lastBackupAt}
          loadAll={exportAllRecords}
          writeMerged={async (merged) => {
            await importRecords(merged);
          }}
          saveFile={saveFile}
          markBackedUp={async (at) => {
            await saveSettings({ lastBackupAt: at });
          }}
        />
      </section>
    </div>
  );
}

/** Shown at the top of the panel when notes or questions have waited a week without a backup. */
export function BackupReminder() {
  const s = useStored();
  const r = backupReminder({ notes: s.notes, questions: s.questions, lastBackupAt: s.settings.lastBackupAt });
  return (
    <BackupReminderBanner
      reminder={r}
      onBackup={() => {
        tab.value = 'export';
        requestAnimationFrame(() => document.getElementById('backup-h')?.scrollIntoView());
      }}
    />
  );
}
