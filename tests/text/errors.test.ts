import { describe, expect, it } from 'vitest';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { MemoryTextCache } from '../../lib/text/cache.ts';
import { extractText } from '../../lib/text/extract.ts';
import type { PdfjsEnv } from '../../lib/text/pdfjs-env.ts';
import { extract, failure, fixture } from './helpers.ts';

describe('bad input gives typed errors with Japanese messages', () => {
  it('asks for the password, says when it is wrong, opens with the right one', async () => {
    const need = await failure('encrypted-user.pdf');
    expect(need.code).toBe('password_required');
    expect(need.message).toMatch(/パスワード/);
    const wrong = await failure('encrypted-user.pdf', { password: 'nope' });
    expect(wrong.code).toBe('password_incorrect');
    expect(wrong.message).toMatch(/違います/);
    const doc = await extract('encrypted-user.pdf', { password: 'test' });
    expect(doc.pages[0].text).toContain('暗号化された文書の本文です。');
  });

  it('opens permissions-only encryption normally', async () => {
    const doc = await extract('encrypted-owner-only.pdf');
    expect(doc.pages[0].text).toContain('暗号化された文書の本文です。');
  });

  it('reports a truncated file as corrupt', async () => {
    const e = await failure('truncated.pdf');
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/壊れて/);
  });

  it('reports an HTML error page as not a PDF', async () => {
    const e = await failure('html-error.pdf');
    expect(e.code).toBe('not_pdf');
    expect(e.message).toMatch(/HTML/);
    expect((await failure(new Uint8Array(0))).code).toBe('not_pdf');
  });

  it('reports a document without a text layer, with the pages marked', async () => {
    const e = await failure('image-only.pdf');
    expect(e.code).toBe('no_text_layer');
    expect(e.message).toMatch(/文字情報がありません/);
    const doc = (e as unknown as { document: { pages: { hasText: boolean }[] } }).document;
    expect(doc.pages.map((p) => p.hasText)).toEqual([false, false]);
  });

  it('marks an image-only page inside a document with text', async () => {
    const doc = await extract('mixed-image-page.pdf');
    expect(doc.pages.map((p) => p.hasText)).toEqual([true, false]);
  });

  it('refuses a file over the size limit, which the member can raise', async () => {
    const e = await failure('kangxi.pdf', { maxBytes: 1000 });
    expect(e.code).toBe('too_large');
    expect(e.message).toMatch(/上限/);
    const doc = await extract('kangxi.pdf', { maxBytes: 10_000_000 });
    expect(doc.pageCount).toBe(1);
  });

  it('stops reading a page with too many text items and keeps what it read', async () => {
    const full = await extract('many-items.pdf');
    expect(full.pages[0].timedOut).toBeUndefined();
    expect(full.pages[0].text).toContain('大量の文字を含むページ');
    const cut = await extract('many-items.pdf', { maxPageItems: 500 });
    expect(cut.pages[0].timedOut).toBe(true);
    expect(cut.pages[0].text).toContain('大量の文字を含むページ');
    expect(cut.pages[0].text.length).toBeLessThan(full.pages[0].text.length);
  });

  it('never hangs on a page: time limit per page', async () => {
    const real = await nodePdfjsEnv();
    const stuck = {
      numPages: 2,
      getPage: () => new Promise(() => {}),
    };
    const env = {
      ...real,
      pdfjs: { ...real.pdfjs, getDocument: () => ({ promise: Promise.resolve(stuck), destroy: async () => {} }) },
    } as unknown as PdfjsEnv;
    const t0 = Date.now();
    const err = await extractText(fixture('kangxi.pdf'), env, { pageTimeoutMs: 50 }).catch((e) => e);
    expect(err.code).toBe('unreadable');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('streaming, cancellation and cache', () => {
  it('streams pages in order with the page count', async () => {
    const seen: [number, number][] = [];
    await extract('running.pdf', { onPage: (p, n) => seen.push([p.index, n]) });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('cancels with an AbortSignal', async () => {
    const ac = new AbortController();
    const seen: number[] = [];
    const err = await extract('running.pdf', {
      signal: ac.signal,
      onPage: (p) => {
        seen.push(p.index);
        ac.abort();
      },
    }).catch((e) => e);
    expect(err.name).toBe('AbortError');
    expect(seen).toEqual([1]);
  });

  it('serves a reopened document from the cache by SHA-256', async () => {
    const cache = new MemoryTextCache();
    const real = await nodePdfjsEnv();
    let opened = 0;
    const env = {
      ...real,
      pdfjs: {
        ...real.pdfjs,
        getDocument: (...a: Parameters<typeof real.pdfjs.getDocument>) => {
          opened++;
          return real.pdfjs.getDocument(...a);
        },
      },
    } as PdfjsEnv;
    const first = await extractText(fixture('running.pdf'), env, { cache });
    const pages: number[] = [];
    const second = await extractText(fixture('running.pdf'), env, { cache, onPage: (p) => pages.push(p.index) });
    expect(opened).toBe(1);
    expect(second.pages.map((p) => p.text)).toEqual(first.pages.map((p) => p.text));
    expect(second.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pages).toEqual([1, 2, 3]);
  });

  it('does not cache documents opened with a password unless asked', async () => {
    const cache = new MemoryTextCache();
    await extract('encrypted-user.pdf', { password: 'test', cache });
    expect(cache.size).toBe(0);
    await extract('encrypted-user.pdf', { password: 'test', cache, cacheEncrypted: true });
    expect(cache.size).toBe(1);
  });
});
