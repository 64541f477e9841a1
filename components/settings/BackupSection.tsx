/**
 * Backup and restore. Props only: the page passes how to read all records, write merged records,
 * save a file and remember the backup time. Restore is two steps: check the file and show what
 * would happen (lib/backup restoreBackup), then write only after the member confirms.
 */
import { useState } from 'preact/hooks';
import {
  backupFileName,
  describeReport,
  makeBackup,
  restoreBackup,
  type BackupData,
  type RestoreReport,
} from '../../lib/backup/index.ts';

export type BackupSectionProps = {
  lastBackupAt: number | null;
  loadAll: () => Promise<BackupData>;
  writeMerged: (merged: BackupData) => Promise<void>;
  saveFile: (fileName: string, content: string, mime: string) => void;
  /** Called with the backup time once the file was handed to the browser. */
  markBackedUp: (at: number) => Promise<void> | void;
  now?: () => number;
};

type Pending = { merged: BackupData; report: RestoreReport; lines: string[] };

export function BackupSection(props: BackupSectionProps) {
  const now = props.now ?? Date.now;
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const backup = async () => {
    setBusy(true);
    try {
      const at = now();
      const json = await makeBackup(await props.loadAll(), at);
      props.saveFile(backupFileName(at), json, 'application/json');
      await props.markBackedUp(at);
      setMessage({ kind: 'info', text: `バックアップファイル ${backupFileName(at)} を保存しました。` });
    } catch (e) {
      setMessage({ kind: 'error', text: `バックアップできませんでした: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    setBusy(true);
    try {
      const r = await restoreBackup(await file.text(), await props.loadAll());
      if (!r.ok) setMessage({ kind: 'error', text: r.message });
      else {
        setMessage(null);
        setPending({ merged: r.merged, report: r.report, lines: describeReport(r.report) });
      }
    } catch (e) {
      setMessage({ kind: 'error', text: `ファイルを読めませんでした: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await props.writeMerged(pending.merged);
      setMessage({ kind: 'info', text: '復元しました。' });
      setPending(null);
    } catch (e) {
      setMessage({ kind: 'error', text: `復元できませんでした（データは変更していません）: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="backup-section" aria-labelledby="backup-title">
      <h2 id="backup-title">バックアップと復元</h2>
      <p>
        資料の情報・メモ・質問・設定をひとつのファイルに保存します（PDF 本体は含みません）。
        {props.lastBackupAt ? ` 前回のバックアップ: ${new Date(props.lastBackupAt).toLocaleString('ja-JP')}` : ' まだバックアップしていません。'}
      </p>
      <p>
        <button type="button" class="primary" data-action="backup" disabled={busy} onClick={backup}>
          バックアップを保存
        </button>{' '}
        <label class="file-button">
          バックアップから復元…
          <input
            type="file"
            accept=".json,application/json"
            data-action="restore-file"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void choose(input.files?.[0]);
              input.value = '';
            }}
          />
        </label>
      </p>
      <div role="status" aria-live="polite">
        {message && <p class={message.kind}>{message.text}</p>}
      </div>
      {pending && (
        <div class="restore-preview" data-testid="restore-preview">
          <h3>復元の内容（まだ書き込んでいません）</h3>
          <ul>
            {pending.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          <p>現在の方が新しい編集は上書きしません。</p>
          <button type="button" class="primary" data-action="confirm-restore" disabled={busy} onClick={confirm}>
            この内容で復元する
          </button>{' '}
          <button type="button" data-action="cancel-restore" onClick={() => setPending(null)}>
            やめる
          </button>
        </div>
      )}
    </section>
  );
}
