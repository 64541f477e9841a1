/**
 * npx node scripts/qa-panel.ts [--out /tmp/qa] [--only 09] [--widths 360,500] [--lang en]
 * Visual QA of the side panel on real-size corpus documents (not a test): builds nothing — run
 * `SHINGI_LOCAL_TEST=1 npx wxt build` first. Serves /work/shared/corpus on 127.0.0.1, opens
 * `sidepanel.html?src=…` at each width, waits until the panel is done, writes screenshots and a
 * small report (layout overflow, English words in Japanese mode, focus ring, page links) per run.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, EXT_PATH } from '../tests/e2e/fixtures.ts';
import { startServer } from '../tests/e2e/server.ts';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const OUT = arg('out', '/tmp/qa');
const ONLY = arg('only', '');
const WIDTHS = arg('widths', '360,500').split(',').map(Number);
const LANG = arg('lang', 'ja');
const CORPUS = arg('corpus', '/work/shared/corpus');
const MAX_SHOT = 12_000;
const SLICE = 1400;

interface Case {
  name: string;
  file: string;
  /** Extra steps after the panel settled (password, focus walk…). */
  then?: (page: Page, shot: (tag: string, full?: boolean) => Promise<void>) => Promise<void>;
}

const CASES: Case[] = [
  {
    name: '08',
    file: '08_bundle_shingikai_minato.pdf',
    then: async (page, shot) => {
      // accept three drafts, note a long selection, then look at the questions, notes and other views
      for (let i = 0; i < 3; i++) {
        await page.locator('.consultation').first().locator('.drafts .btn-primary').first().click();
        await page.waitForTimeout(200);
      }
      await page.evaluate(() => {
        const box = document.querySelector('.section-block .pdf-text')!;
        const r = document.createRange();
        r.selectNodeContents(box);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
      });
      await page.locator('.note-from-selection').first().click();
      await page.waitForTimeout(400);
      const q = page.locator('.consultation').first().locator('details.part').nth(3);
      await q.scrollIntoViewIfNeeded();
      await q.screenshot({ path: join(OUT, `08-questions-${page.viewportSize()!.width}.png`) });
      const notes = page.locator('.consultation').first().locator('details.part').nth(4);
      await notes.screenshot({ path: join(OUT, `08-notes-${page.viewportSize()!.width}.png`) });
      for (const tab of ['notes', 'documents', 'export']) {
        await page.locator(`#tab-${tab}`).click();
        await page.waitForTimeout(500);
        await shot(`tab-${tab}`);
        extra.push(...(await inspect(page, LANG)).english.map((e) => `${tab}: ${e}`));
      }
      await page.locator('#tab-document').click();
    },
  },
  {
    name: '09',
    file: '09_bundle_large_150p.pdf',
    then: async (page, shot) => {
      // the member wants item 20: scroll to it the way the panel offers (jump list if any)
      const n = await page.locator('.consultation').count();
      const target = page.locator('.consultation').nth(Math.min(19, n - 1));
      await target.scrollIntoViewIfNeeded();
      await target.screenshot({ path: join(OUT, `09-item20-${page.viewportSize()!.width}.png`) }).catch(() => {});
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('top');
    },
  },
  { name: '07', file: '07_pia_juki_zenkomoku.pdf' },
  { name: '02', file: '02_itaku_jushin_kansho_vague.pdf' },
  { name: '404', file: 'no-such-file.pdf' },
  { name: 'hostile', file: '@hostile/hostile-text.pdf' },
  { name: '03', file: '03_cloud_kyufu_a3_table.pdf' },
  { name: '17', file: '17_scan_no_text_layer.pdf' },
  {
    name: '18',
    file: '18_encrypted_user_password.pdf',
    then: async (page, shot) => {
      const pw = page.locator('#pdf-password');
      if (!(await pw.count())) return;
      await pw.fill('wrong-password');
      await pw.press('Enter');
      await page.getByText(/パスワードが違います|Wrong password/).waitFor({ timeout: 20_000 }).catch(() => {});
      await shot('wrong');
      await page.locator('#pdf-password').fill('shingikai2022');
      await page.locator('#pdf-password').press('Enter');
      await settle(page);
      await shot('right');
    },
  },
  { name: '21', file: '21_corrupt_truncated.pdf' },
  { name: '22', file: '22_not_a_pdf_html404.pdf' },
];

/** Wait until the panel has finished (no progress bar, and a result or an error is shown). */
async function settle(page: Page, timeout = 90_000): Promise<number> {
  const t0 = Date.now();
  await page.waitForTimeout(300);
  await page.waitForFunction(
    () => !document.querySelector('.progress') && !!document.querySelector('.consultations, .error-box, .pages'),
    undefined,
    { timeout, polling: 100 },
  );
  return Date.now() - t0;
}

