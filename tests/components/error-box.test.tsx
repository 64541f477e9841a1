// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ErrorBox } from '../../components/ErrorBox.tsx';
import { EMPTY_SESSION, lang, session } from '../../components/state.ts';
import { mount } from '../helpers/mount.ts';

const file = new File([new Uint8Array([1])], 'protected.pdf', { type: 'application/pdf' });
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('ErrorBox password form', () => {
  it('a password typed right after the "wrong password" message appears is kept (not wiped by a late reset)', async () => {
    lang.value = 'ja';
    session.value = { ...EMPTY_SESSION, phase: 'error', source: { kind: 'file', file }, error: { code: 'password_required', message: 'パスワードで保護されています' } };
    const root = mount(<ErrorBox />);
    const input = () => root.querySelector<HTMLInputElement>('#pdf-password')!;
    const button = () => root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    act(() => type(input(), 'wrong'));
    expect(button().disabled).toBe(false);

    // The retry fails: a new error arrives. The member (or a test driver) types as soon as the
    // message is on screen, before the browser has run the deferred effects.
    session.value = { ...session.value, error: { code: 'password_incorrect', message: 'パスワードが違います' } };
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(root.textContent).toContain('パスワードが違います');
    expect(input().value).toBe('');
    type(input(), 'shingi');
    await act(() => wait(50));
    expect(input().value).toBe('shingi');
    expect(button().disabled).toBe(false);
  });

  it('a new error empties the field and puts the cursor in it', async () => {
    session.value = { ...EMPTY_SESSION, phase: 'error', source: { kind: 'file', file }, error: { code: 'password_required', message: 'x' } };
    const root = mount(<ErrorBox />);
    const input = () => root.querySelector<HTMLInputElement>('#pdf-password')!;
    act(() => type(input(), 'abc'));
    act(() => { session.value = { ...session.value, error: { code: 'password_incorrect', message: 'y' } }; });
    await act(() => wait(20));
    expect(input().value).toBe('');
    expect(document.activeElement).toBe(input());
  });
});
