/**
 * Changing the expectation table in the settings reviews the open document again (components/pipeline.ts
 * applyReviewSettings): the detailed table (domain.md §7.3) expects more for an outsourcing item, so
 * more categories become 「記載なし」; the standard table is used when the document is opened.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyReviewSettings, reopenStored } from '../../components/pipeline.ts';
import { session } from '../../components/state.ts';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { ShingiDB, useDatabase } from '../../lib/store/db.ts';
import { db, saveSettings, textCache } from '../../lib/store/index.ts';
import { extractText } from '../../lib/text/extract.ts';

const SAMPLE = resolve(import.meta.dirname, '../../assets/sample/sample-consultation.pdf');
const SHA = 'e'.repeat(64);
let n = 0;

beforeEach(() => {
  useDatabase(new ShingiDB(`review-settings-${Date.now()}-${n++}`));
});

const missing = () => session.value.consultations![0].review!.safeguards.filter((s) => s.status === 'missing').map((s) => s.id);

describe('expectation table setting', () => {
  it('opens with the stored table and re-reviews the open document when the member switches', async () => {
    const doc = await extractText(new Uint8Array(readFileSync(SAMPLE)), await nodePdfjsEnv(), {});
    await textCache.put(SHA, doc);
    await db().documents.put({ id: SHA, title: '見本', fileName: 'sample.pdf', url: null, pageCount: doc.pageCount, pageLabels: doc.pages.map((p) => p.label), meeting: '', createdAt: 1, updatedAt: 1, deletedAt: null } as never);
    await saveSettings({ expectations: 'core' });
    expect(await reopenStored(SHA)).toBe(true);
    const core = missing();
    expect(core.length).toBeGreaterThan(0);
    expect(core).not.toContain('authentication');

    applyReviewSettings({ expectations: 'full' });
    const full = missing();
    expect(full.length).toBeGreaterThan(core.length);
    expect(session.value.consultations![0].review!.safeguards.find((s) => s.id === 'authentication')?.status).toMatch(/missing|vague|present/);

    applyReviewSettings({ expectations: 'core' });
    expect(missing()).toEqual(core);
  });
});
