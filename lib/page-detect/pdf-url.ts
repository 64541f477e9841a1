/** Link href → absolute URL of a PDF, its `#page=` and a readable file name. Pure (URL API only). */

export interface PdfTarget {
  /** Absolute URL as the browser would follow it (fragment kept, e.g. "#page=9"). */
  url: string;
  /** Identity of the document: absolute URL without the fragment (query kept). */
  docUrl: string;
  /** Page from "#page=N" (1-based), or null. */
  page: number | null;
  /** Last path segment, percent-decoded ("防犯カメラ設置に係る諮問資料（諮問第498号）.pdf"). */
  fileName: string;
}

const SKIP_SCHEMES = /^(javascript|mailto|tel|data|blob|about):/i;

/** Percent-decode without throwing on malformed sequences (e.g. Shift_JIS bytes "%82%A0"). */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Resolve an href against a base URL; null for links that lead nowhere (javascript:, mailto:, "#x"). */
export function resolveHref(href: string | null | undefined, baseUrl: string): URL | null {
  const raw = (href ?? '').trim();
  if (!raw || SKIP_SCHEMES.test(raw)) return null;
  try {
    return new URL(raw, baseUrl);
  } catch {
    return null;
  }
}

/** "#page=9", "#page=9&zoom=100", "#zoom=80&page=3" → 9 / 3; otherwise null. */
export function pageFromHash(hash: string): number | null {
  const m = /(?:^#|&)page=(\d{1,6})(?:&|$)/.exec(hash);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 ? n : null;
}

function endsWithPdf(s: string): boolean {
  return /\.pdf$/i.test(safeDecode(s).trim());
}

/** Does the URL point at a PDF by its path, or by a query value naming a .pdf file (download.php?file=a.pdf)? */
export function urlLooksLikePdf(u: URL): boolean {
  if (endsWithPdf(u.pathname)) return true;
  for (const v of u.searchParams.values()) if (endsWithPdf(v)) return true;
  return false;
}

/** Japanese CMS pages label file links "（PDF：180KB）", "(PDF形式 1.2MB)", "[PDFファイル／120KB]". */
export const PDF_SIZE_LABEL = /PDF\s*(?:形式|ファイル)?\s*[：:／/、,\s]\s*[\d.,]+\s*[KkMm]i?B|PDF\s*(?:形式|ファイル)/;

export function toPdfTarget(u: URL): PdfTarget {
  const noHash = new URL(u.href);
  noHash.hash = '';
  const segs = u.pathname.split('/').filter(Boolean);
  let fileName = safeDecode(segs[segs.length - 1] ?? '');
  if (!endsWithPdf(fileName)) {
    for (const v of u.searchParams.values()) if (endsWithPdf(v)) fileName = safeDecode(v).split('/').pop() ?? fileName;
  }
  return { url: u.href, docUrl: noHash.href, page: pageFromHash(u.hash), fileName };
}

/**
 * Resolve a link as a PDF target. `hints` are what the page says about the link besides its URL:
 * the anchor's `type` attribute and the label text right after it ("（PDF：180KB）").
 */
export function resolvePdfLink(
  href: string | null | undefined,
  baseUrl: string,
  hints: { type?: string | null; label?: string } = {},
): PdfTarget | null {
  const u = resolveHref(href, baseUrl);
  if (!u) return null;
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return null;
  const byType = /application\/pdf/i.test(hints.type ?? '');
  const byLabel = hints.label != null && PDF_SIZE_LABEL.test(hints.label);
  if (!urlLooksLikePdf(u) && !byType && !byLabel) return null;
  // A link to the same page ("?year=2021", "#top") is not a document even when a label says PDF.
  if (!urlLooksLikePdf(u) && !byType) {
    const base = resolveHref(baseUrl, baseUrl);
    if (base && base.origin === u.origin && base.pathname === u.pathname) return null;
  }
  return toPdfTarget(u);
}
