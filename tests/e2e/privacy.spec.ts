/**
 * Privacy you can verify: while a member browses a council page, opens a consultation PDF in the side
 * panel, writes a note and a question and exports, the browser fetches only the document itself and the
 * extension's own files.
 *
 * Four recorders, together covering every context of the extension (side panel, pdf.js worker,
 * service worker, offscreen document, content script):
 *  - Chromium's own network log (--log-net-log): every URL request of the whole browser with its
 *    initiator (chrome-extension://ID for the extension's contexts, "not an origin" for the browser's
 *    own background traffic such as update checks);
 *  - a recording HTTP proxy given to Chromium (--proxy-server): every request to any host other than
 *    loopback, from any process, lands there (plain http, https CONNECT and WebSocket alike);
 *  - the loopback file server's own log (the only place loopback requests can go);
 *  - Playwright's context-wide request events (pages, their workers, the extension's service worker).
 * Plus static checks of the built extension: strict CSP, no remote code.
 */
import { test as base, chromium, expect, type BrowserContext, type Request } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, EXT_PATH, SAMPLE_DIR } from './fixtures.ts';
import { startServer, type StaticServer } from './server.ts';

interface Proxy {
  origin: string;
  seen: string[];
  close(): Promise<void>;
}

async function startRecordingProxy(): Promise<Proxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    seen.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  return {
    origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    seen,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

const HOSTILE_DIR = resolve(import.meta.dirname, '../fixtures/hostile');

interface NetRequest {
  url: string;
  initiator: string;
  nik: string;
  method: string;
}

/** URL requests from a Chromium NetLog file (written when the browser closes). */
function readNetLog(file: string): NetRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: Record<string, string> }[] };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url, initiator: e.params!.initiator ?? '', nik: e.params!.network_isolation_key ?? '', method: e.params!.method ?? '' }));
}

const isLoopback = (url: string) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url);

const test = base.extend<{ recorder: Proxy; netlogDir: string; context: BrowserContext; extensionId: string; sample: StaticServer; hostile: StaticServer }>({
  recorder: async ({}, use) => {
    const p = await startRecordingProxy();
    await use(p);
    await p.close();
  },
  sample: async ({}, use) => {
    const s = await startServer(SAMPLE_DIR);
    await use(s);
    await s.close();
  },
  hostile: async ({}, use) => {
    const s = await startServer(HOSTILE_DIR);
    await use(s);
    await s.close();
  },
  netlogDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'shingi-netlog-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // The servers come first, so they close after the browser (which holds keep-alive connections).
  context: async ({ recorder, netlogDir, sample: _s, hostile: _h }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'shingi-e2e-privacy-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: 'ja-JP',
      acceptDownloads: true,
      // Chromium sends loopback directly (implicit bypass) and everything else to the recording proxy.
      args: [...CHROMIUM_ARGS, `--proxy-server=${recorder.origin}`, `--log-net-log=${join(netlogDir, 'netlog.json')}`, `--disable-extensions-except=${EXT_PATH}`, `--load-extension=${EXT_PATH}`],
    });
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(sw.url()).host);
  },
});

interface Seen {
  url: string;
  by: string;
}

function recordRequests(context: BrowserContext): Seen[] {
  const seen: Seen[] = [];
  context.on('request', (r: Request) => {
    let by = 'unknown';
    try {
      by = r.serviceWorker()?.url() ?? r.frame().url();
    } catch {
      by = r.serviceWorker()?.url() ?? 'worker';
    }
    seen.push({ url: r.url(), by });
  });
  return seen;
}

