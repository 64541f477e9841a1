/**
 * Structure rules added after the second held-out measurement (docs/heldout2.md, "after set-2 fixes"),
 * each tested on a tiny synthetic document of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { markerOf } from '../../lib/structure/headings.ts';
import { makeDoc } from '../fixtures/structure/build.ts';
import type { TextDocument } from '../../lib/text/types.ts';

/** Move line `j` of page `p` (0-based) to (x, y). */
function place(doc: TextDocument, p: number, j: number, x: number, y: number): void {
  const l = doc.pages[p].lines[j];
  l.x = x;
  l.y = y;
}

describe('a 諮問書 whose title carries the number: 「諮問書（諮問第31号）」', () => {
  it('numbers the item, also when a box beside it prints a heading on the same baseline', () => {
    const doc = makeDoc([
      [
        '## 諮問書（諮問第31号）',
        '公園管理条例の規定に基づき、下記のとおり諮問します。',
        '1 件名',
        '公園予約システムの外部結合について',
        '# 説明',
        '2 結合先',
        '県の施設予約共同システム',
        '# 3 安全対策',
        '（1）通信はTLSにより暗号化する。',
        '（2）操作できる職員は2名に限る。',
        '（3）ログを毎月点検する。',
      ],
    ]);
    // A3 landscape: the explanation box on the right; its 「2 結合先」 shares the title's baseline.
    doc.pages[0].width = 1191;
    place(doc, 0, 4, 640, 20);
    place(doc, 0, 5, 640, 42);
    place(doc, 0, 6, 660, 60);
    expect(doc.pages[0].lines[5].y - doc.pages[0].lines[0].y).toBeLessThanOrEqual(5);
    const s = analyzeStructure(doc);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第31号']);
    expect(s.consultations[0].types).toEqual(['external_linkage']);
  });
  it.each(['諮問書　諮問第33号', '諮問書（令和8年度諮問第33号）'])('「%s」 is a 諮問書 title too', (title) => {
    // below the page's first eight lines (addressee, sender, dates …): only the 諮問書 title can anchor the number
    const head = ['市発第12号', '令和8年5月1日', '市個人情報保護審議会', '会長 山田 様', '市長 佐藤', '（事務担当）', '総務課', '電話 01-2345'];
    const doc = makeDoc([[...head, `## ${title}`, '下記のとおり諮問します。', '1 件名', '窓口予約の外部委託について', '# 2 安全対策', '（1）再委託は禁止する。', '（2）書類は施錠して保管する。']]);
    const s = analyzeStructure(doc);
    expect(s.consultations.map((c) => c.number?.replace(/令和8年度/, ''))).toEqual(['諮問第33号']);
  });
  it('a letter-spaced title 「諮 問 書」 on one baseline is still one title', () => {
    const doc = makeDoc([['諮', '問', '書', '下記のとおり諮問します。', '1 諮問番号 諮問第32号', '2 件名 窓口予約の外部委託について', '# 3 安全対策', '（1）再委託は禁止する。', '（2）書類は施錠して保管する。', '（3）研修を年1回行う。']]);
    for (const [j, x] of [[0, 260], [1, 290], [2, 320]] as const) place(doc, 0, j, x, 30);
    for (const j of [0, 1, 2]) doc.pages[0].lines[j].width = 16;
    const s = analyzeStructure(doc);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第32号']);
    expect(s.consultations[0].types).toEqual(['outsourcing']);
  });
});

