/**
 * Is a link (text + surroundings + URL) or an HTML page consultation material?
 * Pure functions: the browser content script gathers the candidates and calls these.
 * Vocabulary and weights: ./vocab/detection.ts.
 */
import { fold } from './normalize.ts';
import { LINK_CONTEXT, LINK_NEGATIVE, LINK_POSITIVE, type Signal } from './vocab/detection.ts';

export interface LinkCandidate {
  href: string;
  text: string;
  /** Text around the link: its list item / table row / preceding heading. */
  context: string;
}
export interface Verdict {
  isConsultation: boolean;
  score: number;
  signals: string[];
}

const THRESHOLD = 0.5;

function fileName(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function apply(sigs: Signal[], text: string, out: string[], prefix = ''): number {
  let sum = 0;
  for (const s of sigs) {
    if (s.re.test(text)) {
      sum += s.weight;
      out.push(`${prefix}${s.id}`);
    }
  }
  return sum;
}

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

export function scoreLink(c: LinkCandidate): Verdict {
  const signals: string[] = [];
  const href = c.href.trim();
  // links to the same page, scripts and mail addresses are not documents
  if (!href || /^(?:#|\?|javascript:|mailto:|tel:)/i.test(href)) return { isConsultation: false, score: 0, signals: ['same_page'] };
  const isPdf = /\.pdf(?:$|[?#])/i.test(href);
  if (isPdf) signals.push('pdf');
  const text = fold(c.text);
  const name = fold(fileName(href).replace(/\.pdf$/i, ''));
  // the link text says what it is; a readable file name may add to it
  let pos = Math.min(1, apply(LINK_POSITIVE, text, signals));
  const fromName = /[^\x00-\x7f]/.test(name) || /shimon|shinsa|pia/i.test(name) ? apply(LINK_POSITIVE, name, signals, 'file:') : 0;
  pos = Math.min(1, Math.max(pos, fromName));
  const neg = Math.min(apply(LINK_NEGATIVE, text, signals), apply(LINK_NEGATIVE, name, [], 'file:'));
  let score = pos + neg;
  // a council's materials page makes an ambiguous document link more likely
  if (pos > 0 && neg === 0) score += apply(LINK_CONTEXT, fold(c.context), signals, 'context:');
  // a web page (not a document) needs an explicit consultation number or title
  if (!isPdf && !signals.includes('number') && !signals.includes('shimon')) score = Math.min(score, 0.4);
  const s = round(score);
  return { isConsultation: s >= THRESHOLD, score: s, signals };
}

/** An HTML page: is it consultation material itself, or a council page listing such material? */
export function scorePage(title: string, bodyText: string): Verdict {
  const signals: string[] = [];
  const t = fold(title);
  const body = fold(bodyText.slice(0, 20000));
  let score = 0;
  const add = (id: string, w: number, hit: boolean) => {
    if (!hit) return;
    signals.push(id);
    score += w;
  };
  add('council', 0.25, /審議会/.test(t + body.slice(0, 3000)));
  add('title_materials', 0.3, /会議資料|諮問資料|審議会資料|諮問/.test(t));
  add('number', 0.35, /諮問第?[0-9一二三四五六七八九十]+号/.test(body));
  add('request_wording', 0.2, /諮問事項|諮問書|意見を求め/.test(body));
  add('security_wording', 0.1, /個人情報保護対策|保護措置|安全対策|セキュリティ対策/.test(body));
  for (const s of LINK_NEGATIVE) {
    if (s.id === 'minutes' || s.id === 'list') continue; // materials pages are often 「会議録・会議資料」 lists
    if (s.re.test(t)) {
      signals.push(`title:${s.id}`);
      score += s.weight;
    }
  }
  const s = round(score);
  return { isConsultation: s >= THRESHOLD, score: s, signals };
}
