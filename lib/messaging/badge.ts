/** Toolbar badge text, colour and tooltip for what a tab holds (pure). */
import type { LinkReport, TabReport } from './protocol.ts';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

const BLUE = '#2b5797';
const GREEN = '#1e7b34';
const GREY = '#6b6b6b';

export function distinctConsultationDocs(links: LinkReport[]): string[] {
  return [...new Set(links.filter((l) => l.verdict.isConsultation).map((l) => l.docUrl))];
}

/** Why a PDF could not be judged (text engine error codes), for the badge tooltip. */
const UNDECIDED: Record<string, string> = {
  password_required: 'パスワード付きのPDFです。パネルでパスワードを入力すると判定します',
  no_text_layer: '文字情報のないPDF（スキャン画像）のため判定できません',
  corrupt: 'PDFが壊れているため判定できません',
  too_large: '大きなPDFのため自動では判定していません。パネルで開くと判定します',
};

/**
 * `known`: verdict for a PDF tab (from a page that linked it, the file name, the offscreen reading or
 * the panel's analysis); `reason`: why it stayed undecided.
 */
export function badgeFor(report: TabReport | null, known: boolean | null | 'pending' = null, reason?: string): BadgeState {
  if (!report) return { text: '', color: GREY, title: '審議レンズ' };
  if (report.kind === 'page') {
    const n = distinctConsultationDocs(report.links).length;
    if (n === 0) return { text: '', color: GREY, title: '審議レンズ：このページに諮問資料のPDFは見つかりませんでした' };
    return { text: String(n), color: BLUE, title: `審議レンズ：諮問資料のPDFが ${n} 件あります` };
  }
  if (known === true) return { text: '諮問', color: GREEN, title: '審議レンズ：このPDFは諮問資料です（パネルで開けます）' };
  if (known === false) return { text: '－', color: GREY, title: '審議レンズ：このPDFは諮問資料ではないようです' };
  if (known === 'pending') return { text: '…', color: GREY, title: '審議レンズ：このPDFが諮問資料か判定しています' };
  const why = (reason && UNDECIDED[reason]) ?? 'このPDFが諮問資料かは未判定です（パネルで開くと判定します）';
  return { text: '?', color: GREY, title: `審議レンズ：${why}` };
}
