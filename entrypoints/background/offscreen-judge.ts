/**
 * Chrome/Edge: judge a PDF in the offscreen document (pdf.js needs a Worker, which the service
 * worker cannot host). Firefox has no offscreen API: PDF tabs there are judged by the linking page,
 * the file name or the panel.
 */
import { JUDGE_PDF_MESSAGE, type JudgePdfRequest, type JudgePdfResult } from '@/lib/messaging/judge';

const OFFSCREEN_PATH = 'offscreen.html';
const IDLE_CLOSE_MS = 60_000;

let creating: Promise<void> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let active = 0;

async function ensureDocument(): Promise<void> {
  const offscreen = browser.offscreen;
  const contexts = await browser.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] }).catch(() => []);
  if (contexts && contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as never],
      justification: 'Read the PDF shown in a tab with pdf.js to tell whether it is consultation material.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

function scheduleClose(): void {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    if (active === 0) void browser.offscreen.closeDocument().catch(() => {});
  }, IDLE_CLOSE_MS);
}

export async function judgeInOffscreen(url: string): Promise<JudgePdfResult | null> {
  if (!browser.offscreen?.createDocument) return null;
  active++;
  try {
    await ensureDocument();
    const req: JudgePdfRequest = { type: JUDGE_PDF_MESSAGE, url };
    return ((await browser.runtime.sendMessage(req)) as JudgePdfResult | undefined) ?? null;
  } finally {
    active--;
    scheduleClose();
  }
}
