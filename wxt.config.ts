import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FILE_PATTERN, GOVERNMENT_HOST_PATTERNS, LOCAL_TEST_PATTERNS } from './lib/page-detect/hosts.ts';
import { prefilterTableJson } from './scripts/prefilter-table.ts';

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Hosts where the content script runs without asking: Japanese government domains (see docs/permissions.md). */
export const DEFAULT_HOSTS = GOVERNMENT_HOST_PATTERNS;
/** Local test builds (npm test, npm run demo) also match the loopback server that serves the sample. */
const LOCAL_TEST = process.env.SHINGI_LOCAL_TEST === '1';
export const LOCAL_HOSTS = LOCAL_TEST ? LOCAL_TEST_PATTERNS : [];

export default defineConfig({
  srcDir: '.',
  outDir: LOCAL_TEST ? '.output/test' : '.output',
  zip: {
    // The Firefox sources zip is for store review: the code and what builds it, not test output or fixtures.
    excludeSources: ['test-results/**', 'demo-output/**', 'docs/screenshots/**', 'tests/fixtures/heldout/**', 'tests/fixtures/perf/**'],
  },
  // The review's prefilter table (scripts/prefilter-table.ts), as in the command-line build: the panel does not parse
  // some 500 regex sources when it first analyses a PDF.
  vite: async () => ({ plugins: [preact()], define: { __SHINGI_PREFILTER_TABLE__: JSON.stringify(await prefilterTableJson(import.meta.dirname)) } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // Every permission is explained in docs/permissions.md.
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    host_permissions: [...DEFAULT_HOSTS, ...LOCAL_HOSTS, FILE_PATTERN],
    // Sites the member adds from the panel (Firefox MV2 has no optional_host_permissions key).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none';"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shingi-lens@example.jp',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Ship pdf.js CMaps and standard fonts inside the extension (files one by one).
    'build:publicAssets': (_wxt, files) => {
      for (const sub of ['cmaps', 'standard_fonts'])
        for (const f of readdirSync(join(pdfjsDir, sub)))
          files.push({ absoluteSrc: join(pdfjsDir, sub, f), relativeDest: `${sub}/${f}` });
    },
  },
});
