/**
 * Running headers and footers, and printed page labels.
 *
 * A line in the top or bottom margin zone of a page is "running" when a line of the same shape (digits
 * ignored) sits in the same zone on other pages, or when it is a bare page number. The printed page label
 * of a page is read from such lines: 「- 3 -」→"3", 「3」, 「P.5」→"5", 「3/10」→"3", 「資料3-2」.
 */
import type { PageText, TextLine } from './types.ts';

/** Share of the page height at the top and bottom that counts as margin. */
const ZONE = 0.12;
/** Lines per zone considered. */
const PER_ZONE = 3;

function nfkc(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const DASH = '[-‐‑‒–—―−ー－]';
const PAGE_PATTERNS: RegExp[] = [
  new RegExp(`^${DASH}\\s*(\\d{1,4})\\s*${DASH}$`),
  /^[(（]\s*(\d{1,4})\s*[)）]$/,
  /^(?:P|p|ｐ|Ｐ)\s*\.?\s*(\d{1,4})$/,
  /^(?:page|Page|PAGE)\s*(\d{1,4})$/,
  /^(\d{1,4})\s*(?:\/|of)\s*\d{1,4}$/,
  /^(?:第\s*)?(\d{1,4})\s*(?:ページ|頁)$/,
  /^(\d{1,4})$/,
];
const MATERIAL_PATTERN = new RegExp(`^((?:参考)?資料\\s*\\d+(?:\\s*${DASH}\\s*\\d+)+)$`);

/** The printed page number in a line's text, or null. */
export function pageNumberOf(text: string): string | null {
  const t = nfkc(text);
  for (const re of PAGE_PATTERNS) {
    const m = re.exec(t);
    if (m) return String(Number(m[1]));
  }
  return null;
}

/** 「資料3-2」-style material page label, normalised ("資料3-2"), or null. */
export function materialLabelOf(text: string): string | null {
  const t = nfkc(text);
  const m = MATERIAL_PATTERN.exec(t);
  if (!m) return null;
  return m[1].replace(/\s+/g, '').replace(new RegExp(DASH, 'g'), '-');
}

function zoneLines(p: PageText): { top: TextLine[]; bottom: TextLine[] } {
  const h = p.height || 842;
  const top = p.lines.filter((l) => l.y < ZONE * h).slice(0, PER_ZONE);
  const bottom = p.lines.filter((l) => l.y + l.height > (1 - ZONE) * h).slice(-PER_ZONE);
  return { top, bottom };
}

function shape(l: TextLine): string {
  return nfkc(l.text).replace(/\d+/g, '#').replace(/\s/g, '');
}

/** The label of one page from its own margin lines (page number first, then 「資料n-m」). */
export function detectLabel(p: PageText): string | null {
  const { top, bottom } = zoneLines(p);
  for (const l of [...bottom].reverse().concat(top)) {
    const n = pageNumberOf(l.text);
    if (n !== null) return n;
  }
  for (const l of [...top, ...bottom]) {
    const m = materialLabelOf(l.text);
    if (m) return m;
  }
  return null;
}

/**
 * Sets `running` on the margin lines that repeat across pages (and on bare page numbers) and `label`
 * on every page. Mutates and returns the pages.
 */
export function markRunning(pages: PageText[]): PageText[] {
  const zoneShapes = pages.map((p) => {
    const z = zoneLines(p);
    return { top: new Set(z.top.map(shape)), bottom: new Set(z.bottom.map(shape)), z };
  });
  const count = new Map<string, number>();
  for (const zs of zoneShapes) {
    for (const s of zs.top) count.set(`t:${s}`, (count.get(`t:${s}`) ?? 0) + 1);
    for (const s of zs.bottom) count.set(`b:${s}`, (count.get(`b:${s}`) ?? 0) + 1);
  }
  const minRepeat = pages.length >= 3 ? 2 : 2;
  pages.forEach((p, i) => {
    const { z } = zoneShapes[i];
    for (const [zone, lines] of [['t', z.top], ['b', z.bottom]] as const) {
      for (const l of lines) {
        const repeated = (count.get(`${zone}:${shape(l)}`) ?? 0) >= minRepeat && pages.length >= 2;
        if (repeated || pageNumberOf(l.text) !== null || materialLabelOf(l.text) !== null) l.running = true;
      }
    }
    p.label = detectLabel(p);
  });
  return pages;
}
