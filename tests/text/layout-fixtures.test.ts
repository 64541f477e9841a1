import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('reading order on committed fixtures', () => {
  it('reads two columns column by column, after the header and title', async () => {
    const doc = await extract('two-columns.pdf');
    const p = doc.pages[0];
    const t = p.text;
    expect(p.lines[0].text).toBe('資料3');
    expect(p.lines[1].text).toBe('オンライン申請システムの導入について');
    const leftHeading = t.indexOf('1 左の段の見出し');
    const leftEnd = t.lastIndexOf('月報告を求める。');
    const rightHeading = t.indexOf('2 右の段の見出し');
    const rightBody = t.indexOf('右の段の第一段落である。');
    expect(leftHeading).toBeGreaterThan(0);
    expect(leftHeading).toBeLessThan(leftEnd);
    expect(leftEnd).toBeLessThan(rightHeading);
    expect(rightHeading).toBeLessThan(rightBody);
    // no line mixes the two columns
    for (const l of p.lines) expect(l.text.includes('左') && l.text.includes('右')).toBe(false);
    // CJK joined without spurious spaces
    expect(t.replace(/\n/g, '')).toContain('本市では、市民の利便性を高めるため、申請手続のオンライン化を進めている。');
  });

  it('reads a table row by row with cells kept apart (merged cells left empty)', async () => {
    const doc = await extract('table.pdf');
    const rows = doc.pages[0].lines.filter((l) => l.cells);
    const access = rows.find((l) => l.cells!.includes('アクセス制御'));
    expect(access).toBeDefined();
    expect(access!.cells![0]).toBe('技術的対策');
    expect(access!.cells![2]).toContain('ワンタイムパスワードによる二要素認証を行う。退職者のIDは速やかに削除する。');
    const theft = rows.find((l) => l.cells!.includes('機器の盗難防止'));
    expect(theft!.cells![0]).toBe('');
    expect(theft!.cells![2]).toBe('サーバはラックに施錠し、鍵は情報政策課長が管理する。');
    const tls = rows.find((l) => l.cells!.includes('通信の暗号化'));
    expect(tls!.cells![2]).toBe('LGWAN-ASPを経由し、TLS 1.2以上で暗号化する。');
    // the line text is the cells joined, so quotes from cells are substrings of the page text
    expect(doc.pages[0].text).toContain(access!.cells![2]);
    // rows come in document order
    const order = ['入退室管理', '機器の盗難防止', 'アクセス制御', '通信の暗号化', '研修'].map((k) => rows.findIndex((r) => r.cells!.includes(k)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
  });

  it('reads a /Rotate 90 page and a page printed turned by 90 degrees', async () => {
    const doc = await extract('rotated.pdf');
    expect(doc.pages[0].lines.map((l) => l.text)).toEqual(['回転したページの一行目', '回転したページの二行目', '三行目']);
    expect(doc.pages[0].width).toBeGreaterThan(doc.pages[0].height); // displayed landscape
    expect(doc.pages[0].rotation).toBeUndefined(); // upright once displayed
    expect(doc.pages[1].lines.map((l) => l.text)).toEqual(['横向きに印刷された一行目', '横向きに印刷された二行目']);
    expect(doc.pages[1].rotation).toBe(270);
  });

  it('reads vertical writing right to left (Chromium glyph stacks)', async () => {
    const doc = await extract('vertical-chrome.pdf');
    const p = doc.pages[0];
    expect(p.vertical).toBe(true);
    expect(p.lines.map((l) => l.text)).toEqual(['縦書きの文章です。個人情報を適切に管理する。', '第二段落は左の列に続く。保存期間は五年とする。']);
  });

  it('reads vertical writing set with a vertical CMap (UniJIS-UCS2-V), repairing vertical punctuation', async () => {
    const doc = await extract('vertical-cmap.pdf');
    expect(doc.pages[0].lines.map((l) => l.text)).toEqual(['縦書きの第一行です。', '第二行は左に続く。', '第三行で終わる。']);
  });

  it('gives text for predefined CMaps with a non-embedded font (UniJIS-UCS2-H, 90ms-RKSJ-H) and keeps Latin spaces', async () => {
    const doc = await extract('cmap-predefined.pdf');
    const t = doc.pages[0].text;
    expect(t).toContain('個人情報の保護に関する条例');
    expect(t).toContain('この条例は、個人情報の適正な取扱いを定める。');
    expect(t).toContain('シフトJISの行：委託先の監督');
    expect(t).toContain('Access log is kept for 5 years.');
  });

  it('repairs Kangxi radicals and keeps what is printed', async () => {
    const doc = await extract('kangxi.pdf');
    const t = doc.pages[0].text;
    expect(t).toContain('個人情報の取扱方法');
    expect(t).toContain('長期保存の文書・青色の用紙・西日本');
    expect(t).not.toMatch(/[\u2E80-\u2FDF\u2027]/);
    for (const kept of ['①', '㈱', 'ＡＢＣ', 'ｶﾀｶﾅ']) expect(t).toContain(kept);
  });

  it('marks running headers and footers and reads printed page labels', async () => {
    const doc = await extract('running.pdf');
    expect(doc.pages.map((p) => p.label)).toEqual(['5', '6', '7']);
    for (const p of doc.pages) {
      const first = p.lines[0];
      const last = p.lines[p.lines.length - 1];
      expect(first.text).toContain('架空市個人情報保護審議会');
      expect(first.running).toBe(true);
      expect(last.text).toBe(`- ${Number(p.label)} -`);
      expect(last.running).toBe(true);
      const body = p.lines.filter((l) => !l.running).map((l) => l.text).join('');
      expect(body).toContain(`${p.index}ページ目の本文である。`);
      expect(body).not.toContain('審議会');
    }
  });
});
