/**
 * Splitting a document (possibly a 150-page bundle) into consultations.
 *
 * A consultation starts on a page that carries its number in a heading position (諮問書 page with
 * 「諮問番号 諮問第N号」, a title line 「（諮問第N号）」「〔諮問第N号〕」, 「諮問第N号 所管課」 at the top)
 * and runs until the next consultation starts, a non-consultation part starts (報告, 参考資料, 要録,
 * 次第, 一覧 …) or the material label printed at the top of the page changes (資料2-1 → 資料3).
 * Pages that list several numbers (次第, 諮問事項一覧, 目次, previous minutes) are never anchors.
 */
import type { Ln } from './lines.ts';
import { topLabel } from './lines.ts';
import { fold } from './normalize.ts';
import { titleLike } from './headings.ts';
import { TYPE_PATTERNS } from './vocab/consultation-types.ts';
import { NON_CONSULTATION_PARTS, SHIMONSHO_TITLE } from './vocab/document-parts.ts';

/** 諮問第N号 (optionally with its year), and 議案第N号 where a council numbers its items as 議案. */
export const NUMBER_RE = /(?:(?:令和|平成|R|H)[0-9元]+年度)?(?:諮問|議案)第([0-9一二三四五六七八九十百〇]+)号/g;
const RANGE_RE = /(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号?[～~〜\-－ー―から]+(?:諮問|議案)?第?[0-9一二三四五六七八九十百〇]+号/;
/**
 * A number inside a sentence (text before it, a particle after it): 「…平成３０年度に諮問第２号として承認を受け…」 cites an
 * earlier item; an item's own number stands alone, at the start or the end of its line (「諮問第３号 件名」「…審議会 諮問第３号」).
 */
const CITED_IN_TEXT = /[^\s　【〔\[［(（]\s?(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号(?:として|により|に基づ|で|を|に(?!つ)|の(?!件))/;
/**
 * An item number cited in running text or a form's row: 「…諮問第４号により承認を得ている」「…諮問第９号に係る答申」
 * 「既承認の諮問　令和３年度諮問第１２号（令和３年８月２０日答申）」「諮問第８号のオンライン申請で受け付けた…、」
 * 「審議会の答申（諮問第２号及び第４号に対するもの）の附帯意見を受け」; the approved item a change compares itself with
 * (「項目　変更前（令和６年度諮問第３号）　変更後」), or that a change's title names (「（令和７年度諮問第１８号の変更）」);
 * a number glossed in brackets and then read on (「平成２９年度の諮問第４号（立会人名簿のＥｘｃｅｌ管理）の審議では、」).
 */
const CITED_NUMBER = /(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号(?:の(?:一部)?変更[)）]|で(?:作成|整備|収集|取得|利用|提供|記録|定め|抽出)|により|による|に基づ|において|で承認|の承認|に係る答申|に対する答申|の答申|をもって|として|[(（][^)）]{0,20}答申[)）]|(?:[(（][^)）。]{1,30}[)）])?の(?!件)[^。]{1,40}[、。])|(?:既承認|承認済|前回|過去)[^。]{0,12}(?:諮問|議案)第|(?:変更前|現行|従前|当初)[(（]?(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第|(?:答申|附帯意見)[(（][^)）]{0,10}(?:諮問|議案)第|(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号(?:及び|並びに)第[0-9一二三四五六七八九十百〇]+号に(?:対する|係る)/;
/** An item number in brackets right after a word: 「ＡＩオンデマンド交通の予約（諮問第１４号）」 */
const CITED_IN_BRACKETS = /[^\s(（【〔\[［][(（](?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号[)）]/;
/** Speaker lines of minutes: ○委員 / 【松原委員】 / 委員： */
const SPEAKER_RE = /^(?:[○〇◯●]|【)[^\s、。]{0,12}(?:委員|会長|議長|課長|係長|部長|事務局|主査|室長|所長|館長)(?:】)?/;

export interface PageInfo {
  page: number;
  lines: Ln[];
  /** First content lines by position (up to 8). */
  top: Ln[];
  label: string | null;
  shimonsho: boolean;
  /** Distinct consultation numbers printed on the page. */
  numbers: string[];
  listPage: boolean;
  minutesPage: boolean;
  part: string | null;
  /** Numbers anchored on this page (formal or heading position). */
  /** Numbers anchored on this page; `top`: in the page's first lines (the item starts with the page). */
  anchors: { number: string; ln: Ln; formal: boolean; top: boolean }[];
}

export interface ConsultationRange {
  key: string;
  number: string | null;
  pageStart: number;
  pageEnd: number;
  /** Line index range [from, to). */
  from: number;
  to: number;
  /** The 諮問書 pages of this consultation. */
  formalPages: number[];
  label: string | null;
  /** The material label of the item's latest labelled page (「資料５－２」 after 「資料５－１」). */
  lastLabel?: string | null;
}

/**
 * A title whose number wraps after its first characters (「…の導入について（諮」 then 「問第３号）」, set 207): the second line
 * read with the number's start put back, so that it is the item's number line.
 */
function withWrappedNumber(l: Ln, prev: Ln | undefined): string {
  if (!prev || !/^問?第[0-9]+号/.test(l.f)) return l.f;
  const m = /諮問?$/.exec(prev.f);
  if (!m) return l.f;
  const joined = m[0] + l.f;
  return joined.startsWith('諮問第') ? joined : l.f;
}

export function numbersIn(f: string): string[] {
  if (!f.includes('号')) return []; // every NUMBER_RE match ends with 号 (most lines have none)
  const out: string[] = [];
  for (const m of f.matchAll(NUMBER_RE)) out.push(m[0]);
  return out;
}

/**
 * Lines on one baseline joined left to right (a letter-spaced title 「諮 問 書」 may come as three lines).
 * A wide horizontal gap ends the text: on an A3 page with two boxes side by side, the left box's
 * 「諮問書（諮問第20号）」 and a heading of the right box may share a baseline without being one line.
 */
export function rowTexts(lines: Ln[]): string[] {
  const rows: Ln[][] = [];
  for (const l of [...lines].sort((a, b) => a.src.y - b.src.y)) {
    const row = rows.find((r) => Math.abs(r[0].src.y - l.src.y) <= Math.max(2, r[0].src.fontSize / 3));
    if (row) row.push(l);
    else rows.push([l]);
  }
  return rows.flatMap((r) => rowSegments(r).map((seg) => seg.map((l) => l.f).join('')));
}

/** One baseline's lines, left to right, split where the gap is wider than four characters. */
export function rowSegments(row: Ln[]): Ln[][] {
  const sorted = [...row].sort((a, b) => a.src.x - b.src.x);
  const out: Ln[][] = [];
  for (const l of sorted) {
    const seg = out[out.length - 1];
    const prev = seg?.[seg.length - 1];
    if (prev && l.src.x - (prev.src.x + prev.src.width) <= 4 * Math.max(prev.src.fontSize, l.src.fontSize)) seg.push(l);
    else out.push([l]);
  }
  return out;
}

function labelFamily(a: string, b: string): boolean {
  return a === b || a.startsWith(b + '-') || b.startsWith(a + '-') || pageOfMaterial(a, b);
}

/** 「資料3-1」 then 「資料3-2」 on the next page of an item that carries no number of its own on it: pages of 資料3. */
function pageOfMaterial(a: string, b: string): boolean {
  const m = /^(.+)-(\d+)$/.exec(a);
  const n = /^(.+)-(\d+)$/.exec(b);
  return !!m && !!n && m[1] === n[1] && Math.abs(Number(m[2]) - Number(n[2])) === 1;
}

/** What is left of 「資料３ 諮問第１４号」 once the number is taken out: a material label and nothing else. */
const MATERIAL_LABEL_ONLY = /^資料[0-9]+(?:-[0-9]+)?$/;

/** A running header that holds an item's number alone (「諮問第１４号」「諮問第１４号 説明資料」). */
const RUNNING_NUMBER_HEAD = /^(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号[\s　]*(?:説明資料|資料|別紙)?$/;

/** A footer that holds an item's number and nothing but the page number (「諮問第９号 ― １ ―」「資料２ 諮問第４号 - 3 -」). */
const FOOTER_NUMBER = /^(?:資料[0-9０-９\-－]*)?(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号[\s　]*(?:[-－―ー‐—]?[\s　]*[0-9]+[\s　]*[-－―ー‐—]?|[(（][0-9]+[)）]|[0-9]+[\/／][0-9]+)?$/;

/**
 * 「第３ 目的外利用の内容（諮問第３号）」「第４ 外部提供の内容（諮問第４号）」: one document for two items whose parts are
 * headed by the item they belong to. Such a heading opens its item where it stands, even on a page that lists the numbers
 * (the document's own 諮問事項); only when two or more items are headed so (one such heading may cite an earlier item).
 * The same for parts under a symbol whose title starts with the number (「■ 諮問第４号 …の取扱い」, ITEM_FIRST_HEADING),
 * or under 第N when the title is a part's name, not an item's title (「第２ 諮問第５号 本人以外の者からの収集」; an agenda's
 * 「第１ 諮問第５号 …について」 is a list of items).
 */
export const PART_OF_ITEM = /^[^。]{1,40}[(（](?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号[)）]$/;
/** An item's title ends so (「…について」「…の件」): an agenda line, not a part's name. */
// (a bracketed qualifier may close it: 「…の追加について（変更）」)
const ITEM_TITLE_END = /(?:について|の件)(?:[(（][^()（）。]{1,10}[)）])?$/;

/** 「■ 諮問第４号 指定管理者の指定に伴う利用者情報の取扱い」: a marked heading that starts with the item's number. */
const ITEM_FIRST_HEADING = /^(?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号[\s　]*[^。\s　][^。]{3,69}$/;
function itemPartHeadings(lines: Ln[]): Set<number> {
  const found = lines.filter((l) => !l.noise && !l.toc && l.marker && numbersIn(l.f).length === 1 && (PART_OF_ITEM.test(l.f) || ((l.marker.style.startsWith('sym:') || (l.marker.style === 'dai' && !ITEM_TITLE_END.test(l.f))) && ITEM_FIRST_HEADING.test(l.marker.title))));
  return new Set(found.length >= 2 && new Set(found.map((l) => numbersIn(l.f)[0])).size >= 2 ? found.map((l) => l.i) : []);
}

/**
 * A short line that finishes a title cut by a line break (「…登記情報の取得に」「ついて」): `end` holds for the folded
 * text `f` and the next line joined.
 */
export function wrapFinishes(f: string, next: Ln | undefined, end: RegExp): boolean {
  return !!next && next.f.length <= 12 && end.test(f + next.f);
}

/** The line, or the line and the short line under it, end as an item's title does (「…について」「…の件」). */
function titleEnds(l: Ln, content: Ln[]): boolean {
  return ITEM_TITLE_END.test(l.f) || wrapFinishes(l.f, content[content.indexOf(l) + 1], ITEM_TITLE_END);
}

/** The line under `l` ends as an item's title does. */
function titledBelow(l: Ln, content: Ln[]): boolean {
  const next = content[content.indexOf(l) + 1];
  return !!next && titleEnds(next, content);
}

/**
 * A line printed above `l` on its page (`byPosition`: the page's lines top to bottom) ends a sentence, and `l` heads
 * lines of its own (not a footer 「諮問第９号 ― １ ―」 under the page's text).
 */
function sentenceAbove(byPosition: Ln[], l: Ln): boolean {
  const k = byPosition.indexOf(l);
  if (k >= byPosition.length - 2) return false;
  for (let j = 0; j < k; j++) if (byPosition[j].text.includes('。')) return true;
  // (or a numbered heading with its body under it, the item before's last section: 「第６ 委託期間」「令和９年４月１日から
  // 令和１２年３月３１日まで（３年間）」 then 「諮問第１５号」, set 228)
  for (let j = 0; j + 1 < k; j++) if (byPosition[j].marker?.num != null && !byPosition[j + 1].marker && !numbersIn(byPosition[j].f).length) return true;
  return false;
}

/** A council's name, printed before an item's number on the item's own header line. */
//   (or the municipality's name alone: 「谷口市諮問第１６号」 with 「住家被害認定調査業務の委託について」 on the next line)
const COUNCIL_NAME = /^[^。、\s]{1,24}審議会$|^[^。、\s(（]{1,8}(?:市|町|村|区)$/;

/** A page title that names its item in brackets at its end (「外部委託チェック票（諮問第２７号）」). */
const CITED_AT_TITLE_END = /^[^。]{2,40}[(（](?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号[)）]$/;

/** A bullet printed before an item's number on its heading line. */
const HEAD_BULLET = /^[■□◆◇●◎▼▽▲△★☆]\s*/;

/** An item heading that starts mid-page with its number in brackets: 〔諮問第480号〕件名 / 【諮問第481号】件名. */
const BRACKETED_ITEM_HEAD = /^[〔【\[［(（](?:諮問|議案)第/;

/** Bracketed item headings on a list page that open an item: no other numbered line within the next four lines. */
function listPageItemHeads(content: Ln[], numLines: Ln[]): PageInfo['anchors'] {
  const out: PageInfo['anchors'] = [];
  for (const [j, l] of numLines.entries()) {
    const nums = numbersIn(l.f);
    if (nums.length !== 1 || !BRACKETED_ITEM_HEAD.test(l.f) || /。/.test(l.text)) continue;
    const rest = l.f.replace(NUMBER_RE, '').replace(/[()（）〔〕【】\[\]［］]/g, '');
    // (the number may stand alone in its brackets, the title on the next line: 「【諮問第３号】」 then 「母子保健アプリの導入について」)
    if ((rest.length < 4 && !(rest === '' && titledBelow(l, content))) || rest.length > 70) continue;
    const k = content.indexOf(l);
    // (numLines is in the page's order: the next numbered line is the next one in it)
    const next = numLines[j + 1];
    if (next && content.indexOf(next) - k <= 4) continue;
    if (content.length - k <= 4) continue;
    if (!out.some((a) => a.number === nums[0])) out.push({ number: nums[0], ln: l, formal: false, top: false });
  }
  return out;
}

export function pageInfos(lines: Ln[], pageCount: number): PageInfo[] {
  const byPage: Ln[][] = Array.from({ length: pageCount + 1 }, () => []);
  for (const l of lines) byPage[l.page].push(l);
  const partHeads = itemPartHeadings(lines);
  const infos: PageInfo[] = [];
  for (let p = 1; p <= pageCount; p++) {
    const pl = byPage[p];
    const content = pl.filter((l) => !l.noise);
    const byPosition = [...content].sort((a, b) => a.src.y - b.src.y || a.i - b.i);
    const top = byPosition.slice(0, 8);
    const shimonsho = rowTexts(content).some((f) => SHIMONSHO_TITLE.test(f));
    const numbers = [...new Set(content.flatMap((l) => numbersIn(l.f)))];
    const speakers = content.filter((l) => SPEAKER_RE.test(l.text)).length;
    const minutesPage = speakers >= 2;
    // a number cited in a sentence (「令和６年度諮問第４号により承認を得ている…」) is not an item of a list; nor, on a page
    // that opens with its own number standing alone (「資料１」「諮問第１２号」 then the title), other items cited in
    // brackets after a word of its body (「(2) 星ヶ丘ポイントアプリ（諮問第１３号）」)
    const bareHead = byPosition.slice(0, 4).some((l) => numbersIn(l.f).length === 1 && l.f.replace(NUMBER_RE, '').replace(/[()（）〔〕【】\[\]［］\s]/g, '') === '');
    const numLines = content.filter((l) => numbersIn(l.f).length > 0 && !CITED_NUMBER.test(l.f) && !(bareHead && CITED_IN_BRACKETS.test(l.f)));
    const closeTogether = numLines.some((l, k) => k > 0 && numbersIn(l.f)[0] !== numbersIn(numLines[k - 1].f)[0] && content.indexOf(l) - content.indexOf(numLines[k - 1]) <= 4);
    const listed = new Set(numLines.flatMap((l) => numbersIn(l.f)));
    // a 諮問書 that asks about several items at once (a table of 諮問第９号 and 第１０号) is the packet's cover, not the
    // first item's page
    const listPage = (!shimonsho && (listed.size >= 3 || (listed.size === 2 && closeTogether))) || (shimonsho && listed.size >= 2 && closeTogether) || content.some((l) => RANGE_RE.test(l.f));
    let part: string | null = null;
    for (const [k, l] of byPosition.slice(0, 12).entries()) {
      const f = l.f.replace(/^[0-9０-９.．\s]+/, '');
      // a letter's title (答申書) may follow a letterhead of 文書番号, date, addressee and sender (printed in parts): the first
      // 12 lines by position
      const hit = NON_CONSULTATION_PARTS.find((x) => (k < 6 || x.kind === 'answer') && x.re.test(f));
      if (hit && !(hit.kind === 'reference')) {
        part = hit.kind;
        break;
      }
    }
    const label = topLabel(pl, p); // pl: this page's lines, in document order (one pass over the document, not one per page)
    if (!part && label && label.startsWith('参考資料')) part = 'reference';
    const anchors: PageInfo['anchors'] = [];
    if ((listPage || minutesPage) && partHeads.size) {
      for (const l of content) if (partHeads.has(l.i)) anchors.push({ number: numbersIn(l.f)[0], ln: l, formal: false, top: false });
    }
    // a cover that lists the items and then opens the first one on the same page (「・諮問第８号 …」「・諮問第９号 …」 then
    // 「【諮問第８号】…について」 and its body): a bracketed item heading followed by more than a list's few lines
    if (listPage && !minutesPage && !anchors.length) anchors.push(...listPageItemHeads(content, numLines));
    if (!listPage && !minutesPage) {
      const topSet = new Set(top.map((l) => l.i));
      for (let k = 0; k < content.length; k++) {
        const l = content[k];
        const f = withWrappedNumber(l, content[k - 1]);
        const nums = numbersIn(f);
        if (!nums.length) continue;
        const rest = f.replace(NUMBER_RE, '').replace(/[()（）〔〕【】\[\]［］<>＜＞「」:：・\-]/g, '');
        let formal = false;
        let ok = false;
        // (not a number the request letter cites: 「…を利用している（諮問第９号で承認済み）」)
        if (shimonsho && (/諮問番号/.test(l.f) || (anchors.length === 0 && !CITED_NUMBER.test(l.f) && !CITED_IN_TEXT.test(l.f)))) {
          formal = true;
          ok = true;
        } else if (rest === '' || /^(?:[0-9]+[.、]?)?諮問番号/.test(rest)) ok = true; // 「諮問番号 諮問第３号」, also as an item of a 記 list (「１ 諮問番号 …」)
        // (not on a report's page: 「諮問第９号に係る附帯意見への対応について（報告）」 reports on an approved item, set 176)
        else if (part !== 'report' && topSet.has(l.i) && rest.length <= 70 && !/。/.test(l.text) && !/により|に基づ|において|をもって|で承認|の承認を|諮問(?:の|が)あった|付けで諮問|付け諮問/.test(rest) && !CITED_IN_TEXT.test(l.f) && !CITED_NUMBER.test(l.f)) ok = true;
        else if (BRACKETED_ITEM_HEAD.test(l.f) && rest.length <= 70 && !/。/.test(l.text)) ok = true;
        else if (partHeads.has(l.i)) ok = true;
        // an item that starts mid-page, its number heading its title (「諮問第２２号 心の健康観察アプリの情報を…提供すること」
        // 「について」 on the next line; or after a bullet: 「■諮問第１４号 「市長への手紙」回答管理台帳の電子化について」)
        else if (!part && l.f.replace(HEAD_BULLET, '').startsWith(nums[0]) && nums.length === 1 && rest.length >= 8 && rest.length <= 70 && !/。/.test(l.text) && !CITED_IN_TEXT.test(l.f) && !CITED_NUMBER.test(l.f) && titleEnds(l, content)) ok = true;
        // an item that starts mid-page under its own header line, the council's name (「稲城台市個人情報保護審議会諮問第４７号」)
        // or its material label (「資料３ 諮問第１４号」) before the number, its title on the next line (「有害鳥獣捕獲従事者名簿の
        // 目的外利用について」「電子申請サービスの対象手続の追加について（変更）」)
        else if (!part && nums.length === 1 && l.f.endsWith(nums[0]) && (COUNCIL_NAME.test(rest) || MATERIAL_LABEL_ONLY.test(rest)) && titledBelow(l, content)) ok = true;
        if (!ok || anchors.some((a) => a.number === nums[0])) continue;
        // a number among the page's first lines opens the page, unless a sentence printed above it ends the item before
        // (a numbered list of measures running on from the previous page, then 「諮問第１５号」 halfway down)
        const top = anchors.length === 0 && (formal || (topSet.has(l.i) && !sentenceAbove(byPosition, l)));
        anchors.push({ number: nums[0], ln: l, formal, top });
      }
    }
    // 「諮問第９号 ― １ ―」 printed only in the footer, beside the page number: the page belongs to that item
    //   (or 「諮問第１４号」 alone at the top of every page of the item, a running header hidden from the content)
    if (!anchors.length && !listPage && !minutesPage && !part) {
      const at =
        [...pl].sort((a, b) => b.src.y - a.src.y).slice(0, 2).find((l) => FOOTER_NUMBER.test(l.f)) ??
        [...pl].sort((a, b) => a.src.y - b.src.y).slice(0, 2).find((l) => l.noise && RUNNING_NUMBER_HEAD.test(l.f));
      if (at) anchors.push({ number: numbersIn(at.f)[0], ln: at, formal: false, top: true });
    }
    infos.push({ page: p, lines: pl, top, label, shimonsho, numbers, listPage, minutesPage, part, anchors });
  }
  return infos;
}

/**
 * An agenda (次第) that names each item's material — 「（１）諮問第４１号 …について（資料１・１頁）」 or a table row
 * 「資料１　諮問第４１号 説明資料」 — tells which item a page labelled 「資料１」 holds, when the item prints no number of
 * its own. Only materials that map to one item.
 */
const AGENDA_NUMBER_THEN_MATERIAL = /((?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号)(?:(?!(?:諮問|議案)第).){0,90}?\(資料([0-9]+(?:-[0-9]+)?)/g;
const AGENDA_MATERIAL_THEN_NUMBER = /資料([0-9]+(?:-[0-9]+)?)((?:(?:令和|平成)[0-9元]+年度)?(?:諮問|議案)第[0-9一二三四五六七八九十百〇]+号)/g;
function agendaMaterials(infos: PageInfo[]): Map<string, string> {
  const map = new Map<string, string>();
  const bad = new Set<string>();
  const put = (material: string, number: string) => {
    const k = `資料${material}`;
    if (map.has(k) && map.get(k) !== number) bad.add(k);
    else map.set(k, number);
  };
  for (const info of infos) {
    if (!info.listPage) continue;
    const text = info.lines.filter((l) => !l.noise).map((l) => l.f).join('');
    if (!text.includes('資料')) continue;
    for (const m of text.matchAll(AGENDA_NUMBER_THEN_MATERIAL)) put(m[2], m[1]);
    for (const m of text.matchAll(AGENDA_MATERIAL_THEN_NUMBER)) put(m[1], m[2]);
  }
  for (const k of bad) map.delete(k);
  return map;
}

/** Consultation page ranges in document order. */
export function findConsultations(lines: Ln[], infos: PageInfo[]): ConsultationRange[] {
  const out: ConsultationRange[] = [];
  let cur: ConsultationRange | null = null;
  const agenda = agendaMaterials(infos);
  const firstLine = (p: number) => infos[p - 1].lines[0]?.i;
  const close = (at: number) => {
    if (!cur) return;
    cur.to = at;
    cur = null;
  };
  const open = (key: string, from: number, info: PageInfo) => {
    // an item that starts halfway down a page does not own that page's material label (「資料１」 of the item before):
    // its own label is read from its next page
    const label = from === firstLine(info.page) ? info.label : null;
    cur = { key, number: key.startsWith('諮問書@') ? null : key, pageStart: info.page, pageEnd: info.page, from, to: lines.length, formalPages: [], label };
    out.push(cur);
  };
  for (const info of infos) {
    const p = info.page;
    const pageStart = firstLine(p) ?? (cur as ConsultationRange | null)?.to ?? 0;
    const keys: { key: string; at: number; cited?: boolean }[] = info.anchors.map((a) => ({ key: a.number, at: a.top ? pageStart : startOf(lines, a.ln), cited: a.top && CITED_AT_TITLE_END.test(a.ln.f) }));
    // an unnumbered 諮問書 page also opens an item
    if (!keys.length && info.shimonsho && !info.listPage && !info.minutesPage) keys.push({ key: `諮問書@${p}`, at: pageStart });
    const c0 = cur as ConsultationRange | null;
    // a page labelled with a material the agenda gave to an item (「資料２」 → 諮問第４２号) opens that item, unless the page
    // continues the current item's material
    const byAgenda = !keys.length && info.label && !info.listPage && !info.minutesPage && !info.part ? agenda.get(info.label) : undefined;
    if (byAgenda && !(c0 && (c0.key === byAgenda || (c0.label && labelFamily(info.label!, c0.label))))) keys.push({ key: byAgenda, at: pageStart });
    if (c0 && !keys.some((k) => k.at === pageStart)) {
      // (「資料５－１」「資料５－２」「資料５－３」: each page the next of the one before, all of 資料５)
      const labelChanged = info.label && c0.label && !labelFamily(info.label, c0.label) && !(c0.lastLabel && pageOfMaterial(info.label, c0.lastLabel)) && !(c0.number && info.numbers.includes(c0.number));
      if ((info.part && info.part !== 'reference') || info.minutesPage || labelChanged) close(pageStart);
    }
    for (const k of keys) {
      const c = cur as ConsultationRange | null;
      if (c && sameItem(c.key, k.key)) continue;
      // an unnumbered 諮問書 page, then its annex that names the item in brackets at the end of its title (「外部委託チェック票
      // （諮問第２７号）」): one item, and that is its number
      if (c && c.number === null && c.key.startsWith('諮問書@') && k.cited && c.pageEnd >= p - 1) {
        c.key = k.key;
        c.number = k.key;
        continue;
      }
      close(k.at);
      open(k.key, k.at, info);
    }
    const c = cur as ConsultationRange | null;
    if (c) {
      if (info.shimonsho) c.formalPages.push(p);
      if (!c.label && c.pageStart !== p) c.label = info.label;
      if (info.label) c.lastLabel = info.label;
    }
  }
  for (const r of out) {
    const inRange = lines.slice(r.from, r.to);
    if (inRange.length) {
      r.pageStart = inRange[0].page;
      r.pageEnd = inRange[inRange.length - 1].page;
    }
  }
  if (!out.length) out.push(...typeNamedItems(lines, infos));
  // a single item's later materials belong to it when the item names them and they open no other item (a 諮問書 labelled
  // 「資料１－１」 whose 「添付資料 資料２ 全項目評価書（抜粋）」 follows as 「資料２－１」「資料２－２」, set 231): not a reference,
  // list or minutes (a page of a material the item does not name, 「資料６」 the council's schedule, stays outside)
  if (out.length === 1 && out[0].to < lines.length) {
    const after = infos.filter((p) => p.page > out[0].pageEnd && p.lines.some((l) => !l.noise));
    const own = lines.slice(out[0].from, out[0].to).map((l) => l.f).join('');
    const named = (label: string | null) => !!label && own.includes(fold(label).replace(/[-－ー‐][0-9]+$/, ''));
    if (after.length && after.every((p) => named(p.label) && !p.part && !p.listPage && !p.minutesPage && !p.anchors.length && !p.shimonsho)) {
      out[0].to = lines.length;
      out[0].pageEnd = lines[lines.length - 1].page;
    }
  }
  // a single item's cover page belongs to it (but not an agenda, list, TOC or minutes before it)
  if (out.length === 1 && out[0].pageStart > 1) {
    const before = infos.slice(0, out[0].pageStart - 1);
    if (before.every((p) => !p.part && !p.listPage && !p.minutesPage && !p.lines.some((l) => l.toc))) {
      out[0].pageStart = 1;
      out[0].from = 0;
    }
  }
  return out.filter((r) => r.to > r.from);
}

/**
 * Items named by their kind instead of a number: councils that letter their agenda (ア・イ・ウ …) head
 * each item with the type of the request — 「ア 個人情報の処理に係る情報システムの変更」,
 * 「イ 個人情報を取り扱う業務の処理の外部委託」 — at the top of its page. Used only when no item
 * carries a number, and only when at least two such pages exist (one is just the document's title).
 */
function typeNamedItems(lines: Ln[], infos: PageInfo[]): ConsultationRange[] {
  const starts: { info: PageInfo; ln: Ln }[] = [];
  for (const info of infos) {
    if (info.part || info.listPage || info.minutesPage) continue;
    const ln = info.top.slice(0, 3).find((l) => !l.toc && l.marker && titleLike(l.marker.title, 40) && TYPE_PATTERNS.some((p) => p.re.test(fold(l.marker!.title))));
    if (ln) starts.push({ info, ln });
  }
  if (starts.length < 2) return [];
  const out: ConsultationRange[] = [];
  starts.forEach(({ info, ln }, k) => {
    const nextStart = starts[k + 1]?.info.page ?? infos.length + 1;
    let lastPage = info.page;
    for (let p = info.page + 1; p < nextStart; p++) {
      const o = infos[p - 1];
      if (o.part || o.minutesPage || o.listPage) break;
      lastPage = p;
    }
    const from = infos[info.page - 1].lines[0]?.i ?? ln.i;
    const after = lines.findIndex((l) => l.page > lastPage);
    out.push({ key: `item@${info.page}`, number: null, pageStart: info.page, pageEnd: lastPage, from, to: after < 0 ? lines.length : after, formalPages: [], label: info.label });
  });
  return out;
}

/** Where an item that starts mid-page begins: its number line, or the title line just above it. */
function startOf(lines: Ln[], anchor: Ln): number {
  for (let k = anchor.i - 1; k >= 0 && k >= anchor.i - 2; k--) {
    const l = lines[k];
    if (l.page !== anchor.page || l.noise) continue;
    if (/について$|の件$/.test(l.f) && !/。/.test(l.text)) return k;
    break;
  }
  return anchor.i;
}

/** The fiscal year printed before a number (「令和８年度諮問第２７号」). */
const YEAR_PREFIX = /^(?:令和|平成|R|H)[0-9元]+年度/;

/**
 * Two anchors name one item: the same number, or the same number once printed with its fiscal year and once without
 * (「諮問第２７号」 on the item's first page, 「令和８年度諮問第２７号」 on the form attached to it). Two different years are
 * two items.
 */
function sameItem(a: string, b: string): boolean {
  if (a === b) return true;
  const ba = a.replace(YEAR_PREFIX, '');
  const bb = b.replace(YEAR_PREFIX, '');
  return ba === bb && (ba === a || bb === b);
}

export function foldNumber(n: string): string {
  return fold(n);
}
