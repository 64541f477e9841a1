/** Storage failures as typed errors with a message the member can act on (Japanese first). */

export type StoreErrorCode = 'quota' | 'blocked' | 'unknown';

export const STORE_MESSAGES: Record<StoreErrorCode, { ja: string; en: string }> = {
  quota: {
    ja: 'ブラウザの保存領域がいっぱいのため保存できませんでした。変更は記録されていません。「資料一覧」から不要な資料を削除するか、バックアップを取ってから空き容量を増やしてください。',
    en: 'The browser storage is full, so nothing was saved. Delete documents you no longer need in "Documents", or back up and free some space.',
  },
  blocked: {
    ja: 'データベースを開けませんでした。審議レンズを開いている他のタブを閉じてから、もう一度お試しください。',
    en: 'The database could not be opened. Close other Shingi Lens tabs and try again.',
  },
  unknown: {
    ja: '保存中にエラーが発生しました。変更は記録されていません。',
    en: 'An error occurred while saving. Nothing was recorded.',
  },
};

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  override readonly cause?: unknown;
  constructor(code: StoreErrorCode, cause?: unknown) {
    super(STORE_MESSAGES[code].ja);
    this.name = 'StoreError';
    this.code = code;
    this.cause = cause;
  }
}

/** True when the error (or what it wraps) is the browser's "storage full" error. */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const name = (cur as { name?: string }).name;
    if (name === 'QuotaExceededError') return true;
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  if (isQuotaError(e)) return new StoreError('quota', e);
  const name = (e as { name?: string })?.name;
  if (name === 'DatabaseClosedError' || name === 'BlockedError' || name === 'VersionError') return new StoreError('blocked', e);
  return new StoreError('unknown', e);
}
