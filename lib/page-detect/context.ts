/**
 * The words around a link that tell what it is: its list item / table row, the nearest preceding
 * heading and the headings above that one. Pure DOM (works in a content script and in happy-dom).
 */

export interface LinkContext {
  /** Text of the enclosing list item / table row / paragraph (whitespace collapsed, capped). */
  row: string;
  /** Nearest preceding heading first, then each higher-level heading above it. */
  headings: string[];
  /** Landmark the link sits in when it is not the main content ("aside", "nav", "footer", "header"). */
  region: string | null;
}

const MAX_ROW = 400;
const MAX_HEADING = 200;
const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
/** Regions that are not the page's main content: their links are judged by their own heading only. */
const SIDE_REGIONS = 'aside,nav,footer,header,[role="complementary"],[role="navigation"],[role="contentinfo"],[role="banner"]';
/** Heading-like elements inside side regions, which often have no real heading ("<strong>関連情報</strong>"). */
const REGION_TITLE = `${HEADING_SELECTOR},strong,b,caption,legend,summary,dt`;

export function normalizeSpace(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function cap(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function headingLevel(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName.toUpperCase());
  if (m) return Number(m[1]);
  const aria = Number(el.getAttribute('aria-level'));
  return aria >= 1 && aria <= 6 ? aria : 2;
}

/** Element that holds the link's row: list item, table row, definition, paragraph. */
export function rowElement(a: Element): Element | null {
  // A whole list item / table row beats the nearer cell: "資料2 | <a>…</a>" belong together,
  // unless it is a layout table holding many links (old municipal sites): then the nearer block.
  const row = a.closest('li,tr');
  if (row && row.querySelectorAll('a[href]').length <= MAX_ROW_LINKS) return row;
  const block = a.closest('dd,dt,p,td,th,figcaption,li') ?? a.parentElement;
  if (block && block.querySelectorAll('a[href]').length <= MAX_ROW_LINKS) return block;
  return null;
}
/** A "row" with more links than this is a layout container, not the link's own line. */
const MAX_ROW_LINKS = 4;

function rowText(a: Element): string {
  const row = rowElement(a);
  if (!row) return cap(normalizeSpace(`${a.textContent ?? ''} ${textAfter(a)}`), MAX_ROW);
  let t = normalizeSpace(row.textContent);
  // A table row of a file list: add the table's caption, it often names the meeting or the material.
  const table = row.closest('table');
  const caption = table?.querySelector(':scope > caption');
  if (caption) t = `${normalizeSpace(caption.textContent)} ${t}`;
  return cap(t, MAX_ROW);
}

/** Text right after the link up to the next link or line break, e.g. "（PDF：180KB）". */
export function textAfter(a: Element): string {
  let s = '';
  for (let n = a.nextSibling; n && s.length < 80; n = n.nextSibling) {
    if (n.nodeType === 1 && ['A', 'BR', 'LI', 'TR', 'P', 'DIV'].includes((n as Element).tagName.toUpperCase())) break;
    s += n.textContent ?? '';
  }
  return normalizeSpace(s).slice(0, 80);
}

function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING (4): b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** Headings of the document in order, computed once per scan. */
export function collectHeadings(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(HEADING_SELECTOR));
}

/** The last element of `ordered` (document order) that precedes `node`, by binary search. */
function lastBefore(ordered: Element[], node: Node): number {
  let lo = 0;
  let hi = ordered.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (precedes(ordered[mid], node)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Nearest preceding heading, then the nearest preceding one of each higher level. */
function headingChain(headings: Element[], a: Element, within: Element | null): string[] {
  let i = lastBefore(headings, a);
  const out: string[] = [];
  let level = 7;
  for (; i >= 0 && level > 1; i--) {
    const h = headings[i];
    if (within && !within.contains(h)) break;
    if (h.contains(a)) continue;
    const l = headingLevel(h);
    if (l < level) {
      const t = cap(normalizeSpace(h.textContent), MAX_HEADING);
      if (t) out.push(t);
      level = l;
    }
  }
  return out;
}

export function linkContext(a: Element, headings: Element[]): LinkContext {
  const region = a.closest(SIDE_REGIONS);
  let heads: string[];
  if (region) {
    // Do not borrow the main content's heading (a "関連情報" box after "諮問資料集" is not 諮問資料).
    heads = headingChain(headings, a, region);
    if (heads.length === 0) {
      const title = Array.from(region.querySelectorAll(REGION_TITLE)).find(
        (el) => !el.contains(a) && precedes(el, a) && !el.closest('a'),
      );
      const t = cap(normalizeSpace(title?.textContent), MAX_HEADING);
      if (t) heads = [t];
    }
  } else {
    heads = headingChain(headings, a, null);
  }
  const tag = region ? (region.getAttribute('role') ?? region.tagName.toLowerCase()) : null;
  return { row: rowText(a), headings: heads, region: tag };
}
