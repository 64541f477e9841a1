/** 「資料 p.N」: the printed page label; a click opens the PDF at that page (#page=N). */
import { pageHref } from '../lib/anchor/locate.ts';
import { pageRefText } from './labels.ts';
import { openAtPage } from '../lib/platform/browser-tabs.ts';
import { t } from './state.ts';

export function PageLink(props: { url: string | null | undefined; page: number; label: string | null | undefined }) {
  const text = pageRefText(props.page, props.label);
  const title = t('pageRefTitle', { page: props.page });
  if (!props.url) return <span class="page-ref" title={title}>{text}</span>;
  const href = pageHref(props.url, props.page);
  return (
    <a
      class="page-ref"
      href={href}
      title={title}
      aria-label={`${text}（${title}）`}
      target="_blank"
      rel="noopener"
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        void openAtPage(props.url!, props.page);
      }}
    >
      {text}
    </a>
  );
}
