/**
 * Moving the keyboard to a field that is about to appear (the comment of a note just made), unless the member has
 * gone on meanwhile.
 *
 * The new note is saved, then shown when the stored notes are read again; only then can its field take the focus.
 * Taking it unconditionally a fixed moment later sent what the member had started typing elsewhere (「新しい質問」)
 * into the note's comment: the question box was left empty, or with its first characters only.
 */

/** How long to wait for the field to appear, and how often to look for it. */
export const FOCUS_WAIT_MS = 2000;
const STEP_MS = 50;

/**
 * Call when the member acts (before anything is awaited): remembers where the focus is. The function returned, given
 * how to find the new field, focuses it once it is shown — if the focus is still where it was when the member acted.
 */
export function focusWhenShown(): (find: () => HTMLElement | null | undefined) => void {
  const before = document.activeElement;
  return (find) => {
    const started = Date.now();
    const look = () => {
      if (document.activeElement !== before) return; // the member went on: leave the focus where they put it
      const el = find();
      if (el) el.focus();
      else if (Date.now() - started < FOCUS_WAIT_MS) setTimeout(look, STEP_MS);
    };
    setTimeout(look, STEP_MS);
  };
}
