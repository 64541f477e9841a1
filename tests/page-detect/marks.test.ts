import { describe, expect, it, vi } from 'vitest';
import { addMark, existingMark, MARK_ATTR, removeMarks } from '../../lib/page-detect/marks.ts';
import { detectPage } from '../../lib/page-detect/detect.ts';
import { loadPage } from './helpers.ts';

describe('marks', () => {
  it('adds one button after the link, in a shadow root, with hostile text kept as text', () => {
    const doc = loadPage('hostile-links.html', 'https://www.city.example.lg.jp/x/index.html');
    const d = detectPage(doc);
    const onOpen = vi.fn();
    for (const l of d.links) addMark(l.element, l.text, () => onOpen(l.url));
    for (const l of d.links) addMark(l.element, l.text, () => onOpen(l.url)); // idempotent
    const marks = doc.querySelectorAll(`[${MARK_ATTR}]`);
    expect(marks.length).toBe(d.links.length);
    const first = d.links[0].element;
    const host = existingMark(first)!;
    expect(host).toBe(first.nextElementSibling);
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('審議レンズ');
    expect(button.getAttribute('aria-label')).toBe('審議レンズで開く：<img src=x onerror=alert(1)>諮問第1号 資料');
    // The markup in the link text was never parsed: no <img> anywhere.
    expect(doc.querySelectorAll('img[src=x]').length).toBe(0);
    expect(host.shadowRoot!.querySelectorAll('img').length).toBe(0);
    button.click();
    expect(onOpen).toHaveBeenCalledWith('https://www.city.example.lg.jp/x/a.pdf');
    expect(removeMarks(doc)).toBe(d.links.length);
    expect(doc.querySelectorAll(`[${MARK_ATTR}]`).length).toBe(0);
  });

  it('rescanning a marked page finds the same links (marks are not links)', () => {
    const doc = loadPage('hostile-links.html', 'https://www.city.example.lg.jp/x/index.html');
    const before = detectPage(doc).links.length;
    for (const l of detectPage(doc).links) addMark(l.element, l.text, () => {});
    expect(detectPage(doc).links.length).toBe(before);
  });
});
