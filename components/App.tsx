/** The side panel: header, views (document, notes & questions, documents, export & settings), toasts. */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { getSettings, requestPersistence, saveSettings } from '../lib/store/index.ts';
import { DocumentView } from './DocumentView.tsx';
import { DocumentsView } from './DocumentsView.tsx';
import { openSource } from './pipeline.ts';
import { SearchView } from './SearchView.tsx';
import { handleKey } from './shortcuts.ts';
import { Shortcuts } from './Shortcuts.tsx';
import { lang, showShortcuts, t, tab, TABS, type TabId } from './state.ts';
import { Toast } from './Toast.tsx';
import { BackupReminder, ExportPanel } from './ExportPanel.tsx';

const TAB_LABEL = { document: 'tabDocument', notes: 'tabNotes', documents: 'tabDocuments', export: 'tabExport' } as const;

export interface AppProps {
  /** Document to open at start (`?src=`). */
  src?: string | null;
  /** Replace the export and settings view (tests). */
  exportView?: ComponentType | null;
}

export function App(props: AppProps) {
  const [dragging, setDragging] = useState(false);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    getSettings().then((s) => (lang.value = s.language)).catch(() => {});
    requestPersistence().then((p) => setPersisted(p.persisted)).catch(() => {});
    if (props.src) void openSource({ kind: 'url', url: props.src });
    const onKey = (e: KeyboardEvent) => handleKey(e);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang.value;
    document.title = t('appName');
  }, [lang.value]);

  const switchLang = () => {
    lang.value = lang.value === 'ja' ? 'en' : 'ja';
    void saveSettings({ language: lang.value }).catch(() => {});
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab.value);
    let j = -1;
    if (e.key === 'ArrowRight') j = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') j = (i + TABS.length - 1) % TABS.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = TABS.length - 1;
    if (j < 0) return;
    e.preventDefault();
    tab.value = TABS[j];
    document.getElementById(`tab-${TABS[j]}`)?.focus();
  };

  const Export = props.exportView ?? ExportPanel;
  return (
    <div
      class={`app ${dragging ? 'dragging' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.relatedTarget === null) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const f = [...(e.dataTransfer?.files ?? [])].find((x) => x.type === 'application/pdf' || /\.pdf$/i.test(x.name)) ?? e.dataTransfer?.files[0];
        if (f) {
          tab.value = 'document';
          void openSource({ kind: 'file', file: f });
        }
      }}
    >
      <header class="app-header">
        <h1>{t('appName')}</h1>
        <span class="spacer" />
        <button type="button" class="btn-small" aria-expanded={showShortcuts.value} aria-controls="shortcuts" onClick={() => (showShortcuts.value = !showShortcuts.value)}>
          {t('shortcuts')} <kbd>?</kbd>
        </button>
        <button type="button" class="btn-small" id="lang-switch" lang={lang.value === 'ja' ? 'en' : 'ja'} aria-label={t('languageLabel')} onClick={switchLang}>
          {t('language')}
        </button>
      </header>
      <Shortcuts />
      <BackupReminder />
      <nav aria-label={t('mainNav')}>
        <div role="tablist" class="tabs" onKeyDown={onTabKey}>
          {TABS.map((id: TabId, i) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab.value === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab.value === id ? 0 : -1}
              onClick={() => (tab.value = id)}
              title={`${t(TAB_LABEL[id])} (${i + 1})`}
            >
              {t(TAB_LABEL[id])}
            </button>
          ))}
        </div>
      </nav>
      <main>
        {TABS.map((id) => (
          <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab.value !== id} class="tabpanel">
            {id === 'document' && <DocumentView />}
            {id === 'notes' && tab.value === 'notes' && <SearchView />}
            {id === 'documents' && tab.value === 'documents' && <DocumentsView />}
            {id === 'export' && tab.value === 'export' && (
              <>
                <Export />
                {persisted !== null && <p class="small muted">{persisted ? t('storagePersisted') : t('storageNotPersisted')}</p>}
              </>
            )}
          </div>
        ))}
      </main>
      {dragging && (
        <div class="drop-overlay" aria-hidden="true">
          {t('dropActive')}
        </div>
      )}
      <Toast />
    </div>
  );
}
