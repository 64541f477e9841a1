/**
 * The Dexie schema of the member's local store, one entry per version.
 * Each version is kept forever (Dexie needs the history to upgrade old databases);
 * tests/store/migration.test.ts opens a database at every older version and upgrades it.
 */
import type { Transaction } from 'dexie';

export const DB_NAME = 'shingi-lens';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** v1: the first release. */
const V1: SchemaVersion = {
  version: 1,
  stores: {
    documents: 'id, openedAt',
    pageCache: 'sha256, storedAt',
    consultations: 'id, docId',
    notes: 'id, docId, consultationId, updatedAt',
    questions: 'id, docId, consultationId, order',
    settings: 'key',
  },
};

/**
 * v2: documents listed by meeting, notes searchable by tag, questions ordered inside a consultation.
 * Upgrade: v1 notes had no `tags` and documents no `meeting` field; fill them so the new indexes see them.
 */
const V2: SchemaVersion = {
  version: 2,
  stores: {
    documents: 'id, openedAt, meeting',
    notes: 'id, docId, consultationId, updatedAt, *tags',
    questions: 'id, docId, consultationId, [consultationId+order], updatedAt',
  },
  upgrade: async (tx) => {
    await tx.table('notes').toCollection().modify((n: Record<string, unknown>) => {
      if (!Array.isArray(n.tags)) n.tags = [];
    });
    await tx.table('documents').toCollection().modify((d: Record<string, unknown>) => {
      if (d.meeting === undefined) d.meeting = null;
    });
    await tx.table('questions').toCollection().modify((q: Record<string, unknown>) => {
      if (typeof q.answer !== 'string') q.answer = '';
      if (typeof q.selected !== 'boolean') q.selected = true;
    });
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [V1, V2];
export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
