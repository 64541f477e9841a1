/**
 * Title and types of one consultation, from its 諮問書 (件名, 諮問事項), its 「諮問事項」 section,
 * its title line and its headings.
 */
import type { ConsultationType } from '../analysis/schema.ts';
import type { ConsultationRange } from './consultations.ts';
import { NUMBER_RE, PART_OF_ITEM, rowSegments, wrapFinishes } from './consultations.ts';
import type { Ln } from './lines.ts';
import { fold } from './normalize.ts';
import type { Heading } from './sections.ts';
import { sectionBody } from './sections.ts';
import { titleLike } from './headings.ts';
import { BODY_TYPE_PATTERNS, FALLBACK_TYPE_PATTERNS, PURPOSE_HEADINGS, PURPOSE_TYPE_PATTERNS, REQUEST_HEADINGS, SECTION_TYPE_HEADINGS, SYSTEM_FALLBACK_TYPE_PATTERNS, TYPE_PATTERNS, WEAK_TYPE_PATTERNS } from './vocab/consultation-types.ts';
import { SHIMONSHO_TITLE } from './vocab/document-parts.ts';

const DATE_RE = /^(?:令和|平成|昭和|R|H)[0-9元]+年[0-9]+月[0-9]+日|^[0-9]{4}年[0-9]+月[0-9]+日/;
const DEPT_RE = /(?:課|部|室|局|係|所|センター|事務局|委員会|市長|区長|町長|村長|知事)$/;
/** A form's 件名 label at the start of its row (「件名　…について」). */
const SUBJECT_LABEL = /^件\s*名\s*[:：]?\s*/;
const TITLE_END = /(?:について|の件|に係る諮問|に関する諮問|について[(（][^)）]*[)）])$/;

