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
import { lang, showToast, t, tab } from './state.ts';
import { applyReviewSettings } from './pipeline.ts';

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
      <section aria-label={t('exportHeading')} id="exp-h">
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
      <section aria-label={t('settingsHeading')} id="settings-h">
        <SettingsForm
          value={s.settings}
          onSave={async (next) => {
            await saveSettings(next).catch((e) => showToast((e as Error).message, { kind: 'error' }));
            lang.value = next.language;
            applyReviewSettings(next);
          }}
        />
      </section>
      <section aria-label={t('backupHeading')} id="backup-h">
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
      <section aria-labelledby="privacy-h" class="privacy">
        <h2 id="privacy-h">{t('privacyHeading')}</h2>
        <ul>
          <li>{t('privacy1')}</li>
          <li>{t('privacy2')}</li>
          <li>{t('privacy3')}</li>
          <li>{t('privacy4')}</li>
        </ul>
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
