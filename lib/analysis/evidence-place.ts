/**
 * Where a piece of evidence was found: inside one of the consultation's security-measure sections, or
 * elsewhere in its pages (諮問書, 目的, 別紙 特記事項 …). Members weigh a measure written only outside the
 * section differently, so the report and the panel both say it.
 */
import { foldForSearch } from '../text/search-key.ts';

export type EvidencePlace = 'section' | 'outside';

/** Folded text per section object: a checklist asks for every evidence line of every category. */
const folded = new WeakMap<object, string>();
function foldedText(s: { text: string }): string {
  let f = folded.get(s);
  if (f === undefined) folded.set(s, (f = foldForSearch(s.text)));
  return f;
}

export function evidencePlace(sections: readonly { text: string }[], quote: string): EvidencePlace {
  const k = foldForSearch(quote);
  if (!k) return 'outside';
  return sections.some((s) => foldedText(s).includes(k)) ? 'section' : 'outside';
}
