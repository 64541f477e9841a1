/**
 * The A4 「事前質問票」: 委員名, 会議名, 諮問番号, 資料頁, 該当箇所, 質問. Everything from the PDF or
 * the member is rendered as DOM text by Preact (never innerHTML), so a quote like `<img onerror>`
 * prints as those characters.
 */
import type { PrintModel } from '../../lib/export/print.ts';
import { PRINT_CSS } from './print-css.ts';

export function PrintSheet({ model }: { model: PrintModel }) {
  const meeting = [model.councilName, model.meetingName].filter(Boolean).join(' ');
  return (
    <article class="print-sheet" lang="ja" aria-label={model.sheetTitle}>
      <style>{PRINT_CSS}</style>
      <h1>{model.sheetTitle}</h1>
      <p class="subtitle">{model.subtitle}</p>
      <table class="meta">
        <tbody>
          <tr>
            <th scope="row">委員名</th>
            <td data-field="memberName">{model.memberName || '\u3000'}</td>
            <th scope="row">開催日</th>
            <td data-field="meetingDate">{model.meetingDate || '\u3000'}</td>
          </tr>
          <tr>
            <th scope="row">会議名</th>
            <td data-field="meetingName">{meeting || '\u3000'}</td>
            <th scope="row">質問数</th>
            <td data-field="total">{model.total}件</td>
          </tr>
        </tbody>
      </table>
      {model.sections.length === 0 && <p class="empty">印刷する質問がありません。質問一覧で「送付に含める」を選んでください。</p>}
      {model.sections.map((s) => (
        <section
          key={s.key}
          class={[s.breakBefore && 'break-before', s.keepTogether && 'keep'].filter(Boolean).join(' ') || undefined}
          data-key={s.key}
        >
          <div class="section-head">
            <h2>
              {s.number && <span class="number">{s.number}</span>}
              <span class="title">{s.title}</span>
            </h2>
            {s.docTitle && <p class="doc">資料: {s.docTitle}</p>}
          </div>
          <table class="questions">
            <thead>
              <tr>
                <th scope="col" class="col-no">No.</th>
                <th scope="col" class="col-page">資料頁</th>
                <th scope="col" class="col-quote">該当箇所</th>
                <th scope="col">質問</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr key={r.no}>
                  <td class="col-no">{r.no}</td>
                  <td class="col-page">{r.page}</td>
                  <td class="quote">{r.quote}</td>
                  <td class="question">{r.question}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
