/** PDF text with marks, built from text nodes only (PDF text is hostile input: never HTML). */
import { useMemo } from 'preact/hooks';
import { highlightSegments, type MarkRequest } from '../lib/anchor/highlight.ts';

export function Highlighted(props: { text: string; marks: MarkRequest[]; class?: string }) {
  const segs = useMemo(() => highlightSegments(props.text, props.marks), [props.text, props.marks]);
  return (
    <div class={props.class ?? 'pdf-text'}>
      {segs.map((s, i) =>
        s.mark ? (
          <mark key={i} class={`mk mk-${s.mark.kind}`} title={s.mark.label} data-kind={s.mark.kind}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </div>
  );
}
