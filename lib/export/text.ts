/** Plain text: the clipboard text and the body of the e-mail. */
import { documentTitle, groupHeading, pageText, type ExportModel } from './model.ts';

const indent = (s: string, pad: string): string => s.split('\n').join(`\n${pad}`);

/** The numbered question list, grouped by consultation. */
export function questionListText(model: ExportModel): string {
  const out: string[] = [];
  for (const g of model.groups) {
    out.push(`■ ${groupHeading(g)}`);
    if (g.docTitle) out.push(`  （資料: ${g.docTitle}）`);
    out.push('');
    for (const it of g.items) {
      const page = pageText(it);
      out.push(`${it.no}. ${page ? `【${page}】` : ''}`.trimEnd());
      if (it.quote) out.push(`   該当箇所: 「${indent(it.quote, '   ')}」`);
      out.push(`   質問: ${indent(it.question, '   ')}`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** Title, member line and the list: what the clipboard receives. */
export function toText(model: ExportModel): string {
  const h = model.header;
  const lines = [documentTitle(h)];
  if (h.memberName) lines.push(`委員: ${h.memberName}`);
  lines.push(`質問数: ${model.total}件`, '');
  return lines.join('\n') + '\n' + questionListText(model);
}
