/** A modal confirmation (native <dialog>: focus is trapped and Esc cancels). */
import { useEffect, useRef } from 'preact/hooks';
import { t } from './state.ts';

export function ConfirmDialog(props: { message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.open && d.close();
  }, []);
  return (
    <dialog ref={ref} class="confirm" aria-labelledby="confirm-msg" onCancel={(e) => { e.preventDefault(); props.onCancel(); }}>
      <p id="confirm-msg">{props.message}</p>
      <div class="row end">
        <button type="button" onClick={props.onCancel} autoFocus>{t('cancel')}</button>
        <button type="button" class="btn-danger" onClick={props.onConfirm}>{props.confirmLabel}</button>
      </div>
    </dialog>
  );
}
