/**
 * Markdown. PDF text is hostile input: characters that Markdown could read as syntax anywhere in a
 * line (emphasis, links, code, raw HTML < >, entities &, tables |) are backslash-escaped, and so are
 * list / heading / rule markers at the start of a line, so a renderer shows the text as written.
 */
import { documentTitle, groupHeading, pageText, type ExportModel } from './model.ts';

export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}\[\]<>#|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=>]|\d+(?=[.)]))/, (_m, sp: string, mark: string) =>
      /^\d/.test(mark) ? `${sp}${mark}\\` : `${sp}\\${mark}`,
    );
}

const lines = (s: string): string[] => s.split('\n').map(escapeMarkdown);

export function toMarkdown(model: ExportModel): string {
  const h = model.header;
  const out: string[] = [`# ${escapeMarkdown(documentTitle(h))}`, ''];
  if (h.memberName) out.push(`委員: ${escapeMarkdown(h.memberName)}  `);
  out.push(`質問数: ${model.total}件`, '');
  for (const g of model.groups) {
    out.push(`## ${escapeMarkdown(groupHeading(g))}`, '');
    if (g.docTitle) out.push(`資料: ${escapeMarkdown(g.docTitle)}`, '');
    for (const it of g.items) {
      const page = pageText(it);
      out.push(`**${it.no}.** ${page ? escapeMarkdown(page) : ''}`.trimEnd(), '');
      if (it.quote) out.push(...lines(it.quote).map((l) => `> ${l}`), '');
      out.push(...lines(it.question).map((l, i, a) => (i < a.length - 1 ? `${l}  ` : l)), '');
    }
  }
  return out.join('\n');
}
