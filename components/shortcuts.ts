/** Keyboard shortcuts for the frequent actions (listed in the panel by <Shortcuts>). */
import type { MessageKey } from '../lib/i18n/messages.ts';
import { goToToc } from './ConsultationToc.tsx';
import { chooseFile, openCurrentTab } from './OpenBar.tsx';
import { lang, showShortcuts, tab, TABS, undoLast } from './state.ts';

export interface Shortcut {
  keys: string;
  what: MessageKey;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: 'o', what: 'sc_open' },
  { keys: 'f', what: 'sc_file' },
  { keys: '1 – 4', what: 'sc_tabs' },
  { keys: '/', what: 'sc_search' },
  { keys: 'n', what: 'sc_note' },
  { keys: 'q', what: 'sc_question' },
  { keys: 'j / k', what: 'sc_next' },
  { keys: 't', what: 'sc_toc' },
  { keys: 'Alt + ↑ / ↓', what: 'sc_move' },
  { keys: 'u / Ctrl + Z', what: 'sc_undo' },
  { keys: 'l', what: 'sc_lang' },
  { keys: '?', what: 'sc_help' },
];

function typing(el: EventTarget | null): boolean {
  const e = el as HTMLElement | null;
  if (!e) return false;
  return e.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName);
}

function focusConsultation(delta: number) {
  const heads = [...document.querySelectorAll<HTMLElement>('.consultation-title')];
  if (!heads.length) return;
  const y = 8;
  let i = heads.findIndex((h) => h.getBoundingClientRect().top > y + 1);
  if (i < 0) i = heads.length;
  const cur = i - 1;
  const next = Math.min(heads.length - 1, Math.max(0, delta > 0 ? cur + 1 : cur - (heads[cur] && heads[cur].getBoundingClientRect().top >= -1 ? 1 : 0)));
  heads[next].focus();
  heads[next].scrollIntoView({ block: 'start' });
}

/** The consultation the member is looking at: the one holding the selection or focus, else the first visible. */
function currentConsultation(): HTMLElement | null {
  const sel = window.getSelection();
  const fromSel = sel?.rangeCount ? (sel.getRangeAt(0).commonAncestorContainer as Node) : null;
  const el = (fromSel instanceof Element ? fromSel : fromSel?.parentElement) ?? (document.activeElement as Element | null);
  const c = el?.closest<HTMLElement>('.consultation');
  if (c) return c;
  return [...document.querySelectorAll<HTMLElement>('.consultation')].find((x) => x.getBoundingClientRect().bottom > 0) ?? null;
}

export function handleKey(e: KeyboardEvent): void {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z' && !typing(e.target)) {
    void undoLast().then((done) => done && e.preventDefault());
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
  const k = e.key;
  let handled = true;
  if (k === 'o') void openCurrentTab();
  else if (k === 'f') chooseFile();
  else if (k >= '1' && k <= '4') {
    tab.value = TABS[Number(k) - 1];
    requestAnimationFrame(() => document.getElementById(`tab-${tab.value}`)?.focus());
  } else if (k === '/') {
    tab.value = 'notes';
    requestAnimationFrame(() => document.getElementById('search-input')?.focus());
  } else if (k === 'n') {
    const at = window.getSelection()?.anchorNode?.parentElement;
    const sec = at?.closest('[data-section]');
    if (sec) sec.querySelector<HTMLButtonElement>('.note-from-selection')?.click();
    else if (at?.closest('.pages')) document.querySelector<HTMLButtonElement>('#add-doc-note')?.click();
    else currentConsultation()?.querySelector<HTMLButtonElement>('.note-from-selection')?.click();
  } else if (k === 'q') {
    const ta = currentConsultation()?.querySelector<HTMLTextAreaElement>('.new-question-text');
    ta?.scrollIntoView({ block: 'center' });
    ta?.focus();
  } else if (k === 'j') focusConsultation(1);
  else if (k === 'k') focusConsultation(-1);
  else if (k === 't') {
    const cur = currentConsultation()?.dataset.consultation;
    goToToc(cur === undefined ? undefined : Number(cur));
  }
  else if (k === 'u') void undoLast();
  else if (k === 'l') lang.value = lang.value === 'ja' ? 'en' : 'ja';
  else if (k === '?') showShortcuts.value = !showShortcuts.value;
  else if (k === 'Escape' && showShortcuts.value) showShortcuts.value = false;
  else handled = false;
  if (handled) e.preventDefault();
}
