/**
 * Structure read from held-out sets 115–120 after their one measurement (session 13): a cover that lists the items
 * and opens the first on the same page under its number alone in brackets, the title on the next line (set 118, p02).
 * Documents are our own, tiny and synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('a list page that opens the first item', () => {
  const cover = (head: string[]) => [
    '## 諮問資料',
    '本日の諮問事項は次の２件です。各資料は続けて掲載しています。',
    '【諮問第３号】母子保健アプリの導入について（こども健康課）',
    '【諮問第４号】成人歯科健康診査業務の委託について（こども健康課）',
    ...head,
    '【諮問の内容】',
    '個人情報の処理に係る情報システムの導入',
    '【導入の目的】',
    '妊娠期から子育て期までの情報をアプリで届け、健診の受診漏れを防ぐ。',
    '【情報セキュリティ対策】',
    '１ 管理画面を利用できる職員は、こども健康課の職員６名とする。',
  ];
  const second = [
    '２ 管理画面のアクセスログは１年間保存し、毎月点検する。',
    '【諮問第４号】',
    '成人歯科健康診査業務の委託について',
    '【委託の理由】',
    '健診を町内の歯科医院で実施するため、歯科医師会に委託する。',
    '【個人情報の保護】',
    '１ 受診者名簿は暗号化したファイルで受け渡す。',
  ];
  it('「【諮問第３号】」 alone on its line, its title below, after the list: the first item starts there', () => {
    const s = analyzeStructure(makeDoc([cover(['【諮問第３号】', '母子保健アプリの導入について']), second]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第3号', 1, 2], ['諮問第4号', 2, 2]]);
  });
  it('without that heading the list is a list: only the item that starts under its own number is found', () => {
    const s = analyzeStructure(makeDoc([cover([]), second]));
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第4号']);
  });
});

describe('measures as a list or a checklist', () => {
  const item = (heading: string, rows: string[]) => [
    '諮問第３号',
    '## 校務支援システムのクラウド化について',
    '１ 諮問事項',
    '個人情報の処理に係る情報システムの変更',
    '２ 変更の理由',
    '校外から成績処理ができないため、クラウド型のシステムに移行する。',
    heading,
    ...rows,
    '９ 今後の予定',
    '令和９年４月 運用開始',
  ];
  const rows = ['組織的対策', '(1) 利用できる教職員は担当する学級の記録に限り閲覧できる。', '技術的対策', '(2) 通信はTLS1.2以上で暗号化する。'];
  it('「８ セキュリティ対策一覧」 lists the measures: the item\'s security section', () => {
    const s = analyzeStructure(makeDoc([item('８ セキュリティ対策一覧', rows)]));
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.role])).toEqual([['８ セキュリティ対策一覧', 'primary']]);
  });
  it('「■ 個人情報保護チェックリスト」 is one too', () => {
    const s = analyzeStructure(makeDoc([item('■ 個人情報保護チェックリスト', rows)]));
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.role])).toEqual([['■ 個人情報保護チェックリスト', 'primary']]);
  });
  it('a list of documents is not', () => {
    const s = analyzeStructure(makeDoc([item('８ 添付資料一覧', ['(1) 仕様書', '(2) 契約書の案'])]));
    expect(s.consultations[0].securitySections.map((x) => x.heading)).not.toContain('８ 添付資料一覧');
  });
});
