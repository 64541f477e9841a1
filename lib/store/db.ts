/**
 * The member's local database (IndexedDB through Dexie). Nothing here leaves the machine.
 * Tables follow lib/notes/model.ts; the page cache holds extracted text by the PDF's SHA-256.
 */
import { Dexie, type Table } from 'dexie';
import type {
  ConsultationRecord,
  DocumentRecord,
  NoteRecord,
  QuestionRecord,
  Settings,
} from '../notes/model.ts';
import type { TextDocument } from '../text/types.ts';
import { DB_NAME, SCHEMA_VERSIONS } from './schema.ts';

export interface PageCacheRow {
  sha256: string;
  doc: TextDocument;
  storedAt: number;
  /** Approximate size in characters, to evict the largest/oldest when space runs out. */
  size: number;
}

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export class ShingiDB extends Dexie {
  documents!: Table<DocumentRecord, string>;
  pageCache!: Table<PageCacheRow, string>;
  consultations!: Table<ConsultationRecord, string>;
  notes!: Table<NoteRecord, string>;
  questions!: Table<QuestionRecord, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const ver = this.version(v.version).stores(v.stores);
      if (v.upgrade) ver.upgrade(v.upgrade);
    }
  }
}

let current: ShingiDB | undefined;

/** The shared database of this page (opened lazily). */
export function db(): ShingiDB {
  current ??= new ShingiDB();
  return current;
}

/** Use another database (tests; a second profile). Closes the previous one. */
export function useDatabase(next: ShingiDB): ShingiDB {
  if (current && current !== next) current.close();
  current = next;
  return next;
}
