/**
 * PDF bytes → pages of lines. (Walking-skeleton version: lines by baseline; refined by the text engine.)
 */
import type { PdfjsEnv } from './pdfjs-env.ts';
import { repairText } from './repair.ts';
import { TextEngineError, type PageText, type TextDocument, type TextLine } from './types.ts';

export interface ExtractOptions {
  password?: string;
  onPage?: (page: PageText, pageCount: number) => void;
  signal?: AbortSignal;
}

export async function extractText(bytes: Uint8Array, env: PdfjsEnv, opts: ExtractOptions = {}): Promise<TextDocument> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new TextEngineError('not_pdf', 'このファイルはPDFではありません。');
  const task = env.pdfjs.getDocument({
    data: bytes.slice(),
    password: opts.password,
    cMapUrl: env.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: env.standardFontDataUrl,
    enableXfa: false,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'PasswordException') {
        throw new TextEngineError(
          opts.password ? 'password_incorrect' : 'password_required',
          opts.password ? 'パスワードが違います。' : 'このPDFはパスワードで保護されています。',
        );
      }
      throw new TextEngineError('corrupt', 'PDFが壊れているため読み込めません。');
    }
    const pages: PageText[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      const page = await doc.getPage(i);
      const vp = page.getViewport({ scale: 1 });
      const tc = await page.getTextContent();
      const lines: TextLine[] = [];
      let cur: TextLine | undefined;
      for (const it of tc.items) {
        if (!('str' in it)) continue;
        const [a, , , d, x, yb] = it.transform as number[];
        const fs = Math.abs(d) || Math.abs(a);
        const y = vp.height - yb - fs;
        if (it.str && (!cur || Math.abs(cur.y - y) > fs / 2)) {
          cur = { page: i, text: '', x, y, width: 0, height: fs, fontSize: fs, bold: false, running: false };
          lines.push(cur);
        }
        if (cur && it.str) {
          cur.text += repairText(it.str);
          cur.width = Math.max(cur.width, x + it.width - cur.x);
        }
        if (it.hasEOL) cur = undefined;
      }
      const real = lines.filter((l) => l.text.trim() !== '');
      const pt: PageText = {
        index: i,
        label: null,
        hasText: real.length > 0,
        width: vp.width,
        height: vp.height,
        lines: real,
        text: real.map((l) => l.text).join('\n'),
      };
      pages.push(pt);
      opts.onPage?.(pt, doc.numPages);
      page.cleanup();
    }
    if (pages.length > 0 && pages.every((p) => !p.hasText)) {
      throw Object.assign(new TextEngineError('no_text_layer', 'このPDFには文字情報がありません（スキャン画像のみ）。'), {
        document: { pageCount: pages.length, pages },
      });
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await task.destroy();
  }
}
