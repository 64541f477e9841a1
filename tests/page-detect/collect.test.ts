import { describe, expect, it } from 'vitest';
import { collectPdfLinks } from '../../lib/page-detect/collect.ts';
import { consultationDocuments, contextText, detectPage } from '../../lib/page-detect/detect.ts';
import { loadPage } from './helpers.ts';

const URL_ = 'https://www.city.shiken.lg.jp/shisei/shingikai/index.html';

describe('collectPdfLinks on a council page', () => {
  const doc = loadPage('council-list.html', URL_);
  const links = collectPdfLinks(doc);
  const byText = (s: string) => links.find((l) => l.text.includes(s))!;

  it('finds every PDF link and nothing else', () => {
    expect(links.map((l) => l.text)).toEqual([
      'サイトの使い方（PDF）',
      '資料1 住民票写し交付業務の外部委託について（諮問第31号）',
      '資料2 子育て支援システムの導入について（諮問第32号）',
      '令和6年度第1回 会議録',
      '防犯カメラの設置について（諮問第33号）',
      'オンライン結合について（諮問第34号）',
      '目的外利用について（諮問第35号）',
      '令和6年度 諮問資料集（一括版）',
      '令和6年度 予算書（抜粋）',
      '広報しけん 6月号',
      'プライバシーポリシー',
    ]);
  });

  it('resolves relative links, #page= and encoded names', () => {
    expect(byText('諮問第31号').docUrl).toBe('https://www.city.shiken.lg.jp/shisei/docs/shimon-31.pdf');
    expect(byText('諮問第32号').page).toBe(3);
    expect(byText('諮問第33号').fileName).toBe('諮問第33号.pdf');
    expect(byText('諮問資料集').fileName).toBe('諮問資料集.pdf');
  });

  it('gathers row text and the heading chain', () => {
    const l = byText('諮問第31号');
    expect(l.row).toContain('（PDF：120KB）');
    expect(l.headings).toEqual(['令和6年度第1回（令和6年5月10日）', '試験市個人情報保護審議会 会議資料']);
    expect(byText('会議録').row).toMatch(/^会議録：/);
    expect(byText('諮問第34号').row).toContain('配付資料');
    expect(byText('諮問第34号').row).toContain('資料2');
  });

  it('does not lend the main heading to links in side regions', () => {
    expect(byText('予算書').region).toBe('aside');
    expect(byText('予算書').headings).toEqual(['関連情報']);
    expect(contextText(byText('予算書'))).not.toContain('諮問資料集');
    expect(byText('サイトの使い方').region).toBe('nav');
    expect(byText('サイトの使い方').headings).toEqual([]);
  });
});

describe('detectPage', () => {
  it('counts distinct consultation documents and leaves minutes, budget and newsletter out', () => {
    const d = detectPage(loadPage('council-list.html', URL_));
    const yes = d.links.filter((l) => l.verdict.isConsultation).map((l) => l.text);
    for (const n of [31, 32, 33, 34, 35]) expect(yes.some((t) => t.includes(`諮問第${n}号`))).toBe(true);
    for (const t of ['会議録', '予算書', '広報', 'プライバシー', 'サイトの使い方']) expect(yes.some((y) => y.includes(t)), t).toBe(false);
    expect(consultationDocuments(d.links).length).toBe(yes.length);
    expect(d.title).toContain('審議会');
  });

  it('counts the same file linked twice (whole and #page=) once', () => {
    const doc = loadPage('council-list.html', URL_);
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.setAttribute('href', '../docs/shimon-32.pdf');
    a.textContent = '子育て支援システム（諮問第32号）全体';
    li.append(a);
    doc.querySelector('ul.files')!.append(li);
    const d = detectPage(doc);
    const docs = consultationDocuments(d.links);
    expect(docs.filter((u) => u.endsWith('shimon-32.pdf')).length).toBe(1);
  });

  it('takes image alt text when the link has no text', () => {
    const d = detectPage(loadPage('hostile-links.html', 'https://www.pref.example.lg.jp/a/b.html'));
    const img = d.links.find((l) => l.docUrl.endsWith('C.PDF'))!;
    expect(img.text).toBe('諮問第4号 資料（PDF）');
    expect(d.links.length).toBe(4);
  });
});

describe('layout tables', () => {
  it('uses the link line, not a whole layout row full of links', () => {
    const doc = loadPage('layout-table.html', 'http://www.town.example.nagano.jp/gikai/shiryou.html');
    const links = collectPdfLinks(doc);
    expect(links.length).toBe(6);
    const l = links.find((x) => x.text.includes('諮問第7号'))!;
    expect(l.row).toBe('諮問第7号 資料 （PDF 200KB）');
    expect(l.headings).toEqual(['第2回 審議会資料']);
  });
});
