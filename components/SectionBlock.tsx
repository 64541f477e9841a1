/**
 * One security section of a consultation: heading, page link, 「選択範囲をメモ」, and its text with marks.
 * A long section (a PIA chapter runs to pages) is folded to its first lines until the member opens it,
 * so the checklist and the questions stay within reach.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { MarkRequest } from '../lib/anchor/highlight.ts';
import { Highlighted } from './Highlighted.tsx';
import { PageLink } from './PageLink.tsx';
import { reflowForDisplay } from './reflow.ts';
import { t } from './state.ts';

/** Sections with more lines than this are folded. */
export const FOLD_LINES = 24;

export function SectionBlock(props: {
  heading: string;
  text: string;
  pageStart: number;
  pageEnd: number;
  marks: MarkRequest[];
  docUrl: string | null;
  labels: (string | null)[];
  onNote: (el: HTMLElement | null, from: number, to: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const text = useMemo(() => reflowForDisplay(props.text), [props.text]);
  const lines = text.split('\n').length;
  const foldable = lines > FOLD_LINES;
  const [open, setOpen] = useState(false);
  const folded = foldable && !open;
  return (
    <div class="section-block" ref={ref} data-section>
      <div class="row wrap">
        <h5 class="section-heading">{props.heading}</h5>
        <PageLink url={props.docUrl} page={props.pageStart} label={props.labels[props.pageStart - 1]} />
        <span class="spacer" />
        <button type="button" class="btn-small note-from-selection" onMouseDown={(e) => e.preventDefault()} onClick={() => props.onNote(ref.current, props.pageStart, props.pageEnd)}>
          {t('noteFromSelection')}
        </button>
      </div>
      <div class={folded ? 'fold folded' : 'fold'}>
        <Highlighted text={text} marks={props.marks} />
      </div>
      {foldable && (
        <button type="button" class="btn-small fold-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('showLessSection') : t('showFullSection', { n: lines })}
        </button>
      )}
    </div>
  );
}
