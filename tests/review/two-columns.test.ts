/**
 * Two text columns printed side by side (an A3 sheet) that the text engine read as two-cell rows: the review
 * cuts each row into its cells and reads the left column, then the right one (lib/util/columns.ts), so a
 * heading of one column is not glued to the other column's text.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextDocument, TextLine } from '../../lib/text/types.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { segmentPage } from '../../lib/review/units.ts';
import { columnRuns, isColumnRun } from '../../lib/util/columns.ts';
import { makeConsultation } from './helpers.ts';

const ROWS: [string, string][] = [
  ['１ 諮問事項', '５ 記録する個人情報'],
  ['個人情報の処理に係る情報システムの変更（クラウドへの移行）', '児童生徒の氏名、生年月日、性別、住所、保護者の氏名と連絡先'],
  ['２ 移行の目的と効果', '６ システムの構成'],
  ['(1) サーバを廃止し、保守費用を年間約１，２００万円削減する。', '(1) 事業者が提供するＳａａＳ型のサービスを利用する。'],
  ['(2) 学校間のデータの受渡しをシステム内の処理に置き換える。', '(2) 各校の端末から、事業者の閉域網を通じて接続する。'],
  ['３ 対象となる個人の範囲', '７ スケジュール'],
  ['市立小中学校の児童生徒（約１万１千人）及びその保護者', '令和９年１月から３月 データ移行、令和９年４月 運用開始'],
];

function page(rows: [string, string][], extra: string[] = []): PageText {
  const lines: TextLine[] = rows.map(([a, b], i) => ({ page: 1, text: `${a} ${b}`, x: 40, y: 60 + i * 16, width: 1100, height: 11, fontSize: 11, bold: false, running: false, cells: [a, b] }));
  extra.forEach((t, i) => lines.push({ page: 1, text: t, x: 40, y: 200 + i * 16, width: 500, height: 11, fontSize: 11, bold: false, running: false }));
  return { index: 1, label: '1', hasText: true, width: 1191, height: 842, lines, text: lines.map((l) => l.text).join('\n') };
}

describe('column runs', () => {
  it('long text on both sides over five rows or more is two columns; a label | content table is not', () => {
    expect(isColumnRun(ROWS.map((cells) => ({ cells })))).toBe(true);
    expect(isColumnRun(ROWS.slice(0, 4).map((cells) => ({ cells })))).toBe(false);
    const table = ROWS.map(([, b], i): [string, string] => [`項目${i}`, b]);
    expect(columnRuns(table.map((cells) => ({ cells })))).toEqual([]);
  });
});

describe('the review of a two-column sheet', () => {
  const p = page(ROWS, ['９ セキュリティ対策', '(1) 通信はＴＬＳ１．３で暗号化する。']);
  const doc: TextDocument = { pageCount: 1, pages: [p] };
  it('cuts rows into cells, left column first, each an exact range of the page text', () => {
    const units = segmentPage(p).map((r) => p.text.slice(r.start, r.end));
    expect(units).toContain('２ 移行の目的と効果');
    expect(units).toContain('(1) サーバを廃止し、保守費用を年間約１，２００万円削減する。');
    expect(units.indexOf('３ 対象となる個人の範囲')).toBeLessThan(units.indexOf('６ システムの構成'));
    expect(units.some((u) => u.includes('目的と効果') && u.includes('システムの構成'))).toBe(false);
  });
  it('finds the purpose section of the left column', () => {
    const c = makeConsultation(doc, { types: ['system_change'], sections: [{ heading: '９ セキュリティ対策', page: 1 }] });
    const r = reviewConsultation(c, doc, { expectations: 'full' });
    expect(r.safeguards.find((s) => s.id === 'purpose_necessity')?.status).toBe('present');
  });
});
