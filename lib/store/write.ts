/** Every write goes through one transaction: all of it is stored, or none of it (quota, crash). */
import type { Table } from 'dexie';
import { db } from './db.ts';
import { toStoreError } from './errors.ts';

export async function writeTx<T>(tables: Table[], fn: () => Promise<T>): Promise<T> {
  try {
    return await db().transaction('rw', tables, fn);
  } catch (e) {
    throw toStoreError(e);
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
