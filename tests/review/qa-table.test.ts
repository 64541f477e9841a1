/**
 * A 質問｜回答 table of measures (a Q&A sheet for residents; docs/heldout3.md "after set-3 fixes"), です・ます
 * predicates read like である ones, and a sentence that continues the previous one in the same item.
 */
import { describe, expect, it } from 'vitest';
import { reviewConsultation } from '../../lib/review/index.ts';
import { buildUnits } from '../../lib/review/units.ts';
import { plainKey } from '../../lib/review/plain.ts';
import type { PageText, TextDocument, TextLine } from '../../lib/text/types.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

/** Lines given as [text, x, y]. */
function page(specs: [string, number, number][]): PageText {
  const lines: TextLine[] = specs.map(([text, x, y]) => ({ page: 1, text, x, y, width: 200, height: 10, fontSize: 10.5, bold: false, running: false }));
  return { index: 1, label: null, hasText: true, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') };
}

const QA: [string, number, number][] = [
  ['４ 安全対策', 50, 60],
  ['質問', 60, 90], ['カードをなくしたら', 60, 110], ['どうなりますか。', 60, 125], ['誰が名簿を見ますか。', 60, 150],
  ['回答', 220, 90], ['速やかに窓口へ届け出ていただきます。', 220, 110], ['福祉課の職員２名に限ります。', 220, 150],
  ['５ 日程', 50, 190], ['令和９年４月 開始', 60, 210],
];

function review(p: PageText) {
  const doc: TextDocument = { pageCount: 1, pages: [p] };
  const c = makeConsultation(doc, { types: ['outsourcing'] });
  c.securitySections = [{ heading: '４ 安全対策', pageStart: 1, pageEnd: 1, text: p.lines.slice(1, 8).map((l) => l.text).join('\n'), lines: [], role: 'primary' }];
  return { doc, c, r: reviewConsultation(c, doc) };
}

describe('a 質問｜回答 table', () => {
  it('questions are marked, each answer carries its row\'s question', () => {
    const { doc, c } = review(page(QA));
    const { units } = buildUnits(c, doc, false);
    expect(units.filter((u) => u.question).map((u) => u.key)).toEqual(['カードをなくしたら', 'どうなりますか。', '誰が名簿を見ますか。']);
    expect(units.find((u) => u.key.startsWith('速やかに'))?.asked).toBe('カードをなくしたらどうなりますか。');
    expect(units.find((u) => u.key.startsWith('福祉課'))?.asked).toBe('誰が名簿を見ますか。');
  });
  it('the answer is judged with its question: 「紛失したら？」｜「速やかに届け出る」 is a vague incident response', () => {
    const lines = QA.map(([t, x, y]) => [t === 'カードをなくしたら' ? 'カードを紛失した場合は' : t, x, y] as [string, number, number]);
    const { r } = review(page(lines));
    expect(r.safeguards.find((s) => s.id === 'incident_response')?.status).toBe('vague');
    expect(r.safeguards.find((s) => s.id === 'access_control')?.status).toBe('present');
  });
  it('a question alone is not evidence (a row whose answer cell is empty)', () => {
    const lines: [string, number, number][] = [['４ 安全対策', 50, 60], ['質問', 60, 90], ['パスワードを使って本人を確かめますか。', 60, 110], ['誰が見ますか。', 60, 130], ['回答', 220, 90], ['福祉課の職員２名に限ります。', 220, 130]];
    const { r } = review(page(lines));
    expect(r.safeguards.find((s) => s.id === 'authentication')?.status).not.toBe('present');
  });
  it('an ordinary two-column page without the header row is not a Q&A table', () => {
    const lines: [string, number, number][] = [['４ 安全対策', 50, 60], ['区分', 60, 90], ['内容', 220, 90], ['認証', 60, 110], ['ＩＤと静脈認証で本人を確かめる。', 220, 110]];
    const { doc, c } = review(page(lines));
    expect(buildUnits(c, doc, false).units.some((u) => u.question || u.asked)).toBe(false);
  });
});

describe('です・ます predicates', () => {
  it('plainKey keeps offsets and reads 限ります／接続しません／残ります as plain forms', () => {
    const k = '職員2名に限ります。他のネットワークとは接続しません。記録は残ります。';
    const p = plainKey(k);
    expect(p.length).toBe(k.length);
    expect(p).toContain('に限る');
    expect(p).toContain('接続しない');
    expect(p).toContain('残る');
  });
  it('a polite measures section is read like a plain one', () => {
    const doc = makeDoc(['５ 安全対策\n・端末は庁内の基幹系ネットワークとは接続しません。\n・他の機関の第三者には提供しません。\n・閲覧の記録はシステムに残ります。\n６ 日程']);
    const c = makeConsultation(doc, { types: ['external_linkage'], sections: [{ heading: '５ 安全対策', page: 1, until: '６ 日程' }] });
    const st = (id: string) => reviewConsultation(c, doc).safeguards.find((s) => s.id === id)?.status;
    expect(st('network_separation')).toBe('present');
    expect(st('third_party_provision')).toBe('present');
    expect(st('logging_audit_trail')).toBe('present');
  });
});

describe('a sentence that continues the previous one in the same item', () => {
  const run = (item: string) => {
    const doc = makeDoc([`５ 安全対策\n${item}\n６ 日程`]);
    const c = makeConsultation(doc, { types: ['system_change'], sections: [{ heading: '５ 安全対策', page: 1, until: '６ 日程' }] });
    return reviewConsultation(c, doc).safeguards.find((s) => s.id === 'logging_audit_trail')?.status;
  };
  it('「操作ログを取得する。担当課が定期的に確認する。」 is vague (no frequency)', () => {
    expect(run('・操作ログを取得し5年間保存する。担当課が定期的に確認する。')).toBe('vague');
  });
  it('with a frequency it is present', () => {
    expect(run('・操作ログを取得し5年間保存する。担当課が毎月確認する。')).toBe('present');
  });
  it('a vague sentence in the next item does not weaken this one', () => {
    expect(run('・操作ログを取得し5年間保存し、担当課が毎月点検する。\n・端末は定期的に更新する。')).toBe('present');
  });
  it('a sentence with a topic of its own (「…については、」) is not the rest of the one before (set 124)', () => {
    const access = (item: string) => {
      const doc = makeDoc([`５ 安全対策\n${item}\n６ 日程`]);
      const c = makeConsultation(doc, { types: ['system_change'], sections: [{ heading: '５ 安全対策', page: 1, until: '６ 日程' }] });
      return reviewConsultation(c, doc).safeguards.find((s) => s.id === 'access_control')?.status;
    };
    expect(access('・閲覧は栄養教諭２名と養護教諭（１８名）に限る。学級担任については、必要に応じて閲覧させる。')).toBe('present');
    // the same sentence without its own topic goes on about the first one's measure
    expect(access('・閲覧は栄養教諭２名と養護教諭（１８名）に限る。学級担任にも必要に応じて閲覧させる。')).toBe('vague');
  });
});

describe('a note in a table row outside the sections', () => {
  const run = (row: string) => {
    const doc = makeDoc([`1 概要\n${row}\n5 安全対策\n・通信はTLSで暗号化する。\n6 日程`]);
    const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 安全対策', page: 1, until: '6 日程' }] });
    return reviewConsultation(c, doc).safeguards.find((s) => s.id === 'data_location')?.status;
  };
  it('「（データセンターは国内）」 in a 「label　value」 row states where the data are', () => {
    expect(run('システム　委託先のクラウドサービス（データセンターは国内）')).toBe('present');
  });
  it('a bare mention in a row is not a statement', () => {
    expect(run('システム　委託先のデータセンター')).not.toBe('present');
  });
});
