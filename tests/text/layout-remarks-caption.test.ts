import { describe, expect, it } from 'vitest';
import { layout } from '../../lib/text/layout.ts';
import type { Run } from '../../lib/text/runs.ts';

let order = 0;
/** A run of CJK text at (x, y), 10 pt, one character per 10 pt. */
function run(text: string, x: number, y: number, fs = 10): Run {
  return { text, x0: x, x1: x + text.length * fs, y0: y, y1: y + fs, fs, font: 'f', family: 'serif', order: order++ };
}

describe('a remarks column whose caption line runs on across the gutter (set 276)', () => {
  // 番号 | 確認項目 | 確認 on the left, 備考 far to the right; the caption 「（…が記入。○：実施する ×：実施しない」 has its last
  // words 「該当なし：当該業務にない）」 set apart over the remarks column. The remarks were read as a column of their own,
  // after the table, and the caption's end was read with them.
  const rows: [string, string, string][] = [
    ['保存データの暗号化', '○', 'ＡＥＳ２５６（受託者の標準仕様）'],
    ['多要素認証', '×', '今後検討する'],
    ['脆弱性診断', '○', '受託者が年２回実施'],
    ['従事者への研修', '○', '受託者が年１回実施し、受講記録を町に提出'],
    ['作業場所の施錠・入退室管理', '×', '―'],
  ];
  const runs = (withTail: boolean) => {
    const out = [run('（保健福祉課が記入。○：実施する ×：実施しない', 48, 106), run('番号', 58, 131), run('確認項目', 90, 131), run('確認', 262, 131), run('備考', 417, 131)];
    if (withTail) out.push(run('該当なし：当該業務にない）', 311, 106));
    rows.forEach(([item, mark, note], k) => {
      const y = 153 + 22 * k;
      out.push(run(String(k + 1), 58, y), run(item, 90, y), run(mark, 265, y), run(note, 314, y));
    });
    return out;
  };

  it('reads each remark in its row and the caption whole', () => {
    const lines = layout(runs(true));
    expect(lines[0].text).toBe('（保健福祉課が記入。○：実施する ×：実施しない 該当なし：当該業務にない）');
    expect(lines.find((l) => l.text.startsWith('3 '))?.cells).toEqual(['3', '脆弱性診断', '○', '受託者が年２回実施']);
    expect(lines.some((l) => l.text === '受託者が年２回実施')).toBe(false);
  });

  it('reads the same table without the caption\'s tail the same way', () => {
    const lines = layout(runs(false));
    expect(lines.find((l) => l.text.startsWith('4 '))?.cells).toEqual(['4', '従事者への研修', '○', '受託者が年１回実施し、受講記録を町に提出']);
  });
});
