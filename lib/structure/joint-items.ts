/**
 * One document for two or more items: 「諮問第３号、諮問第４号」 at its head, then one line per item that names what
 * it is (「（１）諮問第３号 届出データを…に記録すること（電子計算組織への記録）」「（２）諮問第４号 電子申請サービス…
 * との通信回線による結合」). Each number is a consultation of its own, on the same pages and with the same sections,
 * reviewed against what its own line says it is.
 */
import type { ConsultationType } from '../analysis/schema.ts';
import { matchTypes } from './consultation-meta.ts';
import { NUMBER_RE, numbersIn, type ConsultationRange } from './consultations.ts';
import type { Ln } from './lines.ts';
import { TYPE_PATTERNS } from './vocab/consultation-types.ts';

export interface JointItem {
  number: string;
  types: ConsultationType[];
}

/** A line that holds only item numbers (with brackets and 「、」「・」「及び」 between them). */
function numbersOnly(f: string): boolean {
  return f.replace(/^諮問番号[:：]?/, '').replace(NUMBER_RE, '').replace(ITEM_REF, '').replace(/[【〔[(（)）\]】〕、・,，及びと]/g, '') === '';
}

/** 「諮問第２７号（①）」: the number refers to the item listed above under 「①」. */
const ITEM_REF = /[(（]([①-⑳]|[ア-ン]|[0-9]{1,2})[)）]/g;

/** 「（１）」「1.」「ア」 before the number on an item's own line. */
const LEAD_MARKER = /^(?:[(（][0-9一二三四五六七八九十]+[)）]|[0-9]+[.．)）]|[ア-ン][.．)）]?|[①-⑳])/;

/** The items of a range whose head names several numbers, or null when it does not (or an item's line names no type). */
export function jointItems(lines: Ln[], r: ConsultationRange): JointItem[] | null {
  const content = lines.slice(r.from, r.to).filter((l) => !l.toc);
  const head = content.slice(0, 10).find((l) => numbersOnly(l.f) && new Set(numbersIn(l.f)).size >= 2);
  if (!head) return null;
  const out: JointItem[] = [];
  for (const number of new Set(numbersIn(head.f))) {
    // 「諮問番号：諮問第２７号（①）、諮問第２８号（②）」 under 「① 防犯カメラによる個人情報の取得…」「② 撮影した画像の…提供」
    const ref = new RegExp(number + ITEM_REF.source).exec(head.f)?.[1];
    if (ref) {
      const item = content.find((l) => l !== head && l.f.startsWith(ref) && !numbersIn(l.f).length);
      const types = item ? matchTypes(item.f.slice(ref.length), TYPE_PATTERNS) : [];
      if (!types.length) return null;
      out.push({ number, types });
      continue;
    }
    const k = content.findIndex((l) => l !== head && l.f.replace(LEAD_MARKER, '').startsWith(number));
    if (k < 0) return null;
    let text = content[k].f.slice(content[k].f.indexOf(number) + number.length);
    // the line wraps (「…（クラウドサービ」「ス）との通信回線による結合」: the next line may even look like a marker)
    for (let j = k + 1; j < content.length && j <= k + 2 && !/[。)）」]$/.test(content[j - 1].f) && !numbersIn(content[j].f).length; j++) text += content[j].f;
    const types = matchTypes(text, TYPE_PATTERNS);
    if (!types.length) return null;
    out.push({ number, types });
  }
  return out;
}
