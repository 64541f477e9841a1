// @vitest-environment happy-dom
/** Export menu and settings form: props in, callbacks out, nothing sent by themselves. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mount } from '../helpers/mount.ts';
import { buildExportModel, toCsv, toText, toTsv } from '../../lib/export/index.ts';
import { ExportMenu } from '../../components/export/ExportMenu.tsx';
import type { ExportActions } from '../../components/export/actions.ts';
import { SettingsForm } from '../../components/settings/SettingsForm.tsx';
import { DEFAULT_SETTINGS } from '../../lib/notes/model.ts';
import { toDraft, validateSettings } from '../../lib/settings/validate.ts';
import { input, settings } from './fixture.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

function fakeActions() {
  return {
    copyText: vi.fn<ExportActions['copyText']>(async () => {}),
    download: vi.fn<ExportActions['download']>(),
    openMailto: vi.fn<ExportActions['openMailto']>(),
    openPrint: vi.fn<ExportActions['openPrint']>(),
  };
}
const click = async (root: HTMLElement, sel: string) => {
  act(() => (root.querySelector(sel) as HTMLElement).click());
  await flush();
};

describe('ExportMenu', () => {
  const model = buildExportModel(input);

  it('puts the default format first and hands each format to the right action', async () => {
    const a = fakeActions();
    const root = mount(<ExportMenu model={model} defaultFormat="csv" actions={a} />);
    expect(root.querySelector('.export-buttons button')!.getAttribute('data-format')).toBe('csv');
    await click(root, '[data-format="csv"]');
    expect(a.download).toHaveBeenLastCalledWith('事前質問_令和7年度第3回_山田_花子.csv', toCsv(model), 'text/csv;charset=utf-8');
    await click(root, '[data-format="tsv"]');
    expect(a.copyText).toHaveBeenLastCalledWith(toTsv(model));
    await click(root, '[data-format="text"]');
    expect(a.copyText).toHaveBeenLastCalledWith(toText(model));
    await click(root, '[data-format="md"]');
    expect(a.download.mock.lastCall![0]).toMatch(/\.md$/);
    await click(root, '[data-format="print"]');
    expect(a.openPrint).toHaveBeenCalledOnce();
    expect(root.querySelector('[role="status"]')!.textContent).toContain('事前質問票');
  });

  it('long list by mail: full list to the clipboard, short mailto, .eml offered; nothing marked sent by itself', async () => {
    const a = fakeActions();
    const onMarkSent = vi.fn();
    const root = mount(<ExportMenu model={model} defaultFormat="mailto" actions={a} onMarkSent={onMarkSent} />);
    await click(root, '[data-format="mailto"]');
    expect(a.copyText).toHaveBeenCalledWith(toText(model));
    expect(a.openMailto.mock.lastCall![0].length).toBeLessThanOrEqual(1800);
    expect(root.textContent).toContain('クリップボードにコピーしたので');
    await click(root, '[data-action="save-eml"]');
    expect(a.download.mock.lastCall![0]).toBe('事前質問_令和7年度第3回_山田_花子.eml');
    expect(a.download.mock.lastCall![1]).toContain('X-Unsent: 1');
    expect(onMarkSent).not.toHaveBeenCalled();
    await click(root, '[data-action="mark-sent"]');
    expect(onMarkSent).toHaveBeenCalledWith(['q3', 'q2', 'q4', 'q1', 'q7', 'q8']);
  });

  it('disables the buttons when nothing is selected and reports missing settings', () => {
    const empty = buildExportModel({ ...input, settings: DEFAULT_SETTINGS, questions: [] });
    const root = mount(<ExportMenu model={empty} defaultFormat="mailto" actions={fakeActions()} />);
    expect([...root.querySelectorAll('.export-buttons button')].every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(root.textContent).toContain('委員名・会議名・事務局のメールアドレス');
  });

  it('shows an error when the clipboard refuses', async () => {
    const a = { ...fakeActions(), copyText: vi.fn(async () => Promise.reject(new Error('denied'))) };
    const root = mount(<ExportMenu model={model} defaultFormat="text" actions={a} />);
    await click(root, '[data-format="text"]');
    expect(root.querySelector('.export-status .error')!.textContent).toBe('出力できませんでした: denied');
  });
});

describe('SettingsForm', () => {
  const type = (root: HTMLElement, name: string, value: string) =>
    act(() => {
      const el = root.querySelector(`[name="${name}"]`) as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event(name === 'defaultExportFormat' || name === 'language' ? 'change' : 'input', { bubbles: true }));
    });

  it('saves valid settings through the callback', async () => {
    const onSave = vi.fn();
    const root = mount(<SettingsForm value={DEFAULT_SETTINGS} onSave={onSave} />);
    type(root, 'memberName', ' 山田 花子 ');
    type(root, 'meetingName', '令和7年度第3回');
    type(root, 'meetingDate', '2025-07-10');
    type(root, 'secretariatEmail', 'shingikai@city.example.lg.jp');
    type(root, 'defaultExportFormat', 'csv');
    await click(root, 'button[type="submit"]');
    expect(onSave).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      memberName: '山田 花子',
      meetingName: '令和7年度第3回',
      meetingDate: '2025-07-10',
      secretariatEmail: 'shingikai@city.example.lg.jp',
      defaultExportFormat: 'csv',
    });
    expect(root.querySelector('.settings-status')!.textContent).toBe('保存しました。');
  });

  it('offers the two expectation tables with an explanation each, and saves the choice', async () => {
    const onSave = vi.fn();
    const root = mount(<SettingsForm value={DEFAULT_SETTINGS} onSave={onSave} />);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="expectations"]')];
    expect(radios.map((r) => r.value)).toEqual(['core', 'full']);
    expect(radios.find((r) => r.checked)!.value).toBe('core');
    expect(root.querySelector('label[for="settings-expectations-core"]')!.textContent).toBe('標準（既定）');
    expect(root.querySelector('#settings-expectations-full-hint')!.textContent).toContain('記載なし');
    act(() => radios[1].click());
    await click(root, 'button[type="submit"]');
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, expectations: 'full' });
  });

  it('keeps what the member typed when the stored settings arrive again (another record was autosaved)', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<SettingsForm value={DEFAULT_SETTINGS} onSave={vi.fn()} />, root));
    type(root, 'memberName', '山田 花子');
    act(() => render(<SettingsForm value={{ ...DEFAULT_SETTINGS }} onSave={vi.fn()} />, root)); // same content, new object
    expect((root.querySelector('[name="memberName"]') as HTMLInputElement).value).toBe('山田 花子');
    act(() => render(<SettingsForm value={{ ...DEFAULT_SETTINGS, councilName: '架空市審議会' }} onSave={vi.fn()} />, root));
    expect((root.querySelector('[name="memberName"]') as HTMLInputElement).value).toBe('山田 花子');
  });

  it('takes stored changes while nothing is being edited', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<SettingsForm value={DEFAULT_SETTINGS} onSave={vi.fn()} />, root));
    act(() => render(<SettingsForm value={{ ...DEFAULT_SETTINGS, memberName: '田中 一郎' }} onSave={vi.fn()} />, root));
    expect((root.querySelector('[name="memberName"]') as HTMLInputElement).value).toBe('田中 一郎');
  });

  it('shows Japanese messages next to invalid fields and does not save', async () => {
    const onSave = vi.fn();
    const root = mount(<SettingsForm value={settings} onSave={onSave} />);
    type(root, 'secretariatEmail', 'shingikai@city');
    type(root, 'maxFileMB', '0');
    await click(root, 'button[type="submit"]');
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('#settings-secretariatEmail-error')!.textContent).toContain('メールアドレスの形式が正しくありません');
    expect(root.querySelector('#settings-maxFileMB-error')!.textContent).toContain('1〜2000');
    expect(root.querySelector('[name="secretariatEmail"]')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('validates dates and numbers also when typed as text (browsers without a date picker)', () => {
    const draft = { ...toDraft(settings), meetingDate: '2025-02-30', maxFileMB: '１００' };
    const r = validateSettings(draft, settings);
    expect(r).toEqual({ ok: false, errors: { meetingDate: '日付は「2025-07-10」の形（年-月-日）で入力してください。' } });
    const ok = validateSettings({ ...draft, meetingDate: '2025-02-28' }, settings);
    expect(ok.ok && ok.settings.maxFileMB).toBe(100);
  });
});
