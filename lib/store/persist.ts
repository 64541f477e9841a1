/** Ask the browser to keep our data when it needs space (navigator.storage.persist()). */
export interface PersistState {
  supported: boolean;
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

export async function requestPersistence(nav: { storage?: StorageManager } = globalThis.navigator): Promise<PersistState> {
  const s = nav?.storage;
  if (!s?.persist) return { supported: false, persisted: false, usage: null, quota: null };
  let persisted = false;
  try {
    persisted = (await s.persisted?.()) || (await s.persist());
  } catch {
    persisted = false;
  }
  let usage: number | null = null;
  let quota: number | null = null;
  try {
    const est = await s.estimate?.();
    usage = est?.usage ?? null;
    quota = est?.quota ?? null;
  } catch {
    /* estimate is optional */
  }
  return { supported: true, persisted, usage, quota };
}
