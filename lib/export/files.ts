/** File names for downloads, e.g. 「事前質問_令和7年度第3回_山田.csv」. */
import type { ExportHeader } from './model.ts';

/** Characters Windows, macOS or Linux refuse in file names, plus control characters. */
const BAD = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

export function safeFilePart(s: string): string {
  return s.replace(BAD, '_').replace(/\s+/g, '_').replace(/^[._]+|[._]+$/g, '').slice(0, 60);
}

export function exportFileName(h: ExportHeader, ext: string): string {
  const parts = ['事前質問', h.meetingName, h.memberName].map(safeFilePart).filter(Boolean);
  return `${parts.join('_')}.${ext}`;
}
