import 'fake-indexeddb/auto';
import { ShingiDB, useDatabase } from '../../lib/store/db.ts';

let n = 0;
/** A fresh, empty database for one test. */
export function freshDb(): ShingiDB {
  return useDatabase(new ShingiDB(`test-${process.pid}-${Date.now()}-${n++}`));
}

export const SHA = 'a'.repeat(64);
export const SHA2 = 'b'.repeat(64);
