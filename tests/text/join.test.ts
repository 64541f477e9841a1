import { describe, expect, it } from 'vitest';
import { joinRuns } from '../../lib/text/join.ts';
import type { Run } from '../../lib/text/runs.ts';

function run(text: string, x0: number, x1: number): Run {
  return { text, x0, x1, y0: 0, y1: 10, fs: 10, font: 'f', family: 'serif', order: 0 };
}

describe('joinRuns', () => {
  it('joins CJK runs without spaces even with small gaps', () => {
    expect(joinRuns([run('個人', 0, 20), run('情報', 22, 42)])).toBe('個人情報');
  });
  it('keeps Latin word spaces from gaps', () => {
    expect(joinRuns([run('Access', 0, 30), run('log', 33, 48)])).toBe('Access log');
    expect(joinRuns([run('ISO/IEC', 0, 35), run('27001', 38, 63), run('の認証', 63, 93)])).toBe('ISO/IEC 27001の認証');
  });
  it('separates far-apart CJK runs and does not double spaces', () => {
    expect(joinRuns([run('氏名', 0, 20), run('住所', 60, 80)])).toBe('氏名 住所');
    expect(joinRuns([run('TLS ', 0, 20), run('1.2', 25, 40)])).toBe('TLS 1.2');
  });
});
