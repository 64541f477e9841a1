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

export type Issue =
  | { kind: 'missing'; id: SafeguardId; page: number | null; heading: string | null; priority: number }
  | { kind: 'vague'; id: SafeguardId; page: number; quote: string; priority: number }
  | { kind: 'phrase'; ruleAsk: string; id: SafeguardId | null; page: number; quote: string; priority: number }
  | { kind: 'partial'; ruleAsk: string; id: SafeguardId; page: number; quote: string; priority: number }
  | { kind: 'pia'; id: SafeguardId | null; page: number; quote: string; priority: number };

export function draftQuestions(issues: Issue[], doc: TextDocument, modifiers: PriorityModifier[]): Question[] {
  const sorted = [...issues].sort((a, b) => b.priority - a.priority || (a.page ?? 0) - (b.page ?? 0));
  const out: Question[] = [];
  const seen = new Set<string>();
  let generalNoteUsed = false;
  for (const it of sorted) {
    let text: string;
    let quote: string | null = null;
    let page: number | null = it.page;
    if (it.kind === 'missing') {
      const def = SAFEGUARD_BY_ID.get(it.id)!;
      const where = it.page && it.heading
        ? `${pageRef(doc, it.page)}の「${shortQuote(it.heading)}」`
        : '本件の資料';
      text = fill(QUESTION_FORMS.missing, { where, label: def.label, ask: SAFEGUARD_ASKS[it.id].missing });
      quote = it.heading;
    } else if (it.kind === 'vague') {
      text = fill(QUESTION_FORMS.vague, { page: pageRef(doc, it.page), quote: shortQuote(it.quote), ask: SAFEGUARD_ASKS[it.id].vague });
      quote = it.quote;
    } else if (it.kind === 'partial') {
      text = fill(QUESTION_FORMS.partial, { page: pageRef(doc, it.page), quote: shortQuote(it.quote), ask: it.ruleAsk });
      quote = it.quote;
    } else if (it.kind === 'phrase') {
      text = fill(QUESTION_FORMS.vaguePhrase, { page: pageRef(doc, it.page), quote: shortQuote(it.quote), ask: it.ruleAsk });
      quote = it.quote;
    } else {
      text = fill(QUESTION_FORMS.piaIssue, { page: pageRef(doc, it.page), quote: shortQuote(it.quote) });
      quote = it.quote;
    }
    const id = it.id;
    const specific = modifiers.filter((m) => id && m.raises.includes(id));
    const general = modifiers.filter((m) => m.raises.length === 0);
    const notes = [...specific];
    if (!generalNoteUsed && general.length && it.kind !== 'phrase') {
      notes.push(...general);
      generalNoteUsed = true;
    }
    // The reason for the weight comes first, so that the question still ends with its ask (…ください。).
    if (notes.length) text = fill(QUESTION_FORMS.modifierNote, { modifier: [...new Set(notes.map((m) => m.label))].join('・') }) + text;
    const dupKey = `${id ?? ''}|${quote ?? ''}|${it.kind}`;
    if (seen.has(text) || seen.has(dupKey)) continue;
    seen.add(text);
    seen.add(dupKey);
    out.push({ text, safeguard: id, page, quote });
  }
  return out;
}
