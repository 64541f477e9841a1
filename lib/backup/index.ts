/** Backup and restore of everything the member keeps; pure functions (storage lives in lib/store). */
export { makeBackup, backupFileName, checksumOf, BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from './format.ts';
export { restoreBackup, describeReport, type RestoreResult, type RestoreReport, type Rejected, type Kept } from './restore.ts';
export { restoreErrorMessage, type RestoreErrorCode } from './messages.ts';
export { backupReminder, backupReminderText, BACKUP_REMINDER_DAYS, type BackupReminder } from './reminder.ts';
