import { describe, expect, it } from 'vitest';
import { buildLines } from '../../lib/structure/lines.ts';
import { buildSections, sectionBody } from '../../lib/structure/sections.ts';
import { makeDoc } from '../fixtures/structure/build.ts';
import { SINGLE } from '../fixtures/structure/samples.ts';

function tree(pages: string[][]) {
  const lines = buildLines(makeDoc(pages));
  return { lines, heads: buildSections(lines, 0, lines.length) };
}

describe('section tree', () => {
  it('nests 第1 → 1 → (1) → ア and closes a section at its next sibling', () => {
    const { lines, heads } = tree([
      ['第1 諮問の趣旨', '本文。', '第2 委託の概要', '1 委託業務名', '(1) 名称', 'ア 内容', 'イ 内容2', '(2) 期間', '2 委託先', '第3 安全対策', '1 受託者は規程を遵守する。', '2 特記事項を添付する。', '第4 今後の予定', '令和4年6月'],
    ]);
    const by = (t: string) => heads.find((h) => h.title === t)!;
    expect(by('諮問の趣旨').depth).toBe(1);
    expect(by('委託業務名').depth).toBe(2);
    expect(by('名称').depth).toBe(3);
    expect(by('内容').depth).toBe(4);
    expect(by('委託先').parent!.title).toBe('委託の概要');
    const sec = by('安全対策');
    expect(sectionBody(lines, sec).map((l) => l.text)).toEqual(['1 受託者は規程を遵守する。', '2 特記事項を添付する。']);
  });

  it('continues a section across a page break and leaves out running headers and page numbers', () => {
    const { lines, heads } = tree(SINGLE);
    const sec = heads.find((h) => h.title === '個人情報保護対策')!;
    const body = sectionBody(lines, sec);
    expect(body[0].page).toBe(1);
    expect(body[body.length - 1].text).toBe('事故が発生したときは、直ちに市に報告する。');
    expect(body.some((l) => l.text === '資料3' || l.text === '- 1 -')).toBe(false);
    // 「4 名の…」 is body text, not the next numbered heading
    expect(heads.find((h) => h.title.startsWith('名の'))).toBeUndefined();
    expect(heads.find((h) => h.title === '今後のスケジュール')!.depth).toBe(sec.depth);
  });

  it('takes ■, 【】 and bigger short lines as headings; a sequence break is body text', () => {
    const { heads } = tree([
      ['## 防犯カメラの設置について', '■ 目的', '犯罪を防止する。', '■ 個人情報の保護措置', '① 表示を掲示する。', '② モニターは事務室に置く。', '5 本文に紛れた数字の行', '【スケジュール】', '令和5年1月'],
    ]);
    const titles = heads.map((h) => h.title);
    expect(titles).toContain('防犯カメラの設置について');
    expect(titles).toContain('個人情報の保護措置');
    expect(titles).toContain('スケジュール');
    expect(titles).not.toContain('本文に紛れた数字の行');
    const measures = heads.find((h) => h.title === '個人情報の保護措置')!;
    expect(heads.find((h) => h.title === '表示を掲示する。')!.parent).toBe(measures);
  });

  it('opens a 別紙 attachment at the top level', () => {
    const { heads } = tree([['1 概要', '(1) 本文', '(2) 本文', '別紙 個人情報取扱特記事項', '第1条 受託者は秘密を保持する。']]);
    const att = heads.find((h) => h.kind === 'attachment')!;
    expect(att.depth).toBe(1);
    expect(heads.find((h) => h.title === '概要')!.end).toBe(att.ln.i);
  });
});
