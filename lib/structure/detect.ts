/**
 * Is this document consultation material? Read from the first pages (so it can run before the whole
 * PDF is extracted) and from the structure found: 諮問書 pages, consultation numbers in heading
 * position, 諮問事項 headings, security headings. Minutes, newsletters, budgets, tender notices and
 * disclosure decisions are not consultations even when they quote all of these words.
 */
import type { Detection } from '../analysis/schema.ts';
import { numbersIn, type ConsultationRange, type PageInfo } from './consultations.ts';
import type { Ln } from './lines.ts';
import { isSecurityHeading } from './security.ts';
import { REQUEST_HEADINGS, TYPE_PATTERNS, WEAK_TYPE_PATTERNS } from './vocab/consultation-types.ts';
import { ANSWER_LETTER_TITLE, COUNCIL_MATERIAL_HEADER, ITEM_TITLE, NEGATIVE_TITLE, NOTICE_LETTER_TITLE, POSITIVE_TEXT, TITLE_TYPES_WEIGHT } from './vocab/detection.ts';

const ANSWER_WEIGHT = NEGATIVE_TITLE.find((s) => s.id === 'answer')?.weight ?? -0.5;
/** Wording that names a kind of item in a title, strong or weak. */
const TITLE_TYPE_PATTERNS = [...TYPE_PATTERNS, ...WEAK_TYPE_PATTERNS];

/** A letter's own title below its letterhead (文書番号, date, addressee, sender): the page's first 12 lines that are not running. */
function letterTitle(page: PageInfo, re: RegExp): boolean {
  return page.lines.slice(0, 12).some((l) => !l.noise && re.test(l.f));
}

export const DETECTION_PAGES = 5;

export function detect(lines: Ln[], infos: PageInfo[], ranges: ConsultationRange[] = []): Detection {
  const pages = infos.slice(0, DETECTION_PAGES);
  const first = new Set(pages.map((p) => p.page));
  const content = lines.filter((l) => first.has(l.page) && !l.noise);
  const signals: string[] = [];
  let pos = 0;
  let neg = 0;
  const add = (id: string, w: number) => {
    signals.push(`${id}${w >= 0 ? '+' : ''}${w}`);
    if (w >= 0) pos += w;
    else neg += w;
  };
  if (pages.some((p) => p.shimonsho && !p.minutesPage)) add('shimonsho', 0.5);
  if (pages.some((p) => p.anchors.length > 0)) add('number_heading', 0.5);
  // one item number repeated in the running header (【諮問第7号】 on every page)
  else if (new Set(lines.filter((l) => first.has(l.page) && l.noise).flatMap((l) => numbersIn(l.f))).size === 1) add('number_header', 0.5);
  const req = content.findIndex((l) => !l.toc && l.marker && REQUEST_HEADINGS.test(l.marker.title.replace(/\s+/g, '')));
  if (req >= 0) {
    add('request_heading', 0.2);
    // the request names what kind of item it is (「（１）個人情報を取り扱う業務の委託」「（２）…との通信回線による結合」):
    // an item with no number and no 諮問書 still asks the council
    if (TYPE_PATTERNS.some((t) => t.re.test(content.slice(req + 1, req + 4).map((l) => l.f).join('')))) add('request_types', 0.3);
  }
  if (content.some((l) => !l.toc && ((l.marker && isSecurityHeading(l.marker.title)) || (l.rel > 1.05 && isSecurityHeading(l.text))))) add('security_heading', 0.2);
  // the lines joined without breaks: a sentence wrapped over lines is read as one (「…個人情報」「を取り扱うことから、…」)
  const all = content.map((l) => l.f).join('');
  for (const s of POSITIVE_TEXT) if (s.re.test(all)) add(s.id, s.weight);
  // the document's own title: first lines of the first page with text
  const firstPage = pages.find((p) => p.lines.some((l) => !l.noise));
  // numbered items are the agenda of a 次第 page (「２ 前回会議録の確認」), not the document's title
  const titleLines = firstPage ? firstPage.top.slice(0, 5).filter((l) => !l.marker).map((l) => l.f) : [];
  for (const s of NEGATIVE_TITLE) if (titleLines.some((t) => s.re.test(t))) add(s.id, s.weight);
  // handed out as the council's material (its running header), under a title that names a kind of item
  if (lines.some((l) => first.has(l.page) && l.noise && COUNCIL_MATERIAL_HEADER.re.test(l.f))) {
    add(COUNCIL_MATERIAL_HEADER.id, COUNCIL_MATERIAL_HEADER.weight);
    if (titleLines.some((t) => TITLE_TYPE_PATTERNS.some((x) => x.re.test(t)))) add('title_types', TITLE_TYPES_WEIGHT);
  } else if (titleLines.map((t, i) => (titleLines[i - 1] ?? '') + t).some((t) => ITEM_TITLE.re.test(t) && TITLE_TYPE_PATTERNS.some((x) => x.re.test(t)))) {
    // no council header, but the document's own title is an item's, naming its act and asking 「…について」 (each line read
    // with the line before it, for a title that wraps)
    // (「児童館利用者けが・事故記録システム（小型）に記録する個人情報の項目について（新規）」, set 250: a material with no number)
    add(ITEM_TITLE.id, ITEM_TITLE.weight);
  }
  // a formal letter whose title follows the letterhead: the council's 答申書 (its part is `answer`)
  //   (its own title below the letterhead: ANSWER_LETTER_TITLE)
  if (firstPage?.part === 'answer' && !signals.some((x) => x.startsWith('answer'))) {
    add('answer', letterTitle(firstPage, ANSWER_LETTER_TITLE.re) ? ANSWER_LETTER_TITLE.weight : ANSWER_WEIGHT);
  }
  // an office notice's title below its letterhead (「…について（通知）」)
  if (firstPage && letterTitle(firstPage, NOTICE_LETTER_TITLE.re)) add(NOTICE_LETTER_TITLE.id, NOTICE_LETTER_TITLE.weight);
  // a packet that opens with the previous meeting's minutes or an agenda and carries 諮問書 pages later
  const formalLater = ranges.some((r) => r.formalPages.some((p) => p > DETECTION_PAGES));
  // a 諮問書 page beside minutes-like pages: a packet that quotes the previous meeting first
  const formalBeside = pages.some((p) => p.shimonsho && !p.minutesPage);
  if (formalLater || (formalBeside && neg < 0)) {
    if (formalLater) add('shimonsho_later', 0.5);
    if (neg < 0) {
      const back = Math.min(0.6, -neg);
      signals.push(`packet_with_minutes+${back}`);
      neg += back;
    }
  }
  const speakerPages = pages.filter((p) => p.minutesPage).length;
  // speaker lines make a document minutes, unless a 諮問書 page stands beside them
  if (speakerPages > 0 && !formalBeside && !signals.some((s) => s.startsWith('minutes'))) add('speaker_lines', -0.6);
  const score = Math.max(0, Math.min(1, Math.min(1, pos) + neg));
  return { isConsultation: score >= 0.5, score: Math.round(score * 100) / 100, signals };
}
