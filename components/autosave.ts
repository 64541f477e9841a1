/**
 * Autosave for text fields: the member types, the record is written after a short pause (≤ 1 s)
 * and on blur. While a field is focused, updates from the database (another panel) do not overwrite it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { showToast } from './state.ts';

export const AUTOSAVE_MS = 500;

export function useAutosaveField(stored: string, save: (v: string) => Promise<void>, delay = AUTOSAVE_MS) {
  const [value, setValue] = useState(stored);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!focused.current && pending.current === null) setValue(stored);
  }, [stored]);

  const flush = () => {
    clearTimeout(timer.current);
    const v = pending.current;
    pending.current = null;
    if (v !== null) saveRef.current(v).catch((e) => showToast((e as Error).message, { kind: 'error' }));
  };
  useEffect(() => () => flush(), []);

  return {
    value,
    onInput: (e: Event) => {
      const v = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setValue(v);
      pending.current = v;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
    },
  };
}
