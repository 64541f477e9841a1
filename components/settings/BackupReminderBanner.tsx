/** Banner for the side panel: notes/questions waiting a week or more without a backup file. */
import { backupReminderText, type BackupReminder } from '../../lib/backup/reminder.ts';

export function BackupReminderBanner(props: { reminder: BackupReminder; onBackup: () => void; onDismiss?: () => void; now?: number }) {
  if (!props.reminder.due) return null;
  return (
    <div class="backup-reminder" role="note">
      <p>{backupReminderText(props.reminder, props.now)}</p>
      <button type="button" class="primary" onClick={props.onBackup}>
        バックアップを保存
      </button>
      {props.onDismiss && (
        <button type="button" onClick={props.onDismiss}>
          あとで
        </button>
      )}
    </div>
  );
}
