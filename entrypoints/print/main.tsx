/**
 * Print page (print.html): the member's selected questions as the A4 「事前質問票」.
 * Query: ?docs=<id>,<id> limits to those documents (in that order); ?print=1 opens the print dialog.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { agendaDocumentOrder, buildExportModel } from '../../lib/export/model.ts';
import { buildPrintModel, type PrintModel } from '../../lib/export/print.ts';
import { exportAllRecords } from '../../lib/store/index.ts';
import { DEFAULT_SETTINGS } from '../../lib/notes/model.ts';
import { PrintSheet } from '../../components/export/PrintSheet.tsx';

async function load(params: URLSearchParams): Promise<PrintModel> {
  const all = await exportAllRecords();
  const wanted = params.get('docs')?.split(',').filter(Boolean);
  const documents = wanted
    ? wanted.map((id) => all.documents.find((d) => d.id === id)).filter((d) => d !== undefined)
    : agendaDocumentOrder(all.documents);
  const keep = new Set(documents.map((d) => d.id));
  const model = buildExportModel({
    settings: all.settings ?? DEFAULT_SETTINGS,
    documents,
    consultations: all.consultations.filter((c) => !wanted || keep.has(c.docId)),
    questions: all.questions.filter((q) => !wanted || keep.has(q.docId)),
  });
  return buildPrintModel(model);
}

function PrintPage() {
  const params = new URLSearchParams(location.search);
  const [model, setModel] = useState<PrintModel | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    load(params).then(setModel, (e: Error) => setError(`質問を読み込めませんでした: ${e.message}`));
  }, []);
  useEffect(() => {
    if (model && params.get('print') === '1') void document.fonts.ready.then(() => window.print());
  }, [model]);
  if (error) return <p role="alert">{error}</p>;
  if (!model) return <p class="no-print">読み込み中…</p>;
  return (
    <>
      <div class="print-toolbar no-print">
        <button type="button" onClick={() => window.print()}>
          印刷する
        </button>{' '}
        <span>用紙: A4 縦。PDF に保存する場合は印刷画面で「PDF に保存」を選んでください。</span>
      </div>
      <PrintSheet model={model} />
    </>
  );
}

render(<PrintPage />, document.getElementById('app')!);
