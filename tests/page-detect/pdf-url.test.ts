import { describe, expect, it } from 'vitest';
import { pageFromHash, resolvePdfLink, safeDecode } from '../../lib/page-detect/pdf-url.ts';

const BASE = 'https://www.city.example.lg.jp/shingikai/pages/index.html';

describe('resolvePdfLink', () => {
  it('resolves ../ and ./../ against the page', () => {
    expect(resolvePdfLink('../01.pdf', BASE)?.docUrl).toBe('https://www.city.example.lg.jp/shingikai/01.pdf');
    expect(resolvePdfLink('./../10.pdf', BASE)?.docUrl).toBe('https://www.city.example.lg.jp/shingikai/10.pdf');
    expect(resolvePdfLink('/root.pdf', BASE)?.docUrl).toBe('https://www.city.example.lg.jp/root.pdf');
  });

  it('keeps #page= as the page and drops it from the document identity', () => {
    const t = resolvePdfLink('../08.pdf#page=9', BASE)!;
    expect(t.page).toBe(9);
    expect(t.url).toBe('https://www.city.example.lg.jp/shingikai/08.pdf#page=9');
    expect(t.docUrl).toBe('https://www.city.example.lg.jp/shingikai/08.pdf');
    expect(pageFromHash('#zoom=80&page=3')).toBe(3);
    expect(pageFromHash('#page=0')).toBeNull();
    expect(pageFromHash('#pagemode=none')).toBeNull();
  });

  it('keeps the query string in the identity', () => {
    const a = resolvePdfLink('x.pdf?v=1', BASE)!;
    const b = resolvePdfLink('x.pdf?v=2', BASE)!;
    expect(a.docUrl).not.toBe(b.docUrl);
    expect(a.fileName).toBe('x.pdf');
  });

  it('decodes percent-encoded Japanese file names', () => {
    const href = 'docs/%E9%98%B2%E7%8A%AF%E3%82%AB%E3%83%A1%E3%83%A9%EF%BC%88%E8%AB%AE%E5%95%8F%E7%AC%AC498%E5%8F%B7%EF%BC%89.pdf';
    const t = resolvePdfLink(href, BASE)!;
    expect(t.fileName).toBe('防犯カメラ（諮問第498号）.pdf');
    expect(t.docUrl).toBe(`https://www.city.example.lg.jp/shingikai/pages/${href}`);
  });

  it('encodes raw Japanese hrefs the way the browser does', () => {
    const t = resolvePdfLink('資料 1.pdf', BASE)!;
    expect(t.url).toBe('https://www.city.example.lg.jp/shingikai/pages/%E8%B3%87%E6%96%99%201.pdf');
    expect(t.fileName).toBe('資料 1.pdf');
  });

  it('survives malformed percent-encoding (Shift_JIS bytes)', () => {
    expect(safeDecode('%82%A0.pdf')).toBe('%82%A0.pdf');
    expect(resolvePdfLink('%82%A0.pdf', BASE)?.fileName).toBe('%82%A0.pdf');
  });

  it('ignores links that are not documents', () => {
    for (const href of ['?year=2021', '#top', 'javascript:void(0)', 'mailto:a@b.jp', '', 'other.html', 'data:application/pdf,xx'])
      expect(resolvePdfLink(href, BASE), href).toBeNull();
    // A PDF label next to a same-page link does not make it a document.
    expect(resolvePdfLink('?year=2021', BASE, { label: '（PDF：10KB）' })).toBeNull();
  });

  it('recognises PDFs by query value, type attribute and size label', () => {
    expect(resolvePdfLink('/dl.php?file=a%2Fb.PDF', BASE)?.fileName).toBe('b.PDF');
    expect(resolvePdfLink('/files/1', BASE, { type: 'application/pdf' })).not.toBeNull();
    expect(resolvePdfLink('/files/2', BASE, { label: '資料 （PDF：180KB）' })).not.toBeNull();
    expect(resolvePdfLink('/files/3', BASE, { label: '資料（PDF形式 1.2MB）' })).not.toBeNull();
    expect(resolvePdfLink('/files/4', BASE, { label: '資料（Word：20KB）' })).toBeNull();
  });

  it('accepts file:// pages', () => {
    const t = resolvePdfLink('../a.pdf', 'file:///home/member/資料/page.html')!;
    expect(t.docUrl).toBe('file:///home/member/a.pdf');
  });
});
