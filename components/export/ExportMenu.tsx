/**
 * Export menu: the member's selected questions to the secretariat, in the format they choose.
 * Props only (no storage): the export model and the page's actions. Nothing is sent from here;
 * the mail button opens the member's mail client with a draft.
 */
import { useState } from 'preact/hooks';
import {
  exportFileName,
  planMail,
  toCsv,
  toEml,
  toMarkdown,
  toText,
  toTsv,
  EXPORT_FORMAT_LABELS,
  EXPORT_FORMATS_ORDER,
  type ExportFormat,
  type ExportModel,
} from '../../lib/export/index.ts';
import type { ExportActions } from './actions.ts';

export type ExportMenuProps = {
  model: ExportModel;
  defaultFormat: ExportFormat;
  actions: ExportActions;
  /** Optional: mark the exported questions 「送付済」 (offered after a mail export, never automatic). */
  onMarkSent?: (questionIds: string[]) => void | Promise<void>;
  /** Optional: open the settings (when member name or address is missing). */
  onOpenSettings?: () => void;
};

type Status = { kind: 'info' | 'error'; text: string; eml?: { name: string; content: string } } | null;

export function ExportMenu(props: ExportMenuProps) {
  const { model, actions } = props;
  const [status, setStatus] = useState<Status>(null);
  const [mailed, setMailed] = useState(false);
  const empty = model.total === 0;
  const ids = model.groups.flatMap((g) => g.items.map((i) => i.questionId));

  const run = async (format: ExportFormat) => {
    try {
      switch (format) {
        case 'mailto': {
          const plan = planMail(model);
          if (plan.kind === 'full') {
            actions.openMailto(plan.href);
            setStatus({ kind: 'info', text: 'メールソフトに下書きを開きました。内容を確認して、メールソフトから送信してください。' });
          } else {
            await actions.copyText(plan.clipboardText);
            actions.openMailto(plan.href);
            setStatus({
              kind: 'info',
              text: `質問一覧が長いため、メールには短い送付文だけを入れました。全${model.total}件の一覧はクリップボードにコピーしたので、本文の【ここに…】に貼り付けてください。メールソフトが開かない場合は、下の下書きファイル（.eml）を保存して開いてください。`,
              eml: { name: plan.emlFileName, content: plan.eml },
            });
          }
          setMailed(true);
          break;
        }
        case 'eml':
          actions.download(exportFileName(model.header, 'eml'), toEml(model), 'message/rfc822');
          setStatus({ kind: 'info', text: '下書きファイル（.eml）を保存しました。Outlook では開くと編集できる下書きになります（Thunderbird では「新しいメッセージとして編集」）。' });
          setMailed(true);
          break;
        case 'text':
          await actions.copyText(toText(model));
          setStatus({ kind: 'info', text: `質問一覧（${model.total}件）をテキストでコピーしました。` });
          break;
        case 'tsv':
          await actions.copyText(toTsv(model));
          setStatus({ kind: 'info', text: '表形式でコピーしました。Excel のセルを選んで貼り付けると、1項目ずつセルに入ります。' });
          break;
        case 'csv':
          actions.download(exportFileName(model.header, 'csv'), toCsv(model), 'text/csv;charset=utf-8');
          setStatus({ kind: 'info', text: 'CSV ファイルを保存しました（Excel でそのまま開けます）。' });
          break;
        case 'md':
          actions.download(exportFileName(model.header, 'md'), toMarkdown(model), 'text/markdown;charset=utf-8');
          setStatus({ kind: 'info', text: 'Markdown ファイルを保存しました。' });
          break;
        case 'print':
          actions.openPrint();
          setStatus({ kind: 'info', text: '印刷用の「事前質問票」を新しいタブで開きました。' });
          break;
      }
    } catch (e) {
      setStatus({ kind: 'error', text: `出力できませんでした: ${(e as Error).message}` });
    }
  };

  const order = [props.defaultFormat, ...EXPORT_FORMATS_ORDER.filter((f) => f !== props.defaultFormat)];
  const missing = [
    !model.header.memberName && '委員名',
    !model.header.meetingName && '会議名',
    !model.header.secretariatEmail && '事務局のメールアドレス',
  ].filter(Boolean) as string[];

  return (
    <section class="export-menu" aria-labelledby="export-menu-title">
      <h2 id="export-menu-title">事務局への送付</h2>
      <p class="export-count">{empty ? '送付に含める質問がありません。質問の「送付に含める」を選んでください。' : `送付に含める質問: ${model.total}件（${model.groups.length}諮問）`}</p>
      {missing.length > 0 && (
        <p class="export-warning" role="note">
          設定で{missing.join('・')}を入力すると、件名や宛先に入ります。
          {props.onOpenSettings && (
            <button type="button" class="link" onClick={props.onOpenSettings}>
              設定を開く
            </button>
          )}
        </p>
      )}
      <ul class="export-buttons">
        {order.map((f, i) => (
          <li key={f}>
            <button type="button" data-format={f} class={i === 0 ? 'primary' : undefined} disabled={empty} onClick={() => run(f)}>
              {EXPORT_FORMAT_LABELS[f]}
            </button>
          </li>
        ))}
      </ul>
      <div class="export-status" role="status" aria-live="polite">
        {status && <p class={status.kind === 'error' ? 'error' : 'info'}>{status.text}</p>}
        {status?.eml && (
          <button type="button" data-action="save-eml" onClick={() => actions.download(status.eml!.name, status.eml!.content, 'message/rfc822')}>
            下書きファイル（.eml）を保存
          </button>
        )}
        {mailed && props.onMarkSent && (
          <button type="button" data-action="mark-sent" onClick={() => props.onMarkSent!(ids)}>
            送信したら: この{model.total}件を「送付済」にする
          </button>
        )}
      </div>
    </section>
  );
}
