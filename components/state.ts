/** UI state of the panel (signals). Stored data comes from Dexie liveQuery, not from here. */
import { signal, computed } from '@preact/signals';
import type { Detection, ErrorCode } from '../lib/analysis/schema.ts';
import { translate, type Lang, type MessageKey } from '../lib/i18n/messages.ts';
import type { ReviewResult } from '../lib/review/index.ts';
import type { ConsultationFound } from '../lib/structure/types.ts';
import type { PageText } from '../lib/text/types.ts';

export const lang = signal<Lang>('ja');

export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(lang.value, key, vars);
}

export type TabId = 'document' | 'notes' | 'documents' | 'export';
export const TABS: TabId[] = ['document', 'notes', 'documents', 'export'];
export const tab = signal<TabId>('document');

export type Source =
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: File };

export interface ConsultationView {
  found: ConsultationFound;
  review: ReviewResult | null;
}

export type Phase = 'idle' | 'fetching' | 'reading' | 'analyzing' | 'reviewing' | 'done' | 'error';

export interface Session {
  source: Source | null;
  phase: Phase;
  /** Bytes downloaded / pages read. */
  progress: { done: number; total: number };
  pages: PageText[];
  docId: string | null;
  /** URL to open pages in (the web URL, or a blob: URL of a local file). */
  docUrl: string | null;
  title: string;
  fileName: string;
  detection: Detection | null;
  consultations: ConsultationView[] | null;
  error: { code: ErrorCode | 'fetch' | 'permission' | 'file_access' | 'too_large_ask' | 'store'; message: string; size?: number } | null;
  fromCache: boolean;
  /** performance.now() at start, and when the first consultation's sections were shown. */
  startedAt: number;
  sectionsShownMs: number | null;
}

export const EMPTY_SESSION: Session = {
  source: null,
  phase: 'idle',
  progress: { done: 0, total: 0 },
  pages: [],
  docId: null,
  docUrl: null,
  title: '',
  fileName: '',
  detection: null,
  consultations: null,
  error: null,
  fromCache: false,
  startedAt: 0,
  sectionsShownMs: null,
};

export const session = signal<Session>(EMPTY_SESSION);
export const pageLabels = computed(() => session.value.pages.map((p) => p.label));

export function patchSession(p: Partial<Session>): void {
  session.value = { ...session.value, ...p };
}

/** A short message at the bottom of the panel, with an optional undo. */
export interface ToastInfo {
  id: number;
  message: string;
  undo?: () => Promise<void> | void;
  kind?: 'info' | 'error';
}
export const toast = signal<ToastInfo | null>(null);
let toastSeq = 0;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

export function showToast(message: string, opts: { undo?: ToastInfo['undo']; kind?: ToastInfo['kind']; ms?: number } = {}): void {
  const id = ++toastSeq;
  toast.value = { id, message, undo: opts.undo, kind: opts.kind };
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    if (toast.value?.id === id) toast.value = null;
  }, opts.ms ?? (opts.undo ? 10_000 : 4_000));
}

/** Undo the action of the visible toast (Ctrl+Z / u). */
export async function undoLast(): Promise<boolean> {
  const cur = toast.value;
  if (!cur?.undo) return false;
  toast.value = null;
  await cur.undo();
  return true;
}

export const showShortcuts = signal(false);
