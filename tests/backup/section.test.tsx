// @vitest-environment happy-dom
/** Backup section: save a file, preview a restore, write only after confirming; reminder banner. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mount } from '../helpers/mount.ts';
import { BackupSection } from '../../components/settings/BackupSection.tsx';
import { BackupReminderBanner } from '../../components/settings/BackupReminderBanner.tsx';
import { makeBackup, BACKUP_VERSION, checksumOf, type BackupData } from '../../lib/backup/index.ts';
import { consultations, documents, questions, settings } from '../export/fixture.ts';

const NOW = Date.UTC(2025, 6, 1);
const data: BackupData = { documents, consultations, notes: [], questions, settings };
const empty: BackupData = { documents: [], consultations: [], notes: [], questions: [], settings: null };

// Restore hashes with Web Crypto (a real async task), so let several timer turns pass.
const flush = () => act(async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 10));
});

async function chooseFile(root: HTMLElement, text: string) {
  const input = root.querySelector('[data-action="restore-file"]') as HTMLInputElement;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await flush();
}

function setup(current: BackupData) {
  const props = {
    lastBackupAt: null,
    loadAll: vi.fn(async () => current),
    writeMerged: vi.fn(async (_m: BackupData) => {}),
    saveFile: vi.fn(),
    markBackedUp: vi.fn(),
    now: () => NOW,
  };
  return { props, root: mount(<BackupSection {...props} />) };
}

describe('BackupSection', async () => {
  it('saves a backup file and records the time', async () => {
    const { props, root } = setup(data);
    act(() => (root.querySelector('[data-action="backup"]') as HTMLElement).click());
    await flush();
    expect(props.saveFile).toHaveBeenCalledWith(expect.stringMatching(/^shingi-lens-backup-\d{8}-\d{4}\.json$/), await makeBackup(data, NOW), 'application/json');
    expect(props.markBackedUp).toHaveBeenCalledWith(NOW);
  });

  it('previews a valid restore and writes only after confirmation', async () => {
    const { props, root } = setup(empty);
    await chooseFile(root, await makeBackup(data, NOW));
    expect(root.querySelector('[data-testid="restore-preview"]')!.textContent).toContain('質問: 追加 8');
    expect(props.writeMerged).not.toHaveBeenCalled();
    act(() => (root.querySelector('[data-action="confirm-restore"]') as HTMLElement).click());
    await flush();
    expect(props.writeMerged).toHaveBeenCalledOnce();
    expect(props.writeMerged.mock.calls[0][0].questions).toHaveLength(8);
    expect(root.textContent).toContain('復元しました。');
  });

  it('refuses tampered and future-version files with a Japanese message, writing nothing', async () => {
    const { props, root } = setup(data);
    await chooseFile(root, (await makeBackup(data, NOW)).replace('山田 花子', '田中 一郎'));
    expect(root.querySelector('.error')!.textContent).toContain('書き換えられたか、壊れています');
    const future = JSON.parse(await makeBackup(data, NOW));
    future.version = BACKUP_VERSION + 1;
    future.checksum = await checksumOf(future.data);
    await chooseFile(root, JSON.stringify(future));
    expect(root.querySelector('.error')!.textContent).toContain('新しい版の審議レンズ');
    expect(root.querySelector('[data-testid="restore-preview"]')).toBeNull();
    expect(props.writeMerged).not.toHaveBeenCalled();
  });
});

describe('BackupReminderBanner', async () => {
  it('shows only when due, with the count and a backup button', async () => {
    const onBackup = vi.fn();
    const root = mount(
      <BackupReminderBanner reminder={{ due: true, unsaved: 3, unsavedSince: NOW - 8 * 86_400_000 }} onBackup={onBackup} now={NOW} />,
    );
    expect(root.textContent).toContain('3件のメモ・質問が8日以上バックアップされていません');
    act(() => (root.querySelector('button') as HTMLElement).click());
    expect(onBackup).toHaveBeenCalledOnce();
    const none = mount(<BackupReminderBanner reminder={{ due: false, unsaved: 3, unsavedSince: NOW }} onBackup={onBackup} />);
    expect(none.innerHTML).toBe('');
  });
});
