/** Small in-repo fixtures for the review engine: TextDocument / ConsultationFound built from strings. */
import type { ConsultationType, SafeguardId } from '../../lib/analysis/schema.ts';
import type { ConsultationFound, SectionRole } from '../../lib/structure/types.ts';
import type { PageText, TextDocument } from '../../lib/text/types.ts';
import { buildSearchKey } from '../../lib/text/search-key.ts';
import type { Unit } from '../../lib/review/units.ts';
import { mentionsInUnit, vagueInUnit } from '../../lib/review/detect.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { describe, expect, it } from 'vitest';

export function makeDoc(pages: (string | { text: string; label?: string | null })[]): TextDocument {
  const out: PageText[] = pages.map((p, i) => {
    const text = typeof p === 'string' ? p : p.text;
    const label = typeof p === 'string' ? String(i + 1) : (p.label ?? null);
    return {
      index: i + 1,
      label,
      hasText: true,
      width: 595,
      height: 842,
      lines: text.split('\n').map((t, j) => ({ page: i + 1, text: t, x: 50, y: 50 + j * 14, width: 400, height: 10, fontSize: 10, bold: false, running: false })),
      text,
    };
  });
  return { pageCount: out.length, pages: out };
}

export interface SectionSpec {
  heading: string;
  page: number;
  pageEnd?: number;
  /** The heading that ends the section (on pageEnd); default: the end of pageEnd. */
  until?: string;
  role?: SectionRole;
}

/** A consultation whose security sections run from their heading line to `until` (exclusive). */
export function makeConsultation(
  doc: TextDocument,
  spec: { types: ConsultationType[]; pageStart?: number; pageEnd?: number; number?: string; sections?: SectionSpec[] },
): ConsultationFound {
  const sections = (spec.sections ?? []).map((s) => {
    const pageEnd = s.pageEnd ?? s.page;
    const parts: string[] = [];
    for (let i = s.page; i <= pageEnd; i++) {
      let t = doc.pages[i - 1].text;
      if (i === s.page) t = t.slice(t.indexOf(s.heading) + s.heading.length);
      if (i === pageEnd && s.until && t.includes(s.until)) t = t.slice(0, t.indexOf(s.until));
      parts.push(t.trim());
    }
    return { heading: s.heading, pageStart: s.page, pageEnd, text: parts.join('\n'), lines: [], role: s.role ?? 'primary' };
  });
  return {
    number: spec.number ?? '諮問第1号',
    title: 'テスト',
    types: spec.types,
    pageStart: spec.pageStart ?? 1,
    pageEnd: spec.pageEnd ?? doc.pageCount,
    securitySections: sections,
  };
}

/** One sentence as a section unit. */
export function unitOf(text: string): Unit {
  const sk = buildSearchKey(text);
  return { index: 0, page: 1, start: 0, end: text.length, text, sk, key: sk.key, place: 'section' };
}

/**
 * One consultation whose only security section (「5 安全対策」, up to 「6 スケジュール」) holds the given measure
 * sentences, with optional lines before it and after its end (a 別紙): the status of a category and the vague phrases reported.
 */
export function reviewMeasures(types: ConsultationType[], measures: string[], before: string[] = [], after: string[] = []) {
  const doc = makeDoc([[...before, '5 安全対策', ...measures, '6 スケジュール', '令和8年4月 開始', ...after].join('\n')]);
  const c = makeConsultation(doc, { types, sections: [{ heading: '5 安全対策', page: 1, until: '6 スケジュール' }] });
  const r = reviewConsultation(c, doc);
  return { status: (id: string) => r.safeguards.find((s) => s.id === id)?.status, phrases: r.vaguePhrases.map((v) => v.quote), questions: r.questions.map((q) => q.text) };
}

/** The ids of the vague rules one sentence triggers. */
export const vagueRuleIds = (s: string) => vagueInUnit(unitOf(s)).map((h) => h.rule.id);

/** The categories found in one sentence (read as a measure). */
export const foundIn = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));

/** One test per sentence: the category is found in it, or not. */
export function describeWording(title: string, list: [SafeguardId, string, boolean][]): void {
  describe(title, () => {
    for (const [id, sentence, expected] of list) {
      it(`${expected ? 'finds' : 'does not find'} ${id} in 「${sentence}」`, () => {
        expect(foundIn(sentence).has(id)).toBe(expected);
      });
    }
  });
}
