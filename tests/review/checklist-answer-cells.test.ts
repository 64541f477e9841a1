/**
 * A checklist table whose rows are statements with an answer cell (「第三者への再提供を禁止する | ○ | 覚書第４条」, set 282): each
 * row is a unit of its own, however long its first cell, and a row answered 「×」 with a note (「提供先でデータを暗号化して保存する
 * | × | 統計データのため求めない」) states nothing.
 */
import { describe, expect, it } from 'vitest';
import { reviewConsultation } from '../../lib/review/index.ts';
import { buildUnits } from '../../lib/review/units.ts';
import type { PageText, TextDocument, TextLine } from '../../lib/text/types.ts';
import { makeConsultation } from './helpers.ts';

function page(index: number, specs: string[]): PageText {
  const lines: TextLine[] = specs.map((spec, j) => {
    const cells = spec.includes(' | ') ? spec.split(' | ') : undefined;
    const text = cells ? cells.join(' ') : spec;
    return { page: index, text, x: 60, y: 60 + j * 18, width: 400, height: 10, fontSize: 10.5, bold: false, running: false, ...(cells ? { cells } : {}) };
  });
  return { index, label: null, hasText: true, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') };
}

const ROWS = [
  '別紙 提供条件チェックリスト',
  '確認項目 | ○／× | 備考',
  '統計データ（個人を識別できない形式）のみを提供する | ○ | １５分単位の人数',
  '研究終了後にデータを消去し、市に報告する | ○ | 研究期間終了後３０日以内',
  '提供先でデータを暗号化して保存する | × | 統計データのため求めない',
  '本人への通知を行う | × | 該当なし（統計データのため）',
];

function review(rows: string[]) {
  const doc: TextDocument = { pageCount: 1, pages: [page(1, rows)] };
  const c = makeConsultation(doc, { types: ['external_provision'] });
  c.securitySections = [{ heading: rows[0], pageStart: 1, pageEnd: 1, text: rows.slice(1).map((r) => r.split(' | ').join(' ')).join('\n'), lines: [], role: 'attachment' }];
  return { doc, c, r: reviewConsultation(c, doc, { expectations: 'full' }) };
}

describe('a checklist of statements with an answer cell', () => {
  it('each row is a unit of its own', () => {
    const { doc, c } = review(ROWS);
    const keys = buildUnits(c, doc, false).units.map((u) => u.key);
    expect(keys.some((k) => k.startsWith('研究終了後にデータを消去し') && !k.includes('暗号化'))).toBe(true);
    expect(keys.some((k) => k.startsWith('提供先でデータを暗号化して保存する') && !k.includes('本人への通知'))).toBe(true);
  });
  it('rows answered 「×」 with a note state nothing; rows answered 「○」 are read', () => {
    const { r } = review(ROWS);
    const st = (id: string) => r.safeguards.find((s) => s.id === id)?.status;
    expect(st('retention_deletion')).toBe('present');
    expect(st('encryption_rest')).not.toBe('present');
    expect(st('encryption_rest')).not.toBe('vague');
    expect(st('notice_consent')).not.toBe('present');
  });
});
