/**
 * Lines → consultations and their security-measure sections.
 *
 * buildLines (noise flags, markers) → markToc → pageInfos / findConsultations (bundle split)
 * → detect → per consultation: buildSections (heading tree), title, types, security sections.
 */
import type { Detection } from '../analysis/schema.ts';
import type { PageText, TextDocument } from '../text/types.ts';
import { consultationTitle, consultationTypes } from './consultation-meta.ts';
import { findConsultations, NUMBER_RE, numbersIn, pageInfos, type ConsultationRange } from './consultations.ts';
import { jointItems } from './joint-items.ts';
import { DETECTION_PAGES, detect } from './detect.ts';
import { buildLines, type Ln } from './lines.ts';
import { buildSections } from './sections.ts';
import { findSecuritySections } from './security.ts';
import { markToc } from './toc.ts';
import type { ConsultationFound, DocumentStructure } from './types.ts';

export function analyzeStructure(doc: TextDocument): DocumentStructure {
  const lines = buildLines(doc);
  markToc(lines);
  const infos = pageInfos(lines, doc.pageCount);
  let ranges = findConsultations(lines, infos);
  const detection = detect(lines, infos, ranges);
  if (!detection.isConsultation) return { detection, consultations: [] };
  if (!ranges.length && lines.length) {
    const first = lines[0];
    const last = lines[lines.length - 1];
    // the item's number may be printed only in the running header (【諮問第7号】 on every page)
    const inHeaders = [...new Set(lines.filter((l) => l.noise).flatMap((l) => numbersIn(l.f)))];
    const number = inHeaders.length === 1 ? inHeaders[0] : splitTitleNumber(lines);
    ranges = [{ key: 'document', number, pageStart: first.page, pageEnd: last.page, from: 0, to: lines.length, formalPages: infos.filter((p) => p.shimonsho).map((p) => p.page), label: null }];
  }
  // an item printed in two places (諮問書 first, explanation later) is one consultation
  const groups = new Map<string, ConsultationRange[]>();
  for (const r of ranges) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
  // where items end and start (a page shared by two items)
  const ends = new Set(ranges.map((r) => r.to));
  const starts = new Set(ranges.map((r) => r.from));
  const consultations: ConsultationFound[] = [];
  for (const segs of groups.values()) {
    const head = segs[0];
    const perSeg = segs.map((r) => ({ r, headings: buildSections(lines, r.from, r.to) }));
    const title = consultationTitle(lines, head);
    const found: ConsultationFound = {
      number: head.number,
      title,
      types: consultationTypes(lines, head, perSeg.flatMap((s) => s.headings), title),
      pageStart: Math.min(...segs.map((s) => s.pageStart)),
      pageEnd: Math.max(...segs.map((s) => s.pageEnd)),
      securitySections: perSeg.flatMap(({ r, headings }) => findSecuritySections(lines, headings, r.from, r.to)),
    };
    // a page shared with the item before or after (one segment only: an item in pieces keeps whole pages)
    if (segs.length === 1) {
      const first = lines[head.from];
      // (another item's text, not a preamble the items share: 「第２ 経緯」 before 「第３ …（諮問第３号）」)
      if (first && ends.has(head.from) && textBefore(lines, head.from, first.page)) found.firstLine = first.src;
      const next = lines[head.to];
      if (next && starts.has(head.to) && textBefore(lines, head.to, next.page)) found.nextItemLine = next.src;
    }
    // one document for several items (「諮問第３号、諮問第４号」): one consultation per number, each of its own types
    const joint = segs.length === 1 ? jointItems(lines, head) : null;
    if (joint) for (const j of joint) consultations.push({ ...found, number: j.number, types: j.types });
    else consultations.push(found);
  }
  consultations.sort((a, b) => a.pageStart - b.pageStart);
  return { detection, consultations };
}

/** Does page `page` hold body text (not a running header or label) before line `i`? */
function textBefore(lines: Ln[], i: number, page: number): boolean {
  for (let j = i - 1; j >= 0 && lines[j].page === page; j--) if (!lines[j].noise) return true;
  return false;
}

/**
 * The item's number printed across a line break in its title (「…の収集について（諮」「問第４号）」): the first lines
 * joined two by two, a number found only where the two meet.
 */
function splitTitleNumber(lines: Ln[]): string | null {
  const head = lines.slice(0, 8).filter((l) => !l.noise);
  for (let k = 0; k + 1 < head.length; k++) {
    const a = head[k].f;
    if (numbersIn(a).length || numbersIn(head[k + 1].f).length) continue;
    const joined = a + head[k + 1].f;
    for (const m of joined.matchAll(NUMBER_RE)) {
      if (m.index! < a.length && m.index! + m[0].length > a.length) return m[0];
    }
  }
  return null;
}

/** Detection from the first pages only (e.g. while a large PDF is still being extracted). */
export function detectDocument(pages: PageText[]): Detection {
  const first = pages.slice(0, DETECTION_PAGES);
  const doc: TextDocument = { pageCount: first.length, pages: first };
  const lines = buildLines(doc);
  markToc(lines);
  const infos = pageInfos(lines, doc.pageCount);
  return detect(lines, infos, findConsultations(lines, infos));
}
