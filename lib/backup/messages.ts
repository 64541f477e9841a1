/** Messages shown to the member when a backup cannot be restored (Japanese first). */
export type RestoreErrorCode = 'not_json' | 'not_backup' | 'future_version' | 'tampered' | 'invalid';

export function restoreErrorMessage(code: RestoreErrorCode, detail: { version?: number } = {}): string {
  switch (code) {
    case 'not_json':
      return 'ファイルを読み込めませんでした。JSON 形式のファイルではありません。審議レンズで保存したバックアップファイル（.json）を選んでください。';
    case 'not_backup':
      return 'このファイルは審議レンズのバックアップではありません。審議レンズの「バックアップを保存」で作ったファイルを選んでください。';
    case 'future_version':
      return `このバックアップは新しい版の審議レンズ（形式 ${detail.version ?? '?'}）で作られています。この版では読み込めません。拡張機能を最新版に更新してから復元してください。現在のデータは変更していません。`;
    case 'tampered':
      return 'このバックアップファイルは保存後に書き換えられたか、壊れています（チェックサムが一致しません）。安全のため復元しませんでした。現在のデータは変更していません。';
    case 'invalid':
      return 'バックアップファイルの構成が正しくありません。ファイルが壊れている可能性があります。現在のデータは変更していません。';
  }
}

export const KIND_LABEL = {
  documents: '資料',
  consultations: '諮問',
  notes: 'メモ',
  questions: '質問',
  settings: '設定',
} as const;
