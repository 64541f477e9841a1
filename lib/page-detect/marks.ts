/**
 * The small "審議レンズ" button put after a consultation link. Built with DOM APIs and textContent
 * only (link texts are page content: never parsed as HTML); styles live in a shadow root so the
 * page's CSS cannot restyle it and ours cannot leak into the page.
 */

export const MARK_ATTR = 'data-shingi-lens-mark';

export interface MarkLabels {
  /** Visible text of the button. */
  button: string;
  /** Accessible name; "{title}" is replaced by the link text. */
  aria: string;
}

export const MARK_LABELS_JA: MarkLabels = { button: '審議レンズ', aria: '審議レンズで開く：{title}' };

const CSS = `
:host { all: initial; display: inline-block; vertical-align: baseline; margin-inline-start: 0.35em; }
button {
  font: 600 11px/1.4 system-ui, "Noto Sans CJK JP", sans-serif; letter-spacing: 0;
  color: #fff; background: #2b5797; border: 1px solid #1d3f70; border-radius: 3px;
  padding: 0 5px; margin: 0; cursor: pointer; white-space: nowrap;
}
button:hover { background: #1d3f70; }
button:focus-visible { outline: 2px solid #f2a900; outline-offset: 1px; }
`;

function styleRoot(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  // Constructed stylesheets are not blocked by a page's style-src CSP; fall back to a <style>.
  try {
    if (win && 'adoptedStyleSheets' in root && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    /* fall through */
  }
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.appendChild(style);
}

/** The mark already placed right after this anchor, if any. */
export function existingMark(a: Element): Element | null {
  const next = a.nextElementSibling;
  return next?.hasAttribute(MARK_ATTR) ? next : null;
}

/** Put a mark after `a` (once). `onOpen` runs on click, inside the user gesture. */
export function addMark(a: Element, title: string, onOpen: () => void, labels: MarkLabels = MARK_LABELS_JA): Element {
  const old = existingMark(a);
  if (old) return old;
  const doc = a.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute(MARK_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  styleRoot(root);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = labels.button;
  const name = labels.aria.replace('{title}', title);
  button.setAttribute('aria-label', name);
  button.title = name;
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onOpen();
  });
  root.appendChild(button);
  a.after(host);
  return host;
}

/** Remove every mark (used when the extension is reloaded over a page). */
export function removeMarks(doc: Document): number {
  const marks = Array.from(doc.querySelectorAll(`[${MARK_ATTR}]`));
  for (const m of marks) m.remove();
  return marks.length;
}
