/**
 * Lines → section tree. A heading is a line with a numbering/bullet marker, a bigger or bold
 * short line, or an attachment opener (別紙). Levels follow the order in which styles appear,
 * numbered styles must continue their sequence (1 → 2 → 3) to be taken as siblings, and a
 * heading closes every open section at its own level or deeper.
 */
import { titleLike } from './headings.ts';
import type { Ln } from './lines.ts';
import { ATTACHMENT_HEAD, EXCERPT_HEAD } from './vocab/document-parts.ts';
import { SECURITY_HEADINGS } from './vocab/security.ts';
import { fold } from './normalize.ts';

export type HeadingKind = 'marker' | 'plain' | 'attachment';

export interface Heading {
  ln: Ln;
  kind: HeadingKind;
  style: string;
  num: number | null;
  /** Heading text without its marker. */
  title: string;
  /** 1 = outermost. */
  depth: number;
  /** Index (into the line list) of the first line after the section. */
  end: number;
  parent: Heading | null;
}

interface Candidate {
  kind: HeadingKind;
  style: string;
  num: number | null;
  title: string;
  strong: boolean;
}

function nextContent(lines: Ln[], i: number, to: number): Ln | undefined {
  for (let k = i + 1; k < to; k++) if (!lines[k].noise && !lines[k].toc) return lines[k];
  return undefined;
}

function prevContent(lines: Ln[], i: number): Ln | undefined {
  for (let k = i - 1; k >= 0; k--) if (!lines[k].noise && !lines[k].toc) return lines[k];
  return undefined;
}

/**
 * A line of a list of enclosures (a 諮問書's 「３ 添付資料」 over 「別紙１ 事業概要」「別紙２ 個人情報の保護対策」): it names
 * an attachment, it does not open one. Two such lines in a row at the same indent, or one right under a 添付資料 heading.
 */
export function listsEnclosure(lines: Ln[], l: Ln, to: number): boolean {
  const prev = prevContent(lines, l.i);
  const next = nextContent(lines, l.i, to);
  const sibling = (o: Ln | undefined) => !!o && o.page === l.page && Math.abs(o.src.x - l.src.x) <= 2 && ATTACHMENT_HEAD.test(o.f) && o.f !== l.f;
  if (sibling(prev) || sibling(next)) return true;
  return !!prev && prev.page === l.page && ENCLOSURES_TITLE.test(fold(prev.marker ? prev.marker.title : prev.f));
}
const ENCLOSURES_TITLE = /^(添付|別添|関係|参考)(資料|書類)(一覧)?$/;

function candidate(lines: Ln[], l: Ln, to: number): Candidate | null {
  if (ATTACHMENT_HEAD.test(l.f) && titleLike(l.text, 60) && !listsEnclosure(lines, l, to)) return { kind: 'attachment', style: 'attach', num: null, title: l.text, strong: true };
  // an excerpt of the item's contract document printed as a plain line (「基本協定書（案）抜粋」) opens an attachment too
  if (!l.marker && !l.src.cells && EXCERPT_HEAD.test(l.f)) return { kind: 'attachment', style: 'attach', num: null, title: l.text, strong: true };
  const m = l.marker;
  if (m) {
    if (m.style === 'article') return null; // 第1条 … clauses are body text
    // a checklist's numbered row (「5 | 従事者の端末に認証を設けているか | ○ | 端末ごとに…」): its number is the No. column, not
    // a heading that would end the section holding the list (「４ 個人情報保護対策チェックリスト」 over rows 1–14)
    if (m.num !== null && l.src.cells && l.src.cells.length >= 3 && fold(l.src.cells[0]) === fold(m.marker)) return null;
    if (m.num === null) {
      const max = m.style === 'sym:○' ? 30 : 50;
      if (!titleLike(m.title, max)) return null;
      return { kind: 'marker', style: m.style, num: null, title: m.title, strong: true };
    }
    return { kind: 'marker', style: m.style, num: m.num, title: m.title, strong: titleLike(m.title, 40) };
  }
  // unnumbered heading: bigger or bold, short, followed by something that is not bigger
  if ((l.rel >= 1.08 || l.src.bold) && titleLike(l.text, 40) && !l.src.cells) {
    const nx = nextContent(lines, l.i, to);
    if (nx && nx.rel <= l.rel + 0.02) return { kind: 'plain', style: `plain:${Math.round(l.rel * 20)}${l.src.bold ? 'b' : ''}`, num: null, title: l.text, strong: true };
  }
  return null;
}