/** Facts a reviewer checks by eye, gathered from the DOM. */
async function inspect(page: Page, lang: string) {
  return page.evaluate((lang) => {
    const vw = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1 && getComputedStyle(el).position !== 'fixed') {
        wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
      }
    }
    // UI words in Latin letters while in Japanese mode (PDF text, file names and the language switch excluded)
    const english: string[] = [];
    const ACRO = /PDF|OCR|URL|CSV|TSV|ISMS|LGWAN|ASP|DMZ|Alt|Ctrl|Shift|Enter|Esc|ID/g;
    if (lang === 'ja') {
      const walker = document.createTreeWalker(document.querySelector('.app')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const p = n.parentElement!;
        if (p.closest('.pdf-text, .quote-text, .doc-title, .consultation-title, .draft-text, #lang-switch, kbd, .doc-header .muted, [hidden], script, style')) continue;
        const s = n.textContent!.trim();
        if (/[A-Za-z]{3,}/.test(s.replace(ACRO, ''))) english.push(s.slice(0, 60));
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
      if (lang !== 'ja') break;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && /[A-Za-z]{3,}/.test(v.replace(ACRO, '')) && !el.closest('#lang-switch')) english.push(`@${a}: ${v.slice(0, 60)}`);
      }
    }
    const links = [...document.querySelectorAll('.page-ref')].slice(0, 6).map((a) => a.textContent);
    return {
      height: document.documentElement.scrollHeight,
      hOverflow: document.documentElement.scrollWidth > vw,
      wide: wide.slice(0, 12),
      english: [...new Set(english)].slice(0, 20),
      consultations: document.querySelectorAll('.consultation').length,
      checklistItems: document.querySelectorAll('.check-item').length,
      drafts: document.querySelectorAll('.drafts .draft').length,
      errors: [...document.querySelectorAll('.error-box')].map((e) => e.textContent),
      notices: [...document.querySelectorAll('.notice')].map((e) => e.textContent),
      pageLinks: links,
      jumpList: !!document.querySelector('.toc, nav.jump, [data-toc]'),
    };
  }, lang);
}

/** Tab through the first controls and record whether the focused element shows a visible outline. */
async function focusWalk(page: Page, steps = 12) {
  const out: string[] = [];
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    out.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return 'none';
        const cs = getComputedStyle(el);
        const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
        return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 16)}" ring=${ring}`;
      }),
    );
  }
  return out;
}

mkdirSync(join(OUT, 'slices'), { recursive: true });
// A private copy of the built extension: other helpers may rebuild .output while this runs.
const ext = mkdtempSync(join(tmpdir(), 'qa-ext-'));
cpSync(EXT_PATH, ext, { recursive: true });
const server = await startServer(CORPUS);
const hostile = await startServer(join(import.meta.dirname, '../tests/fixtures/hostile'));
const extra: string[] = [];
const profile = mkdtempSync(join(tmpdir(), 'qa-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  locale: 'ja-JP',
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
const report: Record<string, unknown> = {};
try {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  for (const c of CASES.filter((x) => !ONLY || ONLY.split(',').includes(x.name))) {
    for (const w of WIDTHS) {
      const page = await context.newPage();
      await page.setViewportSize({ width: w, height: 900 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const src = c.file.startsWith('@hostile/') ? `${hostile.origin}/${c.file.slice(9)}` : `${server.origin}/${encodeURIComponent(c.file)}`;
      extra.length = 0;
      const t0 = Date.now();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?src=${encodeURIComponent(src)}`);
      if (LANG === 'en') {
        await page.locator('#lang-switch').click();
      }
      let ms = -1;
      try {
        ms = await settle(page);
      } catch {
        errors.push('did not settle in time');
      }
      const key = `${c.name}-${w}${LANG === 'en' ? '-en' : ''}`;
      const shot = async (tag: string, full = true) => {
        const h = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: join(OUT, `${key}-${tag}.png`),
          fullPage: full,
          clip: full ? { x: 0, y: 0, width: w, height: Math.min(h, MAX_SHOT) } : undefined,
        });
        // slices a person can read (the file viewer shrinks tall images)
        if (full && h > SLICE) {
          for (let y = 0, i = 0; y < Math.min(h, MAX_SHOT); y += SLICE, i++) {
            await page.screenshot({ path: join(OUT, 'slices', `${key}-${tag}-${String(i).padStart(2, '0')}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(SLICE, h - y) } });
          }
        }
      };
      await shot('full');
      await page.screenshot({ path: join(OUT, `${key}-view.png`) });
      if (c.then) await c.then(page, shot);
      const facts = await inspect(page, LANG);
      facts.english.push(...extra);
      const focus = w === WIDTHS[0] ? await focusWalk(page) : [];
      report[key] = { settleMs: ms, wallMs: Date.now() - t0, ...facts, focus, pageErrors: errors };
      console.log(key, JSON.stringify(report[key], null, 1));
      await page.close();
    }
  }
} finally {
  writeFileSync(join(OUT, `report${LANG === 'en' ? '-en' : ''}.json`), JSON.stringify(report, null, 1));
  await context.close();
  await server.close();
  await hostile.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(ext, { recursive: true, force: true });
}
