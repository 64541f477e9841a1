/** Keep the content script registered on the sites the member granted (optional host permissions). */
import { contentScriptMatches } from '@/lib/page-detect/hosts';

const SCRIPT_ID = 'shingi-lens-granted-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';

export async function syncSiteScripts(): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const manifestMatches = new Set(contentScriptMatches(true));
  const { origins = [] } = await browser.permissions.getAll();
  const patterns = origins.filter((o) => !manifestMatches.has(o) && /^(https?|\*):\/\//.test(o));
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => {});
  if (patterns.length === 0) return [];
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: patterns, js: [CONTENT_SCRIPT], runAt: 'document_idle', allFrames: false },
  ]);
  return patterns;
}
