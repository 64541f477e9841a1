/**
 * Opening a PDF with pdf.js safely, with typed errors and Japanese messages.
 *
 * Safety: pdfjs-dist 6.5.438 is past CVE-2024-4367 (font code execution, fixed in 4.2.67); in v6 the
 * old `isEvalSupported` switch no longer exists because pdf.js never compiles font code. On top of that:
 * no XFA, no font faces injected into the page (`disableFontFace`), no system fonts, no scripting
 * (the sandbox is never loaded), no WebAssembly image decoders, no range/stream fetching (we pass bytes).
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfjsEnv } from './pdfjs-env.ts';
import { TextEngineError } from './types.ts';

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export const MESSAGES = {
  empty: 'ファイルが空です。PDFを入手し直してください。',
  html: 'このファイルはPDFではなくWebページ（HTML）です。リンク先の資料が移動または削除されている可能性があります。',
  notPdf: 'このファイルはPDFではありません。',
  passwordRequired: 'このPDFはパスワードで保護されています。パスワードを入力してください。',
  passwordIncorrect: 'パスワードが違います。もう一度入力してください。',
  corrupt: 'PDFが壊れているか、途中までしか保存されていないため読み込めません。もう一度ダウンロードしてください。',
  noText: 'このPDFには文字情報がありません（スキャンした画像のみです）。文字認識（OCR）済みのPDFを入手してください。',
  timeout: 'PDFの読み込みが制限時間内に終わりませんでした。ファイルが壊れている可能性があります。',
  tooLarge: (size: number, limit: number) =>
    `このPDFは大きすぎます（${mb(size)} MB、上限 ${mb(limit)} MB）。設定で上限を引き上げると読み込めます。`,
  tooManyPages: (n: number, limit: number) =>
    `このPDFはページ数が多すぎます（${n} ページ、上限 ${limit} ページ）。設定で上限を引き上げると読み込めます。`,
} as const;

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}

/** Rejects what is obviously not a PDF before pdf.js sees it. */
export function sniff(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length === 0) throw new TextEngineError('not_pdf', MESSAGES.empty);
  if (bytes.length > maxBytes) throw new TextEngineError('too_large', MESSAGES.tooLarge(bytes.length, maxBytes));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    const isHtml = /<(!doctype|html|head|body|title|meta)\b/i.test(head) || /^\s*</.test(head);
    throw new TextEngineError('not_pdf', isHtml ? MESSAGES.html : MESSAGES.notPdf);
  }
}

export function openTask(bytes: Uint8Array, env: PdfjsEnv, password: string | undefined): PDFDocumentLoadingTask {
  return env.pdfjs.getDocument({
    data: bytes.slice(), // pdf.js transfers (detaches) the buffer it gets
    password,
    cMapUrl: env.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: env.standardFontDataUrl,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
}

/** Maps a pdf.js loading failure to a TextEngineError. */
export function loadError(e: unknown, password: string | undefined): TextEngineError {
  const err = e as { name?: string; code?: number };
  if (err?.name === 'PasswordException') {
    // code 1: NEED_PASSWORD, 2: INCORRECT_PASSWORD
    const incorrect = err.code === 2 || (err.code !== 1 && !!password);
    return incorrect
      ? new TextEngineError('password_incorrect', MESSAGES.passwordIncorrect)
      : new TextEngineError('password_required', MESSAGES.passwordRequired);
  }
  if (e instanceof TextEngineError) return e;
  return new TextEngineError('corrupt', MESSAGES.corrupt);
}

/** Races a promise with a time limit and an abort signal. */
export function guard<T>(p: Promise<T>, ms: number, signal: AbortSignal | undefined, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    const onAbort = () => reject(abortError(signal));
    if (signal) {
      if (signal.aborted) onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
    }
    p.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    });
  });
}

export function abortError(signal: AbortSignal | undefined): Error {
  const r = signal?.reason;
  return r instanceof Error ? r : new DOMException('読み込みを中止しました。', 'AbortError');
}

export type { PDFDocumentProxy };