describe('an attachment whose page is labelled 「資料5 別紙」 above its title', () => {
  const item = [
    '資料5',
    '## 健診結果通知の封入封緘業務の外部委託について',
    '# 1 委託の理由',
    '発送作業を短期間で終えるため。',
    '# 2 安全管理措置',
    '（1）作業室は施錠する。',
    '（2）契約書には別紙の特記事項を添付する。',
    '（3）作業後にデータを消去し、証明書を提出させる。',
  ];
  it('opens the 特記事項 as an attachment section of the item', () => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第44号', ...item],
        ['資料5 別紙', '## 個人情報取扱特記事項', '（再委託の禁止）', '第1条 乙は、甲の承諾なく再委託してはならない。', '（事故の報告）', '第2条 乙は、事故が発生したときは直ちに甲に報告する。'],
      ]),
    );
    const secs = s.consultations[0].securitySections;
    expect(secs.map((x) => [x.heading, x.pageStart, x.role])).toEqual([
      ['2 安全管理措置', 1, 'primary'],
      ['個人情報取扱特記事項', 2, 'attachment'],
    ]);
    expect(secs[1].text).toContain('直ちに甲に報告');
  });
  it.each([
    ['a heading', '## 個人情報取扱特記事項'],
    ['body text', '個人情報取扱特記事項'],
  ])('「別紙」 with the page\'s running 「資料5」 label sorted between it and the title (%s)', (_, title) => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第44号', ...item],
        ['別紙', '~ 資料5', title, '第1条 乙は、甲の承諾なく再委託してはならない。', '第2条 乙は、事故が発生したときは直ちに甲に報告する。'],
      ]),
    );
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.role])).toEqual([
      ['2 安全管理措置', 'primary'],
      ['個人情報取扱特記事項', 'attachment'],
    ]);
  });
  it.each(['（別紙）', '別記'])('the label may be 「%s」', (label) => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第44号', ...item],
        [label, '## 個人情報の取扱いに関する特記事項', '第1条 乙は、甲の承諾なく再委託してはならない。'],
      ]),
    );
    expect(s.consultations[0].securitySections.map((x) => x.role)).toEqual(['primary', 'attachment']);
  });
  it('a checklist title under 「資料5（別添）」, with the form\'s legend sorted between them, opens it too (session 10)', () => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第44号', ...item],
        ['資料5（別添）', '（記入欄', '○：実施する', '個人情報保護対策チェックシート', '×：実施しない －：該当なし）', '１ 取扱者の限定 ○ 利用できる職員は４名に限定する。', '２ 利用者の認証 ○ 職員ごとのＩＣカードで認証する。'],
      ]),
    );
    const secs = s.consultations[0].securitySections;
    expect(secs.map((x) => [x.heading, x.role])).toEqual([['2 安全管理措置', 'primary'], ['個人情報保護対策チェックシート', 'attachment']]);
    expect(secs[1].text).toContain('ＩＣカード');
    // a long line between the label and the title is not a legend: the title is not taken as the attachment's
    const t = analyzeStructure(
      makeDoc([
        ['諮問第44号', ...item],
        ['資料5（別添）', '次の表は、委託先が作成した自己点検の結果を転記したものである。', '個人情報保護対策チェックシート', '１ 取扱者の限定 ○ 利用できる職員は４名に限定する。'],
      ]),
    );
    expect(t.consultations[0].securitySections.map((x) => x.role)).not.toContain('attachment');
  });
  it('a title printed like body text under the label opens it too', () => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第44号', ...item],
        ['資料5 別紙', '個人情報取扱特記事項', '第1条 乙は、甲の承諾なく再委託してはならない。', '第2条 乙は、事故が発生したときは直ちに甲に報告する。'],
      ]),
    );
    const secs = s.consultations[0].securitySections;
    expect(secs.map((x) => [x.heading, x.role])).toEqual([['2 安全管理措置', 'primary'], ['個人情報取扱特記事項', 'attachment']]);
    expect(secs[1].text).toContain('第2条');
  });
  it('the same title without the 別紙 label is not taken (a reference copy of the standard clauses)', () => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第44号', ...item],
        ['資料5', '## 個人情報取扱特記事項', '（再委託の禁止）', '第1条 乙は、甲の承諾なく再委託してはならない。'],
      ]),
    );
    expect(s.consultations[0].securitySections.map((x) => x.role)).toEqual(['primary']);
  });
});

describe('「4 日程」 is a heading, 「30 日以内に…」 a quantity', () => {
  it.each([['4 日程', 4], ['2 名簿の提出', 2], ['5 時期', 5], ['3 課題', 3]] as const)('%s', (line, num) => {
    expect(markerOf(line)?.num).toBe(num);
  });
  it.each(['30 日以内に報告する', '4 名で作業する', '2 年間保存する'])('%s', (line) => {
    expect(markerOf(line)).toBeNull();
  });
  it('the measures section ends at 「4 日程」', () => {
    const s = analyzeStructure(makeDoc([['諮問第45号', '## 教室参加者管理の外部委託について', '# 3 安全管理措置', '（1）作業室は施錠する。', '（2）再委託は禁止する。', '# 4 日程', '令和9年4月 委託開始']]));
    expect(s.consultations[0].securitySections[0].text).not.toContain('委託開始');
  });
});

describe('kanji numbering 「一 趣旨」「三 安全対策」 (domain.md §5.4)', () => {
  it('is a numbered heading', () => {
    expect(markerOf('三 安全対策')).toMatchObject({ style: 'kanji', num: 3, title: '安全対策' });
    expect(markerOf('十分な対策を講じる。')).toBeNull();
  });
  it('opens the measures section and ends it at the next kanji heading', () => {
    const s = analyzeStructure(makeDoc([['諮問第46号', '## 窓口予約のオンライン化について', '一 趣旨', '来庁せずに予約できるようにする。', '三 安全対策', '通信は暗号化する。', '閲覧できる職員は2名に限る。', '四 日程', '令和9年4月 開始']]));
    const secs = s.consultations[0].securitySections;
    expect(secs.map((x) => x.heading)).toEqual(['三 安全対策']);
    expect(secs[0].text).not.toContain('令和9年');
  });
});
