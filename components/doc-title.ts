/**
 * A readable title for a document, from its first page: the run of largest lines near the top
 * (letter-spaced cover titles 「令 和 4 年 度」 closed up), not a date or a page number. A generic
 * heading alone (「諮問書」「資料」) gives way to the first consultation's title; else the file name.
 */
import type { PageText } from '../lib/text/types.ts';

const DATE = /^(令和|平成|昭和)?\s*[0-9０-９元]+\s*年.*日/;
const PAGE_NO = /^[-－\s0-9０-９]+$/;
const GENERIC = /^(諮問書|答申書|資料\s*[0-9０-９-－]*|別紙\s*[0-9０-９]*|目次|次第|会議資料)$/;

/** 「令 和 4 年 度 第 3 回」 → 「令和4年度第3回」: spaces between single characters of a letter-spaced line. */
function closeUp(s: string): string {
  const parts = s.split(/\s+/);
  const single = parts.filter((p) => [...p].length === 1).length;
  return parts.length >= 2 && single / parts.length >= 0.7 ? parts.join('') : s;
}

export function guessTitle(pages: PageText[], fileName: string, firstConsultationTitle?: string): string {
  const lines = (pages[0]?.lines ?? []).slice(0, 15).filter((l) => {
    const s = l.text.trim();
    return !l.running && s.length >= 3 && !DATE.test(s) && !PAGE_NO.test(s);
  });
  const max = Math.max(0, ...lines.map((l) => l.fontSize));
  const first = lines.findIndex((l) => l.fontSize >= max - 0.5);
  const run: string[] = [];
  for (let i = first; i >= 0 && i < lines.length && lines[i].fontSize >= max - 0.5 && run.length < 3; i++) run.push(closeUp(lines[i].text.trim()));
  let title = run.join(' ').slice(0, 80);
  if ((!title || GENERIC.test(title)) && firstConsultationTitle) title = firstConsultationTitle.slice(0, 80);
  return title || fileName.replace(/\.pdf$/i, '');
}
