/**
 * Tables of contents and agenda lists: lines that name sections without being them.
 * A security heading listed in a 目次 / 項目一覧 must not be taken for the section itself.
 */
import { titleLike } from './headings.ts';
import type { Ln } from './lines.ts';
import { TOC_TITLES } from './vocab/document-parts.ts';

const DOT_LEADER = /[.．・…‥·]{3,}\s*[0-9０-９]+\s*$/;

function short(l: Ln): boolean {
  return titleLike(l.text, 60);
}

export function markToc(lines: Ln[]): void {
  const content = lines.filter((l) => !l.noise);
  // 1. dot leaders with page numbers
  for (const l of content) if (DOT_LEADER.test(l.text)) l.toc = true;
  // 2. a 目次 / 項目一覧 title and the short lines after it (continuing onto following all-short pages)
  for (let k = 0; k < content.length; k++) {
    if (!TOC_TITLES.some((re) => re.test(content[k].f))) continue;
    content[k].toc = true;
    let page = content[k].page;
    let j = k + 1;
    for (; j < content.length; j++) {
      const l = content[j];
      if (l.page !== page) {
        const pageLines = content.filter((x) => x.page === l.page);
        const shortShare = pageLines.filter(short).length / Math.max(1, pageLines.length);
        if (shortShare < 0.9) break;
        page = l.page;
      }
      if (!short(l)) break;
      l.toc = true;
    }
    k = j - 1;
  }
  // 3. runs of ≥4 consecutive same-style numbered short headings with nothing in between
  let run: Ln[] = [];
  const flush = () => {
    if (run.length >= 4) for (const l of run) l.toc = true;
    run = [];
  };
  for (const l of content) {
    const m = l.marker;
    const prev = run[run.length - 1];
    if (m && m.num !== null && titleLike(m.title, 30)) {
      if (prev && prev.marker!.style === m.style && prev.marker!.num! + 1 === m.num) run.push(l);
      else {
        flush();
        run = [l];
      }
    } else flush();
  }
  flush();
}