test('analysing and annotating a document fetches only the document and the extension’s own files', async ({ context, extensionId, recorder, netlogDir, sample, hostile }) => {
  test.setTimeout(90_000);
  const seen = recordRequests(context);
  const own = `chrome-extension://${extensionId}/`;
  const pdfUrl = `${sample.origin}/sample-consultation.pdf`;

  // 1. The member browses the council page (the content script reads its links).
  const site = await context.newPage();
  await site.goto(`${sample.origin}/council.html`);
  await expect(site.locator('[data-shingi-lens-mark] button').first()).toBeVisible({ timeout: 10_000 });

  // 2. Opens the consultation in the side panel; it is analysed.
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`${own}sidepanel.html?src=${encodeURIComponent(pdfUrl)}`);
  await expect(panel.locator('.consultation .section-block').first()).toBeVisible({ timeout: 20_000 });

  // 3. Annotates: a note from selected text, a question; then exports the list.
  await panel.evaluate((needle) => {
    const box = document.querySelector('.section-block .pdf-text')!;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error(`not found: ${needle}`);
  }, '適切に管理');
  await panel.locator('.note-from-selection').first().click();
  await panel.locator('.consultation .note textarea.note-comment').first().fill('暗号化の方式が書かれていない');
  await panel.locator('.new-question-text').first().fill('保存データは暗号化しますか。');
  await panel.getByRole('button', { name: '質問を追加' }).first().click();
  await expect(panel.locator('.question-list .question')).not.toHaveCount(0);
  await panel.waitForTimeout(1200); // autosave
  await panel.getByRole('tab', { name: '出力・設定' }).click();
  for (const format of ['csv', 'md', 'eml']) {
    const dl = panel.waitForEvent('download', { timeout: 10_000 });
    await panel.locator(`.export-menu button[data-format="${format}"]`).click();
    expect((await dl).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  }

  // 4. A PDF that carries a URI action to a tracker and JavaScript: opened, nothing followed.
  await panel.goto(`${own}sidepanel.html?src=${encodeURIComponent(`${hostile.origin}/js-actions.pdf`)}`);
  await expect(panel.locator('.consultation-title').first()).toContainText('諮問第900号', { timeout: 20_000 });
  await panel.waitForTimeout(1000);

  // The recorders work: a page's own request to another host is caught by the proxy and the net log.
  await site.evaluate(() => fetch('http://canary.invalid/probe').catch(() => undefined));
  await expect.poll(() => recorder.seen.join(' ')).toContain('canary.invalid');
  // writes the net log. Bounded: once in about 45 runs the browser did not finish closing and the test ran into its
  // 90 s timeout without saying where; now it says so (the cause, inside Chromium's shutdown, is not known).
  await Promise.race([
    context.close(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('the browser did not close within 30 s (net log not written)')), 30_000)),
  ]);

  // ---- what left the browser
  const net = readNetLog(join(netlogDir, 'netlog.json'));
  const ext = `chrome-extension://${extensionId}`;
  const byExtension = net.filter((r) => r.initiator === ext || r.nik.includes(ext));
  // The extension (any of its contexts) requested the documents the member opened, nothing else.
  const docs = new Set([pdfUrl, `${hostile.origin}/js-actions.pdf`]);
  expect(byExtension.filter((r) => !docs.has(r.url.replace(/#.*$/, ''))).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  expect(byExtension.length).toBeGreaterThan(0);
  // Nothing initiated by the extension or by the pages went to any host other than loopback; what did
  // is the browser's own background traffic (initiator "not an origin", not isolated to our sites).
  const external = net.filter((r) => !isLoopback(r.url) && !r.url.startsWith('http://canary.invalid/'));
  const fromUs = external.filter((r) => r.initiator !== 'not an origin' || r.nik.includes(ext) || r.nik.includes('127.0.0.1'));
  expect(fromUs.map((r) => `${r.initiator} ${r.method} ${r.url}`)).toEqual([]);
  const browserHosts = [...new Set(external.map((r) => new URL(r.url).host))];
  // Every connection the proxy saw is one of those browser-internal requests (or the canary).
  for (const line of recorder.seen) {
    const host = line.replace(/^(CONNECT|UPGRADE) /, '').replace(/^\w+ https?:\/\//, '').replace(/[:/].*$/, '');
    expect(host === 'canary.invalid' || browserHosts.some((h) => h.replace(/:\d+$/, '') === host), line).toBe(true);
  }
  // Loopback: the pages the member opened, the documents, and nothing else.
  const allowedSample = new Set(['/council.html', '/sample-consultation.pdf', '/favicon.ico']);
  const extraSample = sample.requests.filter((p) => !allowedSample.has(p));
  expect(extraSample, `sample server saw ${sample.requests.join(', ')}`).toEqual([]);
  expect(hostile.requests.filter((p) => p !== '/js-actions.pdf' && p !== '/favicon.ico')).toEqual([]);
  // Everything the extension's pages, workers and service worker requested.
  const fromExtension = seen.filter((s) => s.by.startsWith(own) || s.url.startsWith(own));
  const documents = new Set([pdfUrl, `${hostile.origin}/js-actions.pdf`]);
  const foreign = fromExtension.filter((s) => !s.url.startsWith(own) && !documents.has(s.url.replace(/#.*$/, '')) && !s.url.startsWith('blob:') && !s.url.startsWith('data:'));
  expect(foreign).toEqual([]);
  // Web pages' requests: only what the member navigated to (and the browser's own favicon request).
  const fromPages = seen.filter((s) => !fromExtension.includes(s));
  const pageUrls = new Set([`${sample.origin}/council.html`, `${sample.origin}/favicon.ico`, pdfUrl, 'http://canary.invalid/probe']);
  expect(fromPages.filter((s) => !pageUrls.has(s.url))).toEqual([]);

  const ownFiles = new Set(fromExtension.filter((s) => s.url.startsWith(own)).map((s) => new URL(s.url).pathname));
  console.log(
    `[measure] privacy: net log ${net.length} URL requests, ${byExtension.length} by the extension (${[...new Set(byExtension.map((r) => r.url))].join(' ')}); ` +
      `Playwright saw ${seen.length} (${fromExtension.length} from extension contexts, ${ownFiles.size} distinct extension files); ` +
      `loopback servers ${sample.requests.length + hostile.requests.length} (${[...new Set([...sample.requests, ...hostile.requests])].join(' ')}); ` +
      `browser-internal to other hosts ${external.length} (${browserHosts.join(' ')}), none from the extension or the pages`,
  );
});

// ---------------------------------------------------------------------------------- built extension

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('the built manifest has a strict CSP: no remote sources, no eval, no inline script', () => {
  const manifest = JSON.parse(readFileSync(join(EXT_PATH, 'manifest.json'), 'utf8'));
  const csp: string = manifest.content_security_policy?.extension_pages ?? "script-src 'self'; object-src 'self';"; // MV3 default
  const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => { const [k, ...v] = d.split(/\s+/); return [k, v] as const; }));
  const script = directives.get('script-src') ?? directives.get('default-src') ?? [];
  expect(script).toContain("'self'");
  for (const [name, sources] of directives) {
    for (const s of sources) {
      expect(s, `${name} ${s}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|data:|blob:)/);
    }
  }
  expect(directives.get('object-src')).toEqual(["'none'"]);
  // No remotely hosted code or pages declared in the manifest.
  expect(JSON.stringify(manifest)).not.toMatch(/"(https?:)?\/\/[^"]*\.(js|mjs|html)"/);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.sandbox).toBeUndefined();
});

test('no remote code: the built bundles import, load or fetch no http(s) script', () => {
  const all = files(EXT_PATH).filter((f) => /\.(m?js|html)$/.test(f));
  expect(all.length).toBeGreaterThan(3);
  const patterns = [
    /\bimport\s*\(\s*["'`]https?:\/\//, // dynamic import of a URL
    /\bfrom\s*["'`]https?:\/\//, // static import from a URL
    /\bimportScripts\s*\([^)]*["'`]https?:\/\//,
    /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i,
    /\.src\s*=\s*["'`]https?:\/\/[^"'`]*\.m?js\b/,
    /\bnew\s+Worker\s*\(\s*["'`]https?:\/\//,
  ];
  const hits: string[] = [];
  for (const f of all) {
    const text = readFileSync(f, 'utf8');
    for (const re of patterns) {
      const m = re.exec(text);
      if (m) hits.push(`${f.slice(EXT_PATH.length)}: …${text.slice(Math.max(0, m.index - 40), m.index + 80)}…`);
    }
  }
  expect(hits).toEqual([]);
  console.log(`[measure] remote-code scan: ${all.length} bundle files, ${hits.length} remote script references`);
});
