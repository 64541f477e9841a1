import { describe, expect, it } from 'vitest';
import { markRunning, materialLabelOf, pageNumberOf } from '../../lib/text/running.ts';
import type { PageText, TextLine } from '../../lib/text/types.ts';

function line(text: string, y: number): TextLine {
  return { page: 1, text, x: 50, y, width: 100, height: 10, fontSize: 10, bold: false, running: false };
}

function page(index: number, texts: [string, number][]): PageText {
  const lines = texts.map(([t, y]) => ({ ...line(t, y), page: index }));
  return { index, label: null, hasText: true, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') };
}

describe('page labels', () => {
  it('reads the printed page number forms', () => {
    expect(pageNumberOf('- 3 -')).toBe('3');
    expect(pageNumberOf('－１２－')).toBe('12');
    expect(pageNumberOf('3')).toBe('3');
    expect(pageNumberOf('P.5')).toBe('5');
    expect(pageNumberOf('p 7')).toBe('7');
    expect(pageNumberOf('3 / 10')).toBe('3');
    expect(pageNumberOf('（4）')).toBe('4');
    expect(pageNumberOf('第1条')).toBeNull();
    expect(pageNumberOf('令和4年')).toBeNull();
    expect(pageNumberOf('12345')).toBeNull();
  });
  it('reads material labels', () => {
    expect(materialLabelOf('資料3-2')).toBe('資料3-2');
    expect(materialLabelOf('資料３－２')).toBe('資料3-2');
    expect(materialLabelOf('資料3')).toBeNull();
  });
});

describe('markRunning', () => {
  it('an item number at the top of each item\'s first page is not a header; a header that counts the pages is', () => {
    // 4 pages: items 31 (pp. 1–2) and 32 (pp. 3–4), each opened by 「諮問第N号」 at the same height
    const items = [1, 2, 3, 4].map((n) =>
      page(n, [
        ...(n === 1 || n === 3 ? ([[`諮問第${n === 1 ? 31 : 32}号`, 62]] as [string, number][]) : []),
        [`審議会資料 ${10 + n}`, 20],
        [`本文${n}`, 300],
        [`- ${n} -`, 800],
      ]),
    );
    markRunning(items);
    const at = (p: PageText, t: string) => p.lines.find((l) => l.text.startsWith(t))!;
    expect(at(items[0], '諮問第31号').running).toBe(false);
    expect(at(items[2], '諮問第32号').running).toBe(false);
    // numbers that differ by exactly the page distance are page furniture
    for (const p of items) expect(at(p, '審議会資料').running).toBe(true);
  });

  it('one-page items numbered in sequence on consecutive pages (諮問第12・13・14号) are items, not a page counter', () => {
    const items = [1, 2, 3].map((n) => page(n, [[`諮問第${11 + n}号`, 62], [`本文${n}`, 300], [`- ${10 + n} -`, 800]]));
    markRunning(items);
    for (const p of items) expect(p.lines.find((l) => l.text.startsWith('諮問第'))!.running).toBe(false);
    // the page numbers still are
    for (const p of items) expect(p.lines.find((l) => l.text.startsWith('-'))!.running).toBe(true);
  });

  it('marks repeated margin lines and page numbers, not body lines, and sets labels', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        ['資料3', 20],
        [`本文${n}の一行目`, 300],
        ['資料3', 500], // same text in the body: not running
        [`- ${n + 1} -`, 810],
      ]),
    );
    markRunning(pages);
    expect(pages.map((p) => p.label)).toEqual(['2', '3', '4']);
    for (const p of pages) {
      expect(p.lines.map((l) => l.running)).toEqual([true, false, false, true]);
    }
  });
  it('uses a 「資料n-m」 label when there is no page number', () => {
    const pages = [page(1, [['資料3-1', 20], ['本文', 300]]), page(2, [['資料3-2', 20], ['本文2', 300]])];
    markRunning(pages);
    expect(pages.map((p) => p.label)).toEqual(['資料3-1', '資料3-2']);
    expect(pages[0].lines[0].running).toBe(true);
  });
  it('does not take a line repeated on distant pages, or at another height, for a running header', () => {
    const pages = [1, 2, 3, 4, 5].map((n) =>
      page(n, [
        [n === 1 || n === 4 ? '令和4年5月1日' : `本文の見出し${n}`, 20],
        [`本文${n}`, 300],
      ]),
    );
    pages[2].lines[0] = { ...pages[2].lines[0], text: '令和4年5月1日', y: 60 }; // neighbour of 4, but lower
    markRunning(pages);
    expect(pages[0].lines[0].running).toBe(false);
    expect(pages[3].lines[0].running).toBe(false);
    expect(pages.map((p) => p.label)).toEqual([null, null, null, null, null]);
  });
});

describe('markRunning: repeated blocks of the body', () => {
  it('does not take a form row printed again at the top of neighbouring pages, with the lines under it, for a running header (07 PIA)', () => {
    const pages = [1, 2, 3, 4, 5].map((n) =>
      page(
        n,
        n >= 2 && n <= 4
          ? [
              ['特定個人情報保護評価書（全項目評価書）', 20],
              ['リスクへの対策は十分か ［ 十分である ］', 60],
              ['＜選択肢＞ 1) 特に力を入れている 2) 十分である 3) 課題が残されて', 80],
              ['いる', 95],
              [`リスク${n}：本文の見出し`, 130],
              [`- ${n} -`, 810],
            ]
          : [
              ['特定個人情報保護評価書（全項目評価書）', 20],
              [`${n}. 本文の見出し`, 60],
              [`本文${n}`, 130],
              [`- ${n} -`, 810],
            ],
      ),
    );
    markRunning(pages);
    for (const p of pages) {
      expect(p.lines[0].running).toBe(true); // the real running header, on every page
      expect(p.lines[p.lines.length - 1].running).toBe(true); // page number
    }
    for (const p of pages.slice(1, 4)) expect(p.lines.slice(1, 4).map((l) => l.running)).toEqual([false, false, false]);
  });
  it('keeps a running header whose next body line repeats but the one after it does not (a table continued with its column headings)', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        ['○○市 個人情報保護審議会 資料', 20],
        ['項目 内容', 60],
        [`行${n}の内容`, 75],
        [`本文${n}`, 300],
      ]),
    );
    markRunning(pages);
    for (const p of pages) expect(p.lines[0].running).toBe(true);
  });
});
