/** Drafting the advance questions (事前質問) from the judgement. */
import type { Question, SafeguardId } from '../analysis/schema.ts';
import { QUESTION_FORMS, SAFEGUARD_ASKS } from './data/question-templates.ts';
import { SAFEGUARD_BY_ID } from './data/safeguards.ts';
import type { PriorityModifier } from './data/expectations.ts';
import type { TextDocument } from '../text/types.ts';

/** How a page is cited: the printed label when there is one, else the PDF page. */
export function pageRef(doc: TextDocument, index: number): string {
  const p = doc.pages.find((x) => x.index === index);
  const label = p?.label?.trim();
  if (label) return /^\d+$/.test(label) ? `${label}ページ` : label;
  return `PDFの${index}ページ`;
}

export function fill(form: string, vars: Record<string, string>): string {
  return form.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** One quote as shown inside 「」: line breaks removed, at most ~60 characters. */
export function shortQuote(q: string, max = 60): string {
  const one = q.replace(/\s*\n\s*/g, '').trim();
  return one.length > max ? one.slice(0, max) + '…' : one;
}

/** One finding to ask about. `unit` is the sentence it quotes (issues on the same sentence become one question). */
export type Issue =
  | { kind: 'missing'; id: SafeguardId; page: number | null; heading: string | null; priority: number }
  | { kind: 'vague'; id: SafeguardId; page: number; unit?: number; quote: string; priority: number }
  | { kind: 'phrase'; ruleAsk: string; id: SafeguardId | null; page: number; unit?: number; quote: string; priority: number }
  | { kind: 'partial'; ruleAsk: string; id: SafeguardId; page: number; unit?: number; quote: string; priority: number }
  | { kind: 'pia'; id: SafeguardId | null; page: number; quote: string; priority: number }
  | { kind: 'choice'; id: SafeguardId | null; page: number; unit?: number; quote: string; labels: string; extra: string | null; priority: number }
  | { kind: 'deferred'; ask: string; id: null; page: number; unit?: number; quote: string; priority: number }
  | { kind: 'conflict'; ruleAsk: string; id: SafeguardId | null; page: number; unit?: number; quote: string; other: string; otherPage: number; priority: number };

interface Draft {
  head: string;
  /** Each ask with the phrase it is about (shown before a merged ask when it differs from the quote). */
  asks: { ask: string; quote: string | null }[];
  id: SafeguardId | null;
  kind: Issue['kind'];
  page: number | null;
  quote: string | null;
  unit?: number;
}

/**
 * The same finding repeated word for word on other pages (a phrase printed on every page of a long
 * document) is asked once, at its first page, with the count of the other places.
 */
function mergeRepeats(sorted: Issue[]): { issue: Issue; more: number }[] {
  const first = new Map<string, { issue: Issue; more: number }>();
  const out: { issue: Issue; more: number }[] = [];
  for (const it of sorted) {
    if (it.kind === 'vague' || it.kind === 'partial' || it.kind === 'phrase') {
      const key = `${it.kind}|${it.id}|${'ruleAsk' in it ? it.ruleAsk : ''}|${it.quote}`;
      const seen = first.get(key);
      if (seen) {
        if (seen.issue.page !== it.page) seen.more++;
        continue;
      }
      const entry = { issue: it, more: 0 };
      first.set(key, entry);
      out.push(entry);
    } else out.push({ issue: it, more: 0 });
  }
  return out;
}

function draftOf(it: Issue, doc: TextDocument, more = 0): Draft {
  if (it.kind === 'missing') {
    const def = SAFEGUARD_BY_ID.get(it.id)!;
    const where = it.page && it.heading ? `${pageRef(doc, it.page)}の「${shortQuote(it.heading)}」` : '本件の資料';
    return { head: fill(QUESTION_FORMS.missing, { where, label: def.label, ask: '' }), asks: [{ ask: SAFEGUARD_ASKS[it.id].missing, quote: null }], id: it.id, kind: it.kind, page: it.page, quote: it.heading };
  }
  if (it.kind === 'pia') {
    return { head: fill(QUESTION_FORMS.piaIssue, { page: pageRef(doc, it.page), quote: shortQuote(it.quote) }), asks: [], id: it.id, kind: it.kind, page: it.page, quote: it.quote };
  }
  if (it.kind === 'choice') {
    const head = fill(QUESTION_FORMS.choice, { page: pageRef(doc, it.page), quote: shortQuote(it.quote), labels: it.labels });
    return { head, asks: it.extra ? [{ ask: it.extra, quote: null }] : [], id: it.id, kind: it.kind, page: it.page, quote: it.quote, unit: it.unit };
  }
  if (it.kind === 'deferred') {
    const head = fill(QUESTION_FORMS.deferred, { page: pageRef(doc, it.page), quote: shortQuote(it.quote) });
    return { head, asks: [{ ask: it.ask, quote: null }], id: null, kind: it.kind, page: it.page, quote: it.quote, unit: it.unit };
  }
  if (it.kind === 'conflict') {
    const head = fill(QUESTION_FORMS.conflict, { page: pageRef(doc, it.page), quote: shortQuote(it.quote), otherPage: pageRef(doc, it.otherPage), other: shortQuote(it.other) });
    return { head, asks: [{ ask: it.ruleAsk, quote: null }], id: it.id, kind: it.kind, page: it.page, quote: it.quote, unit: it.unit };
  }
  const ask = it.kind === 'vague' ? SAFEGUARD_ASKS[it.id].vague : it.ruleAsk;
  const form = it.kind === 'vague' ? QUESTION_FORMS.vague : it.kind === 'partial' ? QUESTION_FORMS.partial : QUESTION_FORMS.vaguePhrase;
  const page = pageRef(doc, it.page) + (more > 0 ? fill(QUESTION_FORMS.elsewhere, { n: String(more) }) : '');
  return { head: fill(form, { page, quote: shortQuote(it.quote), ask: '' }), asks: [{ ask, quote: it.quote }], id: it.id, kind: it.kind, page: it.page, quote: it.quote, unit: it.unit };
}

/**
 * Questions in priority order (missing, then vague and partial, then phrases; modifiers raise a category).
 * One question per sentence: a second finding on the same sentence adds its ask to the first question
 * (「また、…」) instead of repeating the quote; an identical ask is not repeated.
 */
export function draftQuestions(issues: Issue[], doc: TextDocument, modifiers: PriorityModifier[]): Question[] {
  const sorted = [...issues].sort((a, b) => b.priority - a.priority || (a.page ?? 0) - (b.page ?? 0));
  const drafts: Draft[] = [];
  const byUnit = new Map<number, Draft>();
  const seenAsk = new Set<string>();
  for (const { issue: it, more } of mergeRepeats(sorted)) {
    const d = draftOf(it, doc, more);
    const key = `${d.kind === 'missing' ? 'missing|' + d.id : ''}|${d.head}|${d.asks.map((a) => a.ask).join('')}`;
    if (seenAsk.has(key)) continue;
    seenAsk.add(key);
    const same = d.unit !== undefined ? byUnit.get(d.unit) : undefined;
    if (same) {
      for (const a of d.asks) if (!same.asks.some((x) => x.ask === a.ask) && same.asks.length < 3) same.asks.push(a);
      if (!same.id && d.id) same.id = d.id;
      continue;
    }
    if (d.unit !== undefined) byUnit.set(d.unit, d);
    drafts.push(d);
  }
  const out: Question[] = [];
  let generalNoteUsed = false;
  for (const d of drafts) {
    let text = d.head + d.asks.map((a, i) => {
      if (i === 0) return a.ask;
      const about = a.quote && d.quote && !d.quote.includes(a.quote) ? fill(QUESTION_FORMS.about, { quote: shortQuote(a.quote) }) : '';
      return QUESTION_FORMS.also + about + a.ask;
    }).join('');
    const specific = modifiers.filter((m) => d.id && m.raises.includes(d.id));
    const general = modifiers.filter((m) => m.raises.length === 0);
    const notes = [...specific];
    if (!generalNoteUsed && general.length && d.kind !== 'phrase') {
      notes.push(...general);
      generalNoteUsed = true;
    }
    // The reason for the weight comes first, so that the question still ends with its ask (…ください。).
    if (notes.length) text = fill(QUESTION_FORMS.modifierNote, { modifier: [...new Set(notes.map((m) => m.label))].join('及び') }) + text;
    out.push({ text, safeguard: d.id, page: d.page, quote: d.quote });
  }
  return out;
}
