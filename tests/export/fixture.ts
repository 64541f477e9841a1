/**
 * One fixture for every export format: two documents, three consultations given out of agenda order,
 * selected / unselected / deleted questions, a question with no consultation, hostile text (formula
 * starts, quotes, commas, line breaks, HTML), a surrogate pair and an ideographic variation sequence.
 */
import {
  DEFAULT_SETTINGS,
  type ConsultationRecord,
  type DocumentRecord,
  type QuestionRecord,
  type Settings,
} from '../../lib/notes/model.ts';

export const DOC_A = 'a'.repeat(64);
export const DOC_B = 'b'.repeat(64);

export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  memberName: '山田 花子',
  councilName: '杉並区情報公開・個人情報保護審議会',
  meetingName: '令和7年度第3回',
  meetingDate: '2025-07-10',
  secretariatEmail: 'shingikai@city.example.lg.jp',
  defaultExportFormat: 'csv',
};

export const documents: DocumentRecord[] = [
  {
    id: DOC_A,
    title: '資料1 諮問資料',
    fileName: 'shiryo1.pdf',
    url: null,
    meeting: '令和7年度第3回',
    pageCount: 40,
    pageLabels: [],
    addedAt: 1,
    openedAt: 1,
  },
  {
    id: DOC_B,
    title: '資料2 追加資料',
    fileName: 'shiryo2.pdf',
    url: null,
    meeting: '令和7年度第3回',
    pageCount: 10,
    pageLabels: [],
    addedAt: 2,
    openedAt: 2,
  },
];

const cons = (docId: string, order: number, number: string | null, title: string): ConsultationRecord => ({
  id: `${docId}:${order}`,
  docId,
  order,
  number,
  title,
  types: ['outsourcing'],
  pageStart: 1 + order * 10,
  pageEnd: 10 + order * 10,
  purgedAt: null,
});

// Given out of agenda order on purpose.
export const consultations: ConsultationRecord[] = [
  cons(DOC_B, 0, '諮問第482号', '学童メールシステムの導入'),
  cons(DOC_A, 1, '諮問第481号', '図書館資料の督促訪問業務におけるショートメッセージ送信サービスの導入'),
  cons(DOC_A, 0, '諮問第480号', 'おたふくかぜワクチン任意予防接種実施にかかる対象者データ抽出と予診票印字・送付業務委託'),
];

let n = 0;
const q = (p: Partial<QuestionRecord> & Pick<QuestionRecord, 'text' | 'docId' | 'consultationId'>): QuestionRecord => ({
  id: `q${++n}`,
  safeguard: null,
  anchor: null,
  origin: 'member',
  status: 'draft',
  selected: true,
  order: n,
  answer: '',
  createdAt: 1000 + n,
  updatedAt: 1000 + n,
  deletedAt: null,
  ...p,
});

export const questions: QuestionRecord[] = [
  q({
    docId: DOC_A,
    consultationId: `${DOC_A}:1`,
    text: '=HYPERLINK("http://evil.example","クリック")とありますが、送信元の番号はどのように管理しますか。',
    anchor: { page: 14, pageLabel: '12', quote: 'SMS送信は、委託事業者のシステムから行う。' },
    order: 2,
  }),
  q({
    docId: DOC_A,
    consultationId: `${DOC_A}:0`,
    text: 'パスワードの変更頻度と、変更を誰が確認するのかを教えてください。',
    anchor: { page: 48, pageLabel: '46', quote: 'パスワードは定期的に変更する' },
    order: 1,
  }),
  q({
    docId: DOC_A,
    consultationId: `${DOC_A}:0`,
    text: '削除の確認方法について、\n立会いの有無と、削除証明書の提出時期を教えてください。',
    anchor: { page: 52, pageLabel: '別紙1', quote: '作業終了後、速やかに「データを消去」する。, 必要に応じて' },
    order: 0,
  }),
  q({
    docId: DOC_A,
    consultationId: `${DOC_A}:1`,
    text: '-（ハイフン始まり）再委託先の一覧を示してください。@担当',
    anchor: { page: 15, pageLabel: null, quote: '+ 再委託は原則禁止' },
    order: 1,
  }),
  q({
    docId: DOC_A,
    consultationId: `${DOC_A}:1`,
    text: '選択されていない質問',
    selected: false,
  }),
  q({
    docId: DOC_A,
    consultationId: `${DOC_A}:0`,
    text: '削除済みの質問',
    deletedAt: 5000,
  }),
  q({
    docId: DOC_B,
    consultationId: `${DOC_B}:0`,
    text: '<img src=x onerror=alert(1)> 葛󠄀飾区の𠮷田さんの事例 (📧) はどう扱いますか？ "引用" と、タブ\tを含む。',
    anchor: { page: 3, pageLabel: '3', quote: '<b>保護者のメールアドレス</b>を登録する' },
  }),
  q({
    docId: DOC_B,
    consultationId: null,
    text: '資料全体について: 用語「外部委託」と「業務委託」の使い分けを統一してください。',
  }),
];

export const input = { settings, consultations, questions, documents };

/** Expected export order (question ids) and their consultation numbers. */
export const EXPECTED_ORDER = ['q3', 'q2', 'q4', 'q1', 'q7', 'q8'];
