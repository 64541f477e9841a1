/** Find which page a selected quote comes from, and the words around it (to re-anchor later). */
import { buildSearchKey, findInDisplay } from '../text/search-key.ts';
import type { Anchor } from '../notes/model.ts';

export interface PageLike {
  index: number;
  label: string | null;
  text: string;
}

const CONTEXT = 24;

/** Anchor for `quote` on the first page in [from, to] (inclusive) that contains it; null if none. */
export function locateQuote(pages: PageLike[], quote: string, from = 1, to = Number.MAX_SAFE_INTEGER): Anchor | null {
  const q = quote.trim();
  if (!q) return null;
  for (const p of pages) {
    if (p.index < from || p.index > to) continue;
    const [hit] = findInDisplay(p.text, q, buildSearchKey(p.text));
    if (hit) {
      return {
        page: p.index,
        pageLabel: p.label,
        quote: hit.quote,
        prefix: p.text.slice(Math.max(0, hit.start - CONTEXT), hit.start),
        suffix: p.text.slice(hit.end, hit.end + CONTEXT),
      };
    }
  }
  return null;
}

/** 「資料 p.N」: the printed page label when there is one, else the PDF page index. */
export function pageRef(page: number, label: string | null | undefined): string {
  return label && label.trim() ? label.trim() : String(page);
}

/** The PDF's URL opened at a page (the built-in viewers understand #page=N). */
export function pageHref(url: string, page: number): string {
  const base = url.replace(/#.*$/, '');
  return `${base}#page=${page}`;
}
