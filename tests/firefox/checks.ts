/**
 * What the Firefox build is tested for, in Debian's firefox-esr with the add-on installed:
 * the panel page renders in Japanese (in a tab and in Firefox's own sidebar, where a dropped PDF is
 * analysed), a PDF chosen with the file picker and one opened by URL are
 * analysed, the content script marks the consultation links of the sample council page (and its
 * mark opens the panel on that document), a PDF tab opened from that page gets the 諮問 badge, and
 * an edited question survives reloading the panel.
 * Run by scripts/test-firefox.ts (not Vitest, not Playwright).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { EXT_ORIGIN, openExtensionPage, panelUrl, reloadPage, SAMPLE_DIR, texts, waitFor } from './harness.ts';

export interface FirefoxContext {
  browser: Browser;
  /** http://127.0.0.1:PORT serving assets/sample */
  origin: string;
}

export interface Check {
  name: string;
  run(ctx: FirefoxContext, page: Page, errors: string[]): Promise<void>;
}

const SAMPLE_PDF = resolve(SAMPLE_DIR, 'sample-consultation.pdf');

/** The analysed sample as the panel shows it: consultation, security section, checklist, drafts. */
async function expectSampleAnalysed(page: Page): Promise<void> {
  const titles = await waitFor(() => texts(page, '.consultation-title'), (t) => t.some((x) => x.includes('諮問第101号')), {
    what: 'consultation 諮問第101号 shown',
    timeout: 20_000,
  });
  assert.ok(titles.length >= 1);
  // Its security-measures section.
  const headings = await waitFor(() => texts(page, '.consultation .section-block .section-heading'), (t) => t.length > 0, { what: 'a security section' });
  assert.ok(headings.some((h) => h.includes('個人情報保護対策')), `security section heading: ${JSON.stringify(headings)}`);
  // The checklist, with at least one safeguard judged missing (記載なし) or vague (曖昧).
  const weak = await waitFor(() => texts(page, '.checklist .check-item.st-missing .st-badge, .checklist .check-item.st-vague .st-badge'), (t) => t.length > 0, {
    what: 'a checklist item judged missing or vague',
  });
  assert.ok(weak.every((w) => /記載なし|曖昧/.test(w)), `badges: ${JSON.stringify(weak)}`);
  // Drafted questions, each citing the document's page (「資料 p.N」).
  const drafts = await waitFor(() => texts(page, '.drafts .draft'), (t) => t.length > 0, { what: 'drafted questions' });
  const refs = await texts(page, '.drafts .draft .page-ref');
  assert.equal(refs.length, drafts.length, 'every draft cites a page');
  assert.ok(refs.every((r) => /^資料 p\.\d+$/.test(r)), `page refs: ${JSON.stringify(refs)}`);
  assert.ok(drafts.some((d) => /ページ/.test(d) && d.includes('お示しください')), `draft texts: ${JSON.stringify(drafts.slice(0, 2))}`);
}

/** Badge text of the tab showing `url`, read from an extension page (browserAction in Firefox MV2). */
function badgeOf(panel: Page, url: string): Promise<string> {
  return panel.evaluate(async (u: string) => {
    const b = (globalThis as any).browser;
    const tab = (await b.tabs.query({})).find((t: { url?: string }) => t.url === u);
    return tab ? ((await b.browserAction.getBadgeText({ tabId: tab.id })) as string) : `<no tab ${u}>`;
  }, url);
}

