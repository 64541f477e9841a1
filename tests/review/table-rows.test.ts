/**
 * Measures printed as a two-column table (「区分 | 内容」 rows without 「。」) and an attached 特記事項 page whose title
 * is printed like body text (docs/heldout2.md "after set-2 fixes"; domain.md §5.2 別紙, §5.4 tables).
 */
import { describe, expect, it } from 'vitest';
import { reviewConsultation } from '../../lib/review/index.ts';
import { buildUnits } from '../../lib/review/units.ts';
import type { PageText, TextDocument, TextLine } from '../../lib/text/types.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

/** A page whose lines may be table rows: 「a | b」 gives cells ["a", "b"] and the text 「a b」. */
function page(index: number, specs: string[]): PageText {
  const lines: TextLine[] = specs.map((spec, j) => {
    const cells = spec.includes(' | ') ? spec.split(' | ') : undefined;
    const text = cells ? cells.join(' ') : spec;
    return { page: index, text, x: 60, y: 60 + j * 18, width: 400, height: 10, fontSize: 10.5, bold: false, running: false, ...(cells ? { cells } : {}) };
  });
  return { index, label: null, hasText: true, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') };
}

const MEASURES = ['３ 安全対策', '区分 | 内容', '保存期間 | ２年', '操作者 | 係長と係員１名に限定する', '認証 | ＩＤと静脈', '研修 | 必要に応じて実施', '４ 日程', '令和９年４月 開始'];

function review(pages: PageText[], sectionText: string) {
  const doc: TextDocument = { pageCount: pages.length, pages };
  const c = makeConsultation(doc, { types: ['outsourcing'] });
  c.securitySections = [{ heading: '３ 安全対策', pageStart: 1, pageEnd: 1, text: sectionText, lines: [], role: 'primary' }];
  return { doc, c, r: reviewConsultation(c, doc, { expectations: 'full' }) };
}
const SECTION_TEXT = MEASURES.slice(1, 6).map((l) => l.replace(' | ', ' ')).join('\n');

describe('a table of measures', () => {
  it('each labelled row is a unit of its own, and the first short rows belong to the section', () => {
    const { doc, c } = review([page(1, MEASURES)], SECTION_TEXT);
    const { units } = buildUnits(c, doc, false);
    const inSection = units.filter((u) => u.place === 'section').map((u) => u.key);
    expect(inSection).toEqual(['区分内容', '保存期間2年', '操作者係長と係員1名に限定する', '認証IDと静脈', '研修必要に応じて実施']);
  });
  it('every row is judged on its own', () => {
    const { r } = review([page(1, MEASURES)], SECTION_TEXT);
    const st = (id: string) => r.safeguards.find((s) => s.id === id)?.status;
    expect(st('retention_deletion')).toBe('present');
    expect(st('access_control')).toBe('present');
    expect(st('authentication')).toBe('present');
    expect(st('staff_training')).toBe('vague');
  });
  it('two text columns side by side (long first cells) are not split into rows', () => {
    const cols = page(1, ['事業者のクラウドで予約を受け付け、利用者の | 予約サイトに利用規約を掲載し、登録の際に同', '負担を軽くするため、抽選も行う。 | 意を得る。']);
    const doc: TextDocument = { pageCount: 1, pages: [cols] };
    const c = makeConsultation(doc, { types: ['outsourcing'] });
    expect(buildUnits(c, doc, true).units).toHaveLength(2);
  });
});

describe('an attached 特記事項 whose title is printed like body text', () => {
  it('its title shows the contract clauses (outsourcing_contract)', () => {
    const annex = page(2, ['資料３ 別記', '個人情報取扱特記事項', '第１条 乙は、甲の書面による承諾なく再委託してはならない。']);
    const { r } = review([page(1, MEASURES), annex], SECTION_TEXT);
    const contract = r.safeguards.find((s) => s.id === 'outsourcing_contract');
    expect(contract?.status).toBe('present');
    expect(contract?.evidence[0]).toEqual({ page: 2, quote: '個人情報取扱特記事項' });
  });
});

describe('rows the text engine did not split into cells: 「閲覧者 担当職員3名に限る」', () => {
  const rows = ['３ 安全対策', '本人確認 マイナンバーカードによる公的個人認証', '通信 ＴＬＳ１．２以上で暗号化', '閲覧者 担当職員３名に限る', 'ログ 取得し、定期的に確認', '４ 日程', '令和９年４月 開始'];
  it('each 「label value」 line is its own unit; 「１．２」 is a decimal point, not a sentence end', () => {
    const { doc, c } = review([page(1, rows)], rows.slice(1, 5).join('\n'));
    const keys = buildUnits(c, doc, false).units.filter((u) => u.place === 'section').map((u) => u.key);
    expect(keys).toEqual(['本人確認マイナンバーカードによる公的個人認証', '通信TLS1.2以上で暗号化', '閲覧者担当職員3名に限る', 'ログ取得し、定期的に確認']);
  });
  it('so the vague log row does not weaken the access row', () => {
    const { r } = review([page(1, rows)], rows.slice(1, 5).join('\n'));
    const st = (id: string) => r.safeguards.find((s) => s.id === id)?.status;
    expect(st('access_control')).toBe('present');
    expect(st('logging_audit_trail')).toBe('vague');
  });
  it('a sentence wrapped over two lines without a gap stays one unit', () => {
    const wrapped = page(1, ['３ 安全対策', '受託者は、作業に従事する者の名簿を事前に提出し、市の承認', 'を得た者に限り作業させる。', '４ 日程']);
    const { doc, c } = review([wrapped], '受託者は、作業に従事する者の名簿を事前に提出し、市の承認\nを得た者に限り作業させる。');
    expect(buildUnits(c, doc, false).units.filter((u) => u.place === 'section')).toHaveLength(1);
  });
});

describe('the lines between a section and an attachment (set 55)', () => {
  it('a schedule between 「■ 個人情報保護対策」 and the checklist on the next page stays outside both', () => {
    const doc = makeDoc([
      '■ 個人情報保護対策\n別添のチェックシートのとおりです。\n■ スケジュール\n令和９年３月 利用者への周知 ／ 令和９年４月 新システム稼働\n現行サーバーの記憶装置は物理的に破壊します。',
      '個人情報保護対策チェックシート\n1 利用する職員の範囲を限定しているか ○ 各施設の職員３８名に限る。\n2 職員への研修 ○ 稼働前に操作研修を行う。',
    ]);
    const c = makeConsultation(doc, {
      types: ['system_change'],
      sections: [
        { heading: '■ 個人情報保護対策', page: 1, until: '■ スケジュール' },
        { heading: '個人情報保護対策チェックシート', page: 2, role: 'attachment' },
      ],
    });
    const place = (t: string) => buildUnits(c, doc, false).units.find((u) => u.text.includes(t))?.place;
    expect(place('利用者への周知')).toBe('elsewhere');
    expect(place('職員３８名')).toBe('attachment');
  });
});