/** Closes every open section deeper than `k` (keeps stack[0..k)) at line index `at`. */
function close(stack: Heading[], k: number, at: number): void {
  while (stack.length > k) stack.pop()!.end = at;
}

/**
 * Section tree of lines[from, to). Returns headings in document order.
 * The loop over lines only asks each line whether it is a candidate; placing a heading in the tree is a function
 * of its own, so that V8 optimising the hot loop does not compile the rarely run tree code with it.
 */
export function buildSections(lines: Ln[], from: number, to: number): Heading[] {
  const out: Heading[] = [];
  const stack: Heading[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.noise || l.toc) continue;
    const c = candidate(lines, l, to);
    if (c) place(out, stack, l, c, i, to);
  }
  close(stack, 0, to);
  return out;
}

/** Places a heading candidate in the tree (or drops it: a number out of sequence, a list starting past 1). */
function place(out: Heading[], stack: Heading[], l: Ln, c: Candidate, i: number, to: number): void {
  if (c.kind === 'attachment') {
    close(stack, 0, i);
  } else {
    // a numbered heading that names the safeguards: a form's lone numbered row (「７ 個人情報の保護措置（実施するものに■）」),
    // or the next heading after columns read as table rows hid the ones before it (A3 sheets)
    const namesMeasures = c.strong && c.num !== null && SECURITY_HEADINGS.some((re) => re.test(fold(c.title)));
    const idx = stack.findLastIndex((h) => h.style === c.style);
    const top = stack[stack.length - 1];
    // a list restarting at 1 under an unnumbered title opened after the style's last heading (「４ 開始予定」, then the title
    // 「個人情報保護対策チェックシート」 over rows 1–14): a new list inside that title, not a number out of sequence
    const restartsUnder = idx >= 0 && c.num === 1 && idx < stack.length - 1 && top.num === null && top.kind !== 'attachment';
    if (idx >= 0 && !restartsUnder) {
      const prev = stack[idx];
      let ok = false;
      // a row of a list or table under the heading, printed smaller and further in, is not the next heading (「４ 記録項目」 over
      // rows 「１ 受付番号」…「６ 調査の経過」 that number on from it at 5 and 6, then 「５ 記録の方法」「６ 安全管理措置」, set 279)
      const rowUnder = c.num !== null && l.rel < prev.ln.rel - 0.07 && l.src.x - prev.ln.src.x >= 4;
      if (c.num === null) ok = true;
      else if (rowUnder) ok = false;
      else if (prev.num !== null && c.num === prev.num + 1) ok = true;
      // a skipped number (columns read out of order, an excerpt): only for headings that read and look like ones
      else if (prev.num !== null && c.strong && c.num > prev.num && (c.num <= prev.num + 3 || l.rel >= 1.05 || l.src.bold || namesMeasures)) ok = true;
      if (!ok) return;
      close(stack, idx, i);
    } else if (!restartsUnder) {
      // a list that starts past 1 is a heading only when it stands out (outermost, bigger or bold), or right under an
      // excerpt (「仕様書（抜粋）」 quotes its clauses with their own numbers: 「６．個人情報の保護」)
      const inExcerpt = !!top && top.kind === 'attachment' && /抜粋/.test(top.ln.f);
      if (c.num !== null && c.num !== 1 && !(c.strong && (stack.length === 0 || inExcerpt || namesMeasures || l.rel >= 1.05 || l.src.bold))) return;
      // a new style printed bigger than open headings ranks above them
      while (stack.length && stack[stack.length - 1].kind !== 'attachment' && stack[stack.length - 1].ln.rel < l.rel - 0.05) stack.pop()!.end = i;
    }
  }
  const h: Heading = { ln: l, kind: c.kind, style: c.style, num: c.num, title: c.title, depth: stack.length + 1, end: to, parent: stack[stack.length - 1] ?? null };
  stack.push(h);
  out.push(h);
}

/** Body lines of a heading's section: everything after the heading line up to its end, minus noise and TOC. */
export function sectionBody(lines: Ln[], h: Heading): Ln[] {
  const out: Ln[] = [];
  for (let k = h.ln.i + 1; k < h.end; k++) if (!lines[k].noise && !lines[k].toc) out.push(lines[k]);
  return out;
}