export const CHECKS: Check[] = [
  {
    name: 'the add-on installs; its panel page renders in Japanese',
    async run(_ctx, page, errors) {
      await openExtensionPage(page, panelUrl());
      await waitFor(() => texts(page, 'h1'), (t) => t[0] === '審議レンズ', { what: 'heading 審議レンズ' });
      assert.equal(await page.$eval('html', (e) => e.getAttribute('lang')), 'ja');
      const hint = await texts(page, '.document-view .hint');
      assert.equal(hint.length, 1);
      assert.match(hint[0], /会議資料のPDFを開くと/);
      const tabs = await texts(page, '[role="tab"]');
      assert.deepEqual(tabs.slice(0, 2), ['資料', 'メモ・質問']);
      assert.deepEqual(await texts(page, '#open-current'), ['このタブの資料を開く']);
      assert.deepEqual(errors, [], 'no uncaught error in the panel');
    },
  },
  {
    name: "Firefox's own sidebar shows the panel (opened at install) and analyses a PDF dropped on it",
    async run(ctx, page, errors) {
      await openExtensionPage(page, panelUrl());
      // The sidebar is another view of the same add-on: reach its document from this extension page.
      const sidebar = () =>
        page.evaluate(() => {
          const views = (globalThis as any).browser.extension.getViews({ type: 'sidebar' }) as Window[];
          return views.map((w) => ({
            href: w.location.href,
            h1: w.document.querySelector('h1')?.textContent ?? null,
            hint: w.document.querySelector('.document-view .hint')?.textContent ?? null,
            titles: [...w.document.querySelectorAll('.consultation-title')].map((e) => e.textContent ?? ''),
            sections: [...w.document.querySelectorAll('.consultation .section-block .section-heading')].map((e) => e.textContent ?? ''),
            checks: w.document.querySelectorAll('.checklist .check-item').length,
            drafts: w.document.querySelectorAll('.drafts .draft').length,
          }));
        });
      const [view] = await waitFor(sidebar, (v) => v.length === 1 && v[0].h1 === '審議レンズ', { what: 'one sidebar view with the panel' });
      assert.equal(view.href, panelUrl());
      assert.match(view.hint ?? '', /会議資料のPDFを開くと/);
      // Drop the sample on the sidebar, as a member would drag it from the file manager.
      await page.evaluate(async (u: string) => {
        const [w] = (globalThis as any).browser.extension.getViews({ type: 'sidebar' }) as (Window & typeof globalThis)[];
        const bytes = new Uint8Array(await (await fetch(u)).arrayBuffer());
        const dt = new w.DataTransfer();
        dt.items.add(new w.File([bytes], '見本資料.pdf', { type: 'application/pdf' }));
        const app = w.document.querySelector('.app')!;
        app.dispatchEvent(new w.DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        app.dispatchEvent(new w.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, `${ctx.origin}/sample-consultation.pdf`);
      const [done] = await waitFor(sidebar, (v) => v[0]?.drafts > 0, { what: 'the dropped PDF analysed in the sidebar', timeout: 20_000 });
      assert.ok(done.titles.some((t) => t.includes('諮問第101号')), `titles: ${JSON.stringify(done.titles)}`);
      assert.ok(done.sections.some((h) => h.includes('個人情報保護対策')), `sections: ${JSON.stringify(done.sections)}`);
      assert.ok(done.checks > 0);
      assert.deepEqual(errors, [], 'no uncaught error in the panel tab');
    },
  },
  {
    name: 'a local PDF chosen with the file picker is analysed',
    async run(_ctx, page, errors) {
      await openExtensionPage(page, panelUrl());
      const input = await page.waitForSelector('input#file-input', { timeout: 10_000 });
      assert.ok(input);
      await input.uploadFile(SAMPLE_PDF);
      await expectSampleAnalysed(page);
      assert.deepEqual(await texts(page, '.doc-header .row span:first-child'), ['sample-consultation.pdf']);
      assert.deepEqual(await texts(page, '[role="alert"]'), [], 'no error shown');
      assert.deepEqual(errors, [], 'no uncaught error in the panel');
    },
  },
  {
    name: 'a document opened by URL (sidepanel.html?src=) is analysed',
    async run(ctx, page, errors) {
      const pdfUrl = `${ctx.origin}/sample-consultation.pdf`;
      await openExtensionPage(page, panelUrl(pdfUrl));
      await expectSampleAnalysed(page);
      // Opened from the web, the page references link to the PDF at that page.
      const href = await page.$eval('.drafts .draft a.page-ref', (a) => a.getAttribute('href'));
      assert.match(href ?? '', new RegExp(`^${pdfUrl.replace(/[.]/g, '\\.')}#page=\\d+$`));
      assert.deepEqual(await texts(page, '[role="alert"]'), [], 'no error shown');
      assert.deepEqual(errors, [], 'no uncaught error in the panel');
    },
  },
  {
    name: 'the content script marks the consultation links of the council page; a mark opens the panel on its document',
    async run(ctx, page) {
      const councilUrl = `${ctx.origin}/council.html`;
      await page.goto(councilUrl, { waitUntil: 'load' });
      const marks = await waitFor(
        () =>
          page.$$eval('[data-shingi-lens-mark]', (els) =>
            els.map((e) => {
              const b = e.shadowRoot?.querySelector('button');
              return {
                after: e.previousElementSibling?.textContent ?? '',
                text: b?.textContent ?? null,
                aria: b?.getAttribute('aria-label') ?? null,
                background: b ? getComputedStyle(b).backgroundColor : null,
              };
            }),
          ),
        (m) => m.length >= 2,
        { what: 'two marks on the council page' },
      );
      // Give a late rescan the chance to add a wrong one, then count again.
      await new Promise((r) => setTimeout(r, 800));
      assert.equal(await page.$$eval('[data-shingi-lens-mark]', (els) => els.length), 2, 'exactly the two consultation links are marked');
      assert.ok(marks.every((m) => m.after.includes('諮問第101号')), `marked links: ${JSON.stringify(marks)}`);
      // The mark's label follows the browser's UI language (Debian's firefox-esr is en-US unless a ja langpack is installed).
      const panel = await ctx.browser.newPage();
      try {
        await openExtensionPage(panel, panelUrl());
        const ui = await panel.evaluate(() => (globalThis as any).browser.i18n.getUILanguage() as string);
        const ja = /^ja\b/i.test(ui);
        for (const m of marks) {
          assert.equal(m.text, ja ? '審議レンズ' : 'Shingi Lens', `mark text (UI ${ui})`);
          assert.match(m.aria ?? '', ja ? /^審議レンズで開く：資料1 諮問第101号/ : /^Open in Shingi Lens: 資料1 諮問第101号/);
          // The mark's own style (in its shadow root) applies: #2b5797 background.
          assert.equal(m.background, 'rgb(43, 87, 151)', 'mark styled from its shadow root');
        }
        console.log(`    (browser UI language ${ui}: marks read "${marks[0].text}")`);
        // The page's links are untouched.
        assert.deepEqual(await texts(page, 'a'), [
          '資料1 諮問第101号 見本市子育て支援アプリ運用業務の外部委託について（PDF：120KB）',
          '資料1 諮問第101号 個人情報保護対策（2ページ目）',
          '令和8年度第2回 会議録（PDF）',
          '令和8年度 予算書（PDF）',
          '広報みほん 10月号（PDF）',
        ]);
        // The toolbar badge of the council tab counts one consultation document (both links are the same PDF).
        assert.equal(await waitFor(() => badgeOf(panel, councilUrl), (t) => t === '1', { what: 'badge "1" on the council tab' }), '1');

        // The second mark's button (inside its shadow root) opens the panel on that document:
        // Firefox's sidebar if it may open, else a tab with the panel page.
        const want = `${EXT_ORIGIN}/sidepanel.html?src=${encodeURIComponent(`${ctx.origin}/sample-consultation.pdf#page=2`)}`;
        await page.waitForSelector('[data-shingi-lens-mark] >>> button');
        const buttons = await page.$$('[data-shingi-lens-mark] >>> button');
        assert.equal(buttons.length, 2);
        await page.bringToFront();
        await buttons[1].click();
        const views = await waitFor(
          () =>
            panel.evaluate(() => {
              const ext = (globalThis as any).browser.extension;
              const list = (type: string) => (ext.getViews({ type }) as Window[]).map((w) => `${type} ${w.location.href}`);
              return [...list('sidebar'), ...list('tab')];
            }),
          (v) => v.some((x) => x.endsWith(` ${want}`)),
          { what: `a panel view on ${want}` },
        );
        // (Firefox refuses sidebarAction.open() outside a user action of the add-on's own pages: the background falls back to a tab.)
        console.log(`    (the mark opened: ${views.filter((x) => x.endsWith(` ${want}`)).map((x) => x.split(' ')[0]).join(', ')})`);
        // That panel reads the linked document and brings its consultation into view.
        const opened = await waitFor(
          async () => {
            for (const p of await ctx.browser.pages()) if ((await p.evaluate(() => location.href).catch(() => '')) === want) return p;
            return null;
          },
          (p) => p !== null,
          { what: 'the panel page the mark opened' },
        );
        await expectSampleAnalysed(opened!);
        if (opened !== page && opened !== panel) await opened!.close().catch(() => {});
      } finally {
        await panel.close().catch(() => {});
      }
    },
  },
  {
    name: 'a PDF tab opened from the council page: its toolbar badge says 諮問',
    async run(ctx, page) {
      const panel = await ctx.browser.newPage();
      try {
        await openExtensionPage(panel, panelUrl());
        await page.goto(`${ctx.origin}/council.html`, { waitUntil: 'load' });
        await waitFor(() => badgeOf(panel, `${ctx.origin}/council.html`), (t) => t === '1', { what: 'badge "1" on the council tab' });
        const pdf = `${ctx.origin}/sample-consultation.pdf#page=2`;
        await page.goto(pdf, { waitUntil: 'load' });
        assert.equal(await waitFor(() => badgeOf(panel, pdf), (t) => t === '諮問', { what: 'badge 諮問 on the PDF tab' }), '諮問');
      } finally {
        await panel.close().catch(() => {});
      }
    },
  },
  {
    name: 'an edited question survives reloading the panel (IndexedDB)',
    async run(ctx, page, errors) {
      await openExtensionPage(page, panelUrl(`${ctx.origin}/sample-consultation.pdf`));
      await waitFor(() => texts(page, '.drafts .draft'), (t) => t.length > 0, { what: 'drafted questions', timeout: 20_000 });
      const before = (await texts(page, '.question-list .question')).length;
      await page.click('.drafts .draft .btn-primary');
      await waitFor(() => texts(page, '.question-list .question'), (q) => q.length === before + 1, { what: 'the accepted draft in 事前質問' });
      const edited = `Firefoxで編集した質問 ${Date.now()}：保存データの暗号化方式と鍵の管理者を教えてください。`;
      const q = `.question-list .question:nth-child(${before + 1}) textarea.q-text`;
      await page.locator(q).fill(edited);
      await page.$eval(q, (el) => (el as HTMLElement).blur());
      await new Promise((r) => setTimeout(r, 1300)); // autosave (≤ 1 s)
      await reloadPage(page);
      const values = await waitFor(
        () => page.$$eval('.question-list textarea.q-text', (els) => els.map((e) => (e as HTMLTextAreaElement).value)),
        (v) => v.length === before + 1,
        { what: 'questions after reload', timeout: 20_000 },
      );
      assert.ok(values.includes(edited), `question texts after reload: ${JSON.stringify(values)}`);
      assert.deepEqual(errors, [], 'no uncaught error in the panel');
    },
  },
];