function stripNumber(s: string): string {
  return s
    .replace(/[(（〔【［\[]?\s*(?:(?:令和|平成)\s*[0-9０-９元]+\s*年度\s*)?(?:諮\s*問|議\s*案)\s*第\s*[0-9０-９一二三四五六七八九十百〇]+\s*号\s*[)）〕】］\]]?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function contentOf(lines: Ln[], r: ConsultationRange): Ln[] {
  return lines.slice(r.from, r.to).filter((l) => !l.noise && !l.toc);
}

export function consultationTitle(lines: Ln[], r: ConsultationRange): string {
  const content = contentOf(lines, r);
  // 0. an item that starts at a part of a joint document headed by its number (「第３ 目的外利用の内容（諮問第３号）」): the
  //   document's own list of its items names it (「１ 諮問第３号 避難行動要支援者名簿の作成に係る個人情報の目的外利用について」)
  if (r.number && content[0]?.marker && PART_OF_ITEM.test(content[0].f)) {
    const n = r.number;
    for (let k = r.from - 1; k >= 0 && k >= r.from - 80; k--) {
      const f = lines[k].f.replace(/^(?:[0-9]+[.．]?|[(（][0-9]+[)）]|[①-⑳])/, '');
      if (f.startsWith(n) && f.length > n.length + 4 && !lines[k].toc && !/…|‥|\.{3}/.test(f) && !PART_OF_ITEM.test(lines[k].f)) return stripNumber(lines[k].text).replace(/^(?:[0-9０-９]+[.．]?|[(（][0-9０-９]+[)）]|[①-⑳])\s*/, '');
    }
  }
  // 1. 件名 on the 諮問書
  for (const l of content) {
    if (!r.formalPages.includes(l.page)) continue;
    const m = l.text.match(/^(?:[0-9０-９]+[.．\s]*)?件\s*名\s*[:：]?\s*(.*)$/);
    if (m) {
      const at = content.indexOf(l);
      // the title's last words wrapped onto a short line of their own (「…本人以外の者からの収集に」「ついて」)
      const withWrap = (t: string, k: number): string => {
        const w = content[k];
        if (TITLE_END.test(fold(t)) || !w || w.page !== l.page || w.marker || !wrapFinishes(fold(t), w, TITLE_END)) return t;
        return t + w.text.trim();
      };
      if (m[1].trim()) return stripNumber(withWrap(m[1], at + 1));
      const nx = content[at + 1];
      if (nx) return stripNumber(withWrap(nx.text, at + 2));
    }
  }
  // 2. the request letter's own title 「…について（諮問）」, its first line joined when it wraps
  //   (「健診予約・結果管理クラウドサービスの契約更新に伴う業務委託及びシステム」「の変更について（諮問）」)
  for (let k = 0; k < content.length; k++) {
    const l = content[k];
    if (!r.formalPages.includes(l.page) || !/について[(（]諮問[)）]$/.test(l.f)) continue;
    let t = l.text.replace(/\s*[(（]\s*諮\s*問\s*[)）]\s*$/, '');
    const prev = content[k - 1];
    // (not the addressee 「…会長 様」 or the sender 「春霞町長 木之本 遥」 above a one-line title)
    if (fold(t).length < 16 && prev && prev.page === l.page && !prev.marker && !DATE_RE.test(prev.f) && !/(様|殿)$|(長|知事)[\s　]|(長|知事)$/.test(prev.text)) t = prev.text + t;
    return stripNumber(t);
  }
  // 3. title line near the top of the first non-formal page
  const firstPage = content.find((l) => !r.formalPages.includes(l.page))?.page ?? r.pageStart;
  const top = content.filter((l) => l.page === firstPage).slice(0, 10);
  // a form's 件名 row at the top (「件名　町立保育所の…の導入について（新規）」 under the form's header line
  // 「令和８年度 山茶花町個人情報保護審議会 諮問第７号」, which is not the title)
  const named = top.find((l) => SUBJECT_LABEL.test(l.text) && l.text.replace(SUBJECT_LABEL, '') !== '');
  if (named) return stripNumber(named.text.replace(SUBJECT_LABEL, ''));
  let best: { text: string; score: number } | null = null;
  for (let k = 0; k < top.length; k++) {
    const l = top[k];
    let t = stripNumber(l.text);
    // (a 【諮問第２号】 bracket before the title is the item's number, not a heading marker)
    //  (so is 「■ 諮問第４号 …の取扱い」: a symbol before the number)
    const numberMarker = !!l.marker && (fold(l.text).replace(/^[【〔\[(]/, '').search(NUMBER_RE) === 0 || (l.marker.style.startsWith('sym:') && l.marker.title.search(NUMBER_RE) === 0));
    if (!t || DATE_RE.test(fold(t)) || (DEPT_RE.test(fold(t)) && t.length < 30) || /^資料/.test(t) || (l.marker && !numberMarker)) continue;
    if (l.marker?.style.startsWith('sym:')) t = stripNumber(l.text.trim().slice(l.marker.marker.length));
    // a title wrapped over two lines: join when the next line ends it
    const nx = top[k + 1];
    //   (or its last words alone: 「…登記情報の取得に」「ついて」)
    const joined = !TITLE_END.test(fold(t)) && !!nx && !nx.marker && Math.abs(nx.rel - l.rel) < 0.05 && (TITLE_END.test(fold(stripNumber(nx.text))) || wrapFinishes(fold(t), nx, TITLE_END));
    if (joined) t = stripNumber(t + nx.text);
    let score = l.rel * 10;
    if (TITLE_END.test(fold(t))) score += 5;
    // (the number printed after the wrapped words, 「…宅地建物取引業協会への提」「供について（諮問第３号）」, set 265: the
    // joined title has it, and the wrapped line is not a title of its own)
    if (numbersInText(l.text) || (joined && numbersInText(nx.text))) score += 2;
    // the council's name as a page header (「…個人情報保護審議会 資料１」)
    if (/審議会$|審議会資料[0-9]*(-[0-9]+)?$/.test(fold(t))) score -= 6;
    if (!best || score > best.score) best = { text: t, score };
    if (joined) k++;
  }
  // a form's labels left before the title when their cells share its line (「諮問番号　件名　…について」)
  return best ? best.text.replace(/^(?:諮問番号\s*)?件\s*名\s*[:：]?\s*/, '') || best.text : (r.number ?? '');
}

function numbersInText(s: string): boolean {
  return new RegExp(NUMBER_RE.source).test(fold(s));
}

/** 「外部結合ではなく」: what comes before 「ではなく」 in its clause is what the item is not. */
const NOT_THIS_BUT = /[^、。\n]{1,24}?ではなく/g;

/** 「【１ 諮問事項】」「（２）諮問の内容」: a label printed with its bracket and number, read as the bare label. */
const BRACKETED_LABEL = /^[【〔［\[(（]?[0-9]{0,2}[.．、)）]?([^【〔［\[(（)）】〕］\]]{2,16})[】〕］\])）]?$/;

/** The types whose pattern the text holds, in the patterns' order. */
export function matchTypes(text: string, pats: { type: ConsultationType; re: RegExp }[]): ConsultationType[] {
  const out: ConsultationType[] = [];
  // a defined short name is not part of the sentence (「受給者情報を県国民健康保険団体連合会（以下「国保連」という。）に提供すること」)
  let t = text.includes('以下') ? text.replace(/[(（]以下[^()（）]{0,30}という。?[)）]/g, '') : text;
  // an act named only to say the item is not it (「…結ぶことはない。このため、外部結合ではなく外部提供として諮問する。」, set 262)
  if (t.includes('ではなく')) t = t.replace(NOT_THIS_BUT, '');
  for (const p of pats) if (p.re.test(t) && !out.includes(p.type)) out.push(p.type);
  return out;
}

/** A sentence that says what the item does in the law's words (「…本人以外から収集するものであり」「…収集することとなるため」). */
//   (or one that links the city's system in the law's words: 「…同事業者の電子計算組織と町の端末を通信回線で結合する。」)
const ACT_SENTENCE = /(?:する|される)(?:もの(?:であ|です|となる|になる)|こと(?:となる|になる|とな|にな))|通信回線(?:で|により|によって)結合(?:する|し)/;
/** A request the item leaves to a later consultation (「…その際は改めて諮問する」「将来的には…を検討している」). */
const LATER_REQUEST = /改めて(?:諮問|お諮り|審議会に)|その際(?:に)?は|将来(?:的に)?(?:は)?[^。]{0,30}検討/;

/** The ordinance's word for the city's computer (「電子計算組織」「電子計算機」). */
const NAMED_COMPUTER = /電子計算(?:組織|機)/;
/** The acts such a sentence may name (not a system change or a recording: 「記録している項目をそのまま移行するものであり」). */
const ACT_TYPES: ReadonlySet<ConsultationType> = new Set(['indirect_collection', 'external_linkage', 'outsourcing', 'purpose_external_use', 'external_provision']);

/** A sentence that asks the council or says what the item legally is (「…として意見を求める」「…の結合に当たる」). */
const REQUEST_SENTENCE = /意見を(?:求め|お聞き|伺い|いただき)|諮問(?:する|します|いたします)|に当た(?:る|り)|に該当(?:する|し)/;

/** Up to three lines under line `k` on its page, stopping at the next numbered line: a label's wrapped text. */
function linesUnder(content: Ln[], k: number): string[] {
  const out: string[] = [];
  for (let j = k + 1; j < content.length && j <= k + 3 && !content[j].marker && content[j].page === content[k].page; j++) out.push(content[j].f);
  return out;
}

/** The text that states what is requested: 諮問書 「諮問事項」 lines and 「諮問事項」 section bodies. */
function requestText(lines: Ln[], r: ConsultationRange, headings: Heading[]): string {
  const content = contentOf(lines, r);
  const parts: string[] = [];
  for (let k = 0; k < content.length; k++) {
    const l = content[k];
    // 「（諮問事項）個人情報を取り扱う業務の委託内容の変更、及び…との通信回線による結合」: a bracketed label and its text
    //   on one line, near the item's head
    //   (or as a label: 「諮問事項：電子計算組織への記録及び…結合」)
    const inline = k < 40 ? l.f.match(/^(?:[(（【〔\[]諮問(?:事項|の内容|内容|の区分)[)）】〕\]]|諮問(?:事項|の内容|内容|の区分)[:：])(.+)$/) : null;
    if (inline) parts.push(inline[1]);
    // 「諮問の種別　情報システムの導入、実施機関以外のものとの通信回線による結合」: a form's row, label and value on one line
    //   (or a form's row labelled 「区分」 alone: 「区 分　電子計算組織への記録・外部結合」)
    const row = k < 40 ? l.f.match(/^(?:諮問(?:の)?(?:種別|区分|種類)|区 ?分)[:：]?(.{4,})$/) : null;
    if (row) parts.push(row[1]);
    // 「諮問事項」 printed alone as a plain line (not found as a heading) near the item's head: the lines under it, up to
    // the next numbered line
    //   (「【１ 諮問事項】」 with its bracket and number, on an A3 sheet whose headings are not taken, set 262)
    if (k < 40 && (REQUEST_HEADINGS.test(l.f) || REQUEST_HEADINGS.test(l.f.replace(BRACKETED_LABEL, '$1')))) parts.push(...linesUnder(content, k));
    // a table row whose left cell is the label (an A3 「個人情報取扱事務の概要」 sheet: 「諮問事項｜電子計算組織への記録（…）｜
    // ③ 台帳システムは…」 with the measures' column beside it): the cell beside the label
    const cells = k < 40 ? l.src.cells : undefined;
    if (cells && cells.length > 1 && REQUEST_HEADINGS.test(fold(cells[0]))) parts.push(fold(cells[1]));
    if (!r.formalPages.includes(l.page)) continue;
    const m = l.f.match(/^(?:[0-9]+\.?)?諮問(?:事項|の趣旨|の?内容)[:：]?(.*)$/);
    if (m) {
      // continuation lines up to the next numbered line, joined to it: the request wraps (「…電子計算組織との通信」「回線による結合」)
      parts.push(m[1] + linesUnder(content, k).join(''));
    }
  }
  // the formal page's request paragraph, between its title and 「記」 or the first numbered line
  // (e.g. 「…特定個人情報保護評価書について、貴審議会の点検を求めます」), joined across line wraps
  for (const p of r.formalPages) {
    const pl = content.filter((l) => l.page === p).sort((a, b) => a.src.y - b.src.y || a.src.x - b.src.x);
    // the title row (possibly letter-spaced over several items on one baseline)
    let titleY = -1;
    for (const l of pl) {
      const row = pl.filter((o) => Math.abs(o.src.y - l.src.y) <= Math.max(2, l.src.fontSize / 3));
      if (rowSegments(row).some((seg) => SHIMONSHO_TITLE.test(seg.map((o) => o.f).join('')))) {
        titleY = l.src.y + l.src.fontSize / 3;
        break;
      }
    }
    const left = Math.min(...pl.map((l) => l.src.x));
    // first line below the title; -1 when there is no title or the title is the page's last row
    const first = titleY < 0 ? -1 : pl.findIndex((l) => l.src.y > titleY);
    let para = '';
    for (let k = first; k >= 0 && k < pl.length; k++) {
      if (pl[k].f === '記' || pl[k].marker) break;
      if (pl[k].src.x > left + 200 && para === '') continue; // dates / sender printed at the right
      para += pl[k].f;
    }
    parts.push(para);
  }
  for (const h of headings) {
    const title = fold(h.title);
    // the body's lines joined: a sentence wraps (「…本人以外」「から個人情報を収集すること」)
    if (REQUEST_HEADINGS.test(title) || REQUEST_HEADINGS.test(besideHeading(title))) parts.push(sectionBody(lines, h).slice(0, 8).map((l) => l.f).join(''));
    // the label and the request on the heading's own line (「1. 諮問の内容 財務会計システムの債権者情報に…記録すること（電子計算組」,
    // 「織への記録）」 wrapped below it)
    else if (LABEL_THEN_REQUEST.test(title)) parts.push(title.replace(LABEL_THEN_REQUEST, '$1') + sectionBody(lines, h).slice(0, 3).map((l) => l.f).join(''));
    // a 諮問書 whose 「記」 heads the request with the item's number alone (「【諮問第２号】」 then 「…を電子申請サービスで受け
    // 付けること、及び…を同サービスに記録することについて」)
    else if (r.formalPages.length && BARE_NUMBER_HEADING.test(title)) {
      const body = sectionBody(lines, h).slice(0, 4);
      if (body.length && r.formalPages.includes(body[0].page)) parts.push(body.map((l) => l.f).join(''));
    }
  }
  return parts.join('\n');
}

/**
 * Two column headings printed on one baseline and read as one line (an A3 sheet: 「１ 諮問事項」 at the left, 「４ 対象者」
 * at the right, read 「諮問事項 4 対象者」): the left one, when the rest is a short numbered heading.
 */
function besideHeading(t: string): string {
  const m = /^(\S{2,16}?)\s*[0-9]{1,2}[.．]?\s*[^\s。、]{2,12}$/.exec(t);
  return m ? m[1] : '';
}

/** A request heading's label with the request itself beside it on the same line. */
const LABEL_THEN_REQUEST = /^諮問(?:事項|の内容|内容|の区分|の種類|の種別|する事項)[:：\s]*(\S.{3,})$/;

/** A heading that is an item's number alone, bracketed or not. */
const BARE_NUMBER_HEADING = /^[〔【\[［(（]?(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号[〕】\]］)）]?$/;

/** A use for another purpose stated other than by the consent ground 第69条第2項第1号 (which provisions share). */
//   (not a measure forbidding it: 「保護司には、連絡票の目的外利用と複写を禁止する旨の確認書を提出していただきます」, set 223)
const EXPLICIT_OTHER_USE = /(?:法|法律)第69条第2項第2号|相当な理由のある内部利用|利用目的以外の目的(?:のため)?に(?:利用|使用)|目的外(?:の)?利用(?![^。]{0,20}(?:禁止|禁ず|しない|させない|行わない|の防止))/;

/**
 * 第69条第2項第4号 is a use for another purpose too only where the item speaks of research or statistics (domain.md §1); a
 * provision to a committee's members under it is a provision (「…第６９条第２項第４号及び…要綱第１０条（審査委員会への意見
 * 聴取）」, set 227).
 */
const FOURTH_GROUND = /(?:法|法律)第69条第2項第4号/;
const RESEARCH = /統計|研究/;

/** A heading that forbids or limits what it names (a measure, not the item's act). */
const FORBIDS = /(?:禁止|制限|しない(?:こと)?|させない(?:こと)?|禁ずる|の防止)$/;
/**
 * A numbered measure's first line that wraps mid-sentence (「⑫ 事業者との契約に町の個人情報取扱特記事項を付し、目的外利用、第三」,
 * set 213): a clause ends inside it, so it is a sentence, not a title naming the item's act.
 */
const SENTENCE_CLAUSE = /(?:し|して|り|て|め|け|せ|え|れ)、/;

/** A checklist's row read as a heading: a question and its mark (「外部に委託するか ― 該当なし」「…を暗号化しているか ×」). */
const CHECKLIST_ROW = /か ?(?:[○〇×✕―\-△]|該当なし)|該当なし$/;

/** 「…システムのクラウドサービスへの移行」 in an item's title. */
//   (not the occasion of another act: 「…システムの標準準拠システムへの移行に伴うデータ移行業務の委託について」 is an outsourcing)
const TITLE_SYSTEM_MOVE = /システム(?:の)?[^。、]{0,16}(?:への|に)移行(?!に伴う|に係る|に関する|のため)/;

/**
 * A sentence of the request that says an act is not done (「なお、本件において外部とのオンライン結合は行わない。」, set 223):
 * it names the act only to exclude it.
 */
const DENIED_ACT = /(?:は|も)[^。、]{0,6}(?:行わ(?:ない|ず)|行いません|実施(?:しない|しません)|しない|しません|ありません)$/;

/** The request without its sentences that deny an act. */
function withoutDenials(req: string): string {
  return req.includes('ない') || req.includes('ません')
    ? req.split('\n').map((p) => p.split('。').filter((t) => !DENIED_ACT.test(t.trim())).join('。')).join('\n')
    : req;
}

export function consultationTypes(lines: Ln[], r: ConsultationRange, headings: Heading[], title: string): ConsultationType[] {
  const req = withoutDenials(requestText(lines, r, headings));
  let types = matchTypes(req, TYPE_PATTERNS);
  const requested = types.length > 0;
  // headings that are titles, not numbered sentences (「（１）委託契約書に…目的外の利用の禁止…を課す。」)
  //   (not a measure's heading that forbids the act: 「ア 目的外の利用、複写及び第三者への提供の禁止」)
  //   (nor a checklist's row, a question with its mark: 「外部に委託するか ― 該当なし」, set 227)
  if (!types.length) types = matchTypes(headings.filter((h) => titleLike(h.title) && !FORBIDS.test(fold(h.title)) && !SENTENCE_CLAUSE.test(fold(h.title)) && !CHECKLIST_ROW.test(fold(h.title))).map((h) => fold(h.title)).join('\n') + '\n' + fold(title), TYPE_PATTERNS);
  // a camera's item (「村営バス車内への防犯カメラの設置について」) with a section 「外部への提供」 on the rules for giving footage
  // to the police: the item collects; the section is one of its measures
  if (!requested && types.length === 1 && types[0] === 'external_provision' && !matchTypes(fold(title), TYPE_PATTERNS).length) {
    const weak = matchTypes(fold(title), WEAK_TYPE_PATTERNS);
    if (weak.includes('indirect_collection') && !weak.includes('external_provision')) types = ['indirect_collection'];
  }
  // the sentence that makes the request, wherever it stands in the item's first lines (「…実施機関以外のものとの結合として
  // 意見を求める。」 in a 「１ 何をするのか」 section)
  // (read also when only headings named a type: 「■ 委託する事業者と運用の体制」 under a request sentence that names 委託 and
  // 結合; the item's lines are read only when no request section named one)
  let content: Ln[] | null = null;
  const itemLines = () => (content ??= contentOf(lines, r));
  //   (without the title's own lines: joined to the request sentence under them, 「…通報システムの導入について」 would name a
  //   system change the request does not ask about, set 276)
  let opening: string[] = [];
  if (!requested) {
    const bareTitle = fold(title).replace(/\s/g, '');
    opening = itemLines().slice(0, 40).filter((l) => !(l.f.length >= 8 && bareTitle.includes(l.f.replace(/\s/g, '')))).map((l) => l.f).join('').split('。');
  }
  //   (beside a heading's type, only the acts: an ordinance amendment's request names the PIA it adds to the council's work)
  //   (not a request left to later: 「なお、将来的には電子申請による受付も検討しているが、その際は改めて諮問する」, set 265)
  const asked = matchTypes(opening.filter((t) => REQUEST_SENTENCE.test(t) && !LATER_REQUEST.test(t)).join('\n'), TYPE_PATTERNS);
  //   (a system named in the title (「…手続支援システムの導入について」) under a sentence that asks about the acts themselves
  //   (「…電子計算組織への記録及び個人情報の目的外利用について諮問します」): the acts are the item, not a change of a system)
  if (types.length === 1 && types[0] === 'system_change' && asked.length && !asked.includes('system_change')) types = [...asked];
  const hadTypes = types.length > 0;
  for (const t of asked) if (!types.includes(t) && (!hadTypes || ACT_TYPES.has(t))) types.push(t);
  // or a sentence that says what the item does in the law's words (「…本人以外から収集するものであり、また、…システムに
  // 通信回線で結合するものです」) under a title that names no act (「…照会の電子化について」)
  if (!types.length) {
    const acts = opening.filter((t) => ACT_SENTENCE.test(t)).join('\n');
    // (a recording named in the ordinance's words is the act too: 「…台帳にまとめ、…電子計算組織に記録するものです」, set 201)
    types = matchTypes(acts, TYPE_PATTERNS).filter((t) => ACT_TYPES.has(t) || (t === 'computer_recording' && NAMED_COMPUTER.test(acts)));
  }
  // weak title wording and the legal provision the item relies on, together (「…名簿情報の…への提供について」 under
  // 法第69条第2項第4号: a provision that is also a use for another purpose)
  if (!types.length) {
    const text = itemLines().map((l) => l.f).join('');
    let body = matchTypes(text, BODY_TYPE_PATTERNS);
    // (and the request's own words: 「１ 諮問事項　避難行動要支援者名簿の自主防災組織及び民生委員への提供について」)
    types = matchTypes(fold(title) + '\n' + req, WEAK_TYPE_PATTERNS);
    // a camera's footage given to the police (「通学路防犯カメラの画像の警察への提供について」, set 269): the item provides
    // what the camera took; the camera is not put up by it (the authors of sets 39, 46, 57, 175 and 264 type such items
    // external_provision alone)
    if (types.includes('external_provision') && types.includes('indirect_collection') && !/設置|増設|導入|運用|撮影する|収集|取得/.test(fold(title))) types = types.filter((t) => t !== 'indirect_collection');
    // 第69条第2項第1号 (本人の同意) is the ground for a provision as much as for a use: the title that names a provision decides
    if (types.includes('external_provision') && !EXPLICIT_OTHER_USE.test(text) && !(FOURTH_GROUND.test(text) && RESEARCH.test(text))) body = body.filter((t) => t !== 'purpose_external_use');
    for (const t of body) if (!types.includes(t)) types.push(t);
  }
  // what the item's own sections say it does, added to the rest (a 「結合先」 section; recording in the city's system)
  const extra = [
    // a 「記録する個人情報」 list under a request that already names the item's types (「情報システムの変更」) is that
    // system's data, not a separate 電子計算組織への記録; so is one under a title or heading that names the system's
    // introduction (「…相談記録システムの導入について」 over 「５ 記録する個人情報」, set 223; authors of earlier sets split 6 to 2)
    ...headings.flatMap((h) => matchTypes(fold(h.title), SECTION_TYPE_HEADINGS)).filter((t) => !((requested || types.includes('system_change')) && t === 'computer_recording')),
    ...matchTypes(headings.filter((h) => PURPOSE_HEADINGS.test(fold(h.title))).flatMap((h) => sectionBody(lines, h).slice(0, 8).map((l) => l.f)).join(''), PURPOSE_TYPE_PATTERNS),
  ];
  // a title that names a move of the system itself (「…システムのクラウドサービスへの移行について」) is a system change
  // beside whatever the request names (external_linkage for the connection to the cloud)
  if (types.length && !types.includes('system_change') && TITLE_SYSTEM_MOVE.test(fold(title))) extra.push('system_change');
  // the title names an act the request does not (「…データの共同研究のための目的外利用及び提供について」 under a request
  // that speaks only of the provision): the item is both
  //   (not 「…システムの導入について」 alone: a system brought in by a linkage or a recording is not a change of the city's system)
  if (requested) extra.push(...matchTypes(fold(title), TYPE_PATTERNS).filter((t) => t !== 'system_change'));
  for (const t of extra) if (!types.includes(t)) types.push(t);
  // nothing named the item's act: what its text says it does (vocab/consultation-types.ts FALLBACK_TYPE_PATTERNS)
  //   (then, when not even those name one, an item that brings in a service or system: SYSTEM_FALLBACK_TYPE_PATTERNS)
  if (!types.length) {
    const text = itemLines().map((l) => l.f).join('');
    types = matchTypes(text, FALLBACK_TYPE_PATTERNS);
    if (!types.length) types = matchTypes(text, SYSTEM_FALLBACK_TYPE_PATTERNS);
  }
  if (!types.length) types = ['other'];
  return types;
}
