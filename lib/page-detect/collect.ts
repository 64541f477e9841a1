/** Find the links to PDFs in a document, with their text and surroundings. Pure DOM. */
import { collectHeadings, linkContext, normalizeSpace, textAfter, type LinkContext } from './context.ts';
import { resolvePdfLink, type PdfTarget } from './pdf-url.ts';

export interface PdfLink extends PdfTarget, LinkContext {
  /** The anchor element (not serialisable; stays in the content script). */
  element: Element;
  /** href attribute as written in the page. */
  href: string;
  /** Visible text of the link (or its image alt / title / aria-label). */
  text: string;
}

/** Cap on links examined per page, so a huge page cannot stall the tab. */
export const MAX_LINKS = 3000;

function linkText(a: Element): string {
  const t = normalizeSpace(a.textContent);
  if (t) return t;
  const img = a.querySelector('img[alt]');
  return normalizeSpace(img?.getAttribute('alt') || a.getAttribute('title') || a.getAttribute('aria-label'));
}


export function collectPdfLinks(doc: Document, baseUrl: string = doc.baseURI || doc.URL): PdfLink[] {
  const anchors = Array.from(doc.querySelectorAll('a[href], area[href]')).slice(0, MAX_LINKS);
  const headings = collectHeadings(doc);
  const out: PdfLink[] = [];
  for (const a of anchors) {
    if (a.closest('[data-shingi-lens-mark]')) continue; // our own marks
    const href = a.getAttribute('href') ?? '';
    const text = linkText(a);
    const target = resolvePdfLink(href, baseUrl, { type: a.getAttribute('type'), label: `${text} ${textAfter(a)}` });
    if (!target) continue;
    out.push({ ...target, ...linkContext(a, headings), element: a, href, text });
  }
  return out;
}
