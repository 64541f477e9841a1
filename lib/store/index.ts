/** The member's local store: schema, repository functions and liveQuery hooks. */
export { db, useDatabase, ShingiDB } from './db.ts';
export { StoreError, STORE_MESSAGES, isQuotaError, toStoreError } from './errors.ts';
export * from './documents.ts';
export * from './notes.ts';
export * from './questions.ts';
export { getSettings, saveSettings, normalizeSettings } from './settings.ts';
export { exportAllRecords, importRecords, AllRecordsSchema, type AllRecords, type ImportOptions } from './records.ts';
export { textCache, DexieTextCache } from './page-cache.ts';
export { requestPersistence } from './persist.ts';
export * from './search.ts';
