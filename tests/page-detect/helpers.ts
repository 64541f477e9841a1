import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** A happy-dom Document for a fixture page, as if served at `url`. */
export function loadPage(name: string, url: string): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  win.document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  return win.document as unknown as Document;
}
