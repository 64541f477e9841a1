import { describe, expect, it } from 'vitest';
import { guessTitle } from '../../components/doc-title.ts';
import type { PageText, TextLine } from '../../lib/text/types.ts';

function page(lines: [string, number][]): PageText[] {
  const ls: TextLine[] = lines.map(([text, fontSize], i) => ({ page: 1, text, x: 50, y: 50 + i * 30, width: 300, height: fontSize, fontSize, bold: false, running: false }));
  return [{ index: 1, label: null, hasText: true, width: 595, height: 842, lines: ls, text: lines.map((l) => l[0]).join('\n') }];
}

describe('guessTitle', () => {
  it('joins a letter-spaced cover title over its lines', () => {
    const p = page([['令 和 4 年 度 第 3 回', 20], ['み な と 区 情 報 公 開 ・ 個 人 情 報 保 護 審 議 会', 20], ['資 料', 20], ['令和4年12月15日（木）午後2時', 12]]);
    expect(guessTitle(p, 'x.pdf')).toBe('令和4年度第3回 みなと区情報公開・個人情報保護審議会 資料');
  });
  it('keeps word spaces of an ordinary title and skips dates and page numbers', () => {
    const p = page([['令和4年5月19日', 24], ['- 1 -', 24], ['国民健康保険被保険者証作成等業務の外部委託について', 16], ['1 諮問事項', 11]]);
    expect(guessTitle(p, 'x.pdf')).toBe('国民健康保険被保険者証作成等業務の外部委託について');
  });
  it('gives way to the first consultation title when the largest line is generic', () => {
    expect(guessTitle(page([['諮問書', 18], ['本文です。', 11]]), 'x.pdf', '住民基本台帳に関する事務の評価書')).toBe('住民基本台帳に関する事務の評価書');
  });
  it('falls back to the file name', () => {
    expect(guessTitle([], '会議資料.pdf')).toBe('会議資料');
  });
});
