import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../lib/anchor/highlight.ts';
import { locateQuote, pageHref, pageRef } from '../../lib/anchor/locate.ts';

const text = 'サーバに保存するデータは適切に管理\nする。通信はTLS1.2以上で暗号化する。';

describe('highlightSegments', () => {
  it('returns the whole text when nothing matches', () => {
    expect(highlightSegments(text, [{ quote: '存在しない', kind: 'vague', label: '' }])).toEqual([{ text, mark: null }]);
  });

  it('marks a phrase across a line break and keeps every character exactly once', () => {
    const segs = highlightSegments(text, [{ quote: '適切に管理する', kind: 'vague', label: '曖昧' }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.mark)?.text).toBe('適切に管理\nする');
  });

  it('shows a note inside an evidence line, the rest of the line still marked', () => {
    const segs = highlightSegments(text, [
      { quote: 'サーバに保存するデータは適切に管理', kind: 'evidence', label: 'E' },
      { quote: '適切に管理', kind: 'note', label: 'N' },
    ]);
    expect(segs.slice(0, 2)).toEqual([
      { text: 'サーバに保存するデータは', mark: { kind: 'evidence', label: 'E' } },
      { text: '適切に管理', mark: { kind: 'note', label: 'N' } },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('matches full-width and half-width forms alike', () => {
    const segs = highlightSegments(text, [{ quote: 'ＴＬＳ１．２', kind: 'evidence', label: '' }]);
    expect(segs.find((s) => s.mark)?.text).toBe('TLS1.2');
  });

  it('keeps hostile text as plain text', () => {
    const evil = '<img src=x onerror=alert(1)> 適切に';
    const segs = highlightSegments(evil, [{ quote: '適切', kind: 'vague', label: '' }]);
    expect(segs[0].text).toBe('<img src=x onerror=alert(1)> ');
  });
});

describe('locateQuote', () => {
  const pages = [
    { index: 1, label: '- 1 -', text: '表紙' },
    { index: 2, label: '2', text: '前文。データは適切に管理する。後文' },
  ];
  it('finds the page, label and context of a selection', () => {
    expect(locateQuote(pages, ' 適切に 管理 ')).toMatchObject({ page: 2, pageLabel: '2', quote: '適切に管理', prefix: '前文。データは', suffix: 'する。後文' });
  });
  it('respects the page range and returns null when absent', () => {
    expect(locateQuote(pages, '適切', 1, 1)).toBeNull();
    expect(locateQuote(pages, '')).toBeNull();
  });
  it('builds page references and links', () => {
    expect(pageRef(5, '3')).toBe('3');
    expect(pageRef(5, null)).toBe('5');
    expect(pageHref('http://x/a.pdf#page=2', 7)).toBe('http://x/a.pdf#page=7');
  });
});
