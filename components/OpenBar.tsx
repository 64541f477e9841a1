/** Open a document: the current tab's PDF, a chosen file, or a file dropped anywhere on the panel. */
import { useRef } from 'preact/hooks';
import { activeTab } from '../lib/platform/browser-tabs.ts';
import { openSource } from './pipeline.ts';
import { showToast, t } from './state.ts';

/** The active tab's document URL: from the tabs API, else from the background (activeTab). */
async function currentTabUrl(): Promise<string | null> {
  const tab = await activeTab().catch(() => null);
  if (tab?.url && /^(https?|file):/.test(tab.url)) return tab.url;
  try {
    const m = await import('../lib/messaging/index.ts');
    const det = await m.getCurrentTabDetection(tab?.id);
    return det?.pdf?.url ?? det?.url ?? null;
  } catch {
    return null;
  }
}

export async function openCurrentTab(): Promise<void> {
  const url = await currentTabUrl();
  if (!url) {
    showToast(t('noActiveTab'), { kind: 'error' });
    return;
  }
  await openSource({ kind: 'url', url });
}

export function chooseFile(): void {
  document.getElementById('file-input')?.click();
}

export function OpenBar() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="open-bar">
      <div class="row wrap">
        <button type="button" class="btn-primary" id="open-current" onClick={() => void openCurrentTab()}>
          {t('openCurrentTab')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('chooseFile')}
        </button>
        <input
          ref={input}
          id="file-input"
          type="file"
          accept="application/pdf,.pdf"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t('chooseFile')}
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) void openSource({ kind: 'file', file: f });
            (e.currentTarget as HTMLInputElement).value = '';
          }}
        />
        <span class="muted small">{t('dropHere')}</span>
      </div>
    </div>
  );
}
