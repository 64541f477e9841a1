import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSiteScripts } from '../../entrypoints/background/site-scripts.ts';

type Reg = { id: string; matches: string[]; js: string[] };

describe('syncSiteScripts (sites the member added)', () => {
  let registered: Reg[];
  let origins: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    origins = [];
    const b = fakeBrowser as any;
    b.permissions.getAll = vi.fn(async () => ({ origins, permissions: [] }));
    b.scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)));
    b.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    });
    b.scripting.registerContentScripts = vi.fn(async (list: Reg[]) => {
      registered.push(...list);
    });
  });

  it('registers the content script only on granted sites beyond the defaults', async () => {
    origins = ['*://*.lg.jp/*', 'file:///*', 'https://www.example-city.jp/*'];
    expect(await syncSiteScripts()).toEqual(['https://www.example-city.jp/*']);
    expect(registered).toHaveLength(1);
    expect(registered[0].matches).toEqual(['https://www.example-city.jp/*']);
    expect(registered[0].js).toEqual(['content-scripts/content.js']);
  });

  it('follows grants and removals without duplicates', async () => {
    origins = ['https://a.example.jp/*'];
    await syncSiteScripts();
    origins = ['https://a.example.jp/*', 'http://b.example.org/*'];
    await syncSiteScripts();
    expect(registered).toHaveLength(1);
    expect(registered[0].matches).toEqual(['https://a.example.jp/*', 'http://b.example.org/*']);
    origins = [];
    expect(await syncSiteScripts()).toEqual([]);
    expect(registered).toHaveLength(0);
  });
});
