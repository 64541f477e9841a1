/**
 * Structure rules from held-out sets 6 and 8 (after their unseen measurement; docs/heldout6.md, heldout8.md), on tiny
 * synthetic documents of our own: an earlier item cited inside a sentence or a form's 「既承認の諮問」 row is not an
 * item; 「資料3-1」 then 「資料3-2」 are pages of one material.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const MEASURES = ['(1) 接続は作業時のみとし、町の承認を得る。', '(2) 作業は録画し、記録を保存する。', '(3) 再委託は禁止する。'];

describe('cited items', () => {
  it('「…平成３０年度に諮問第２号として承認を受け…」 inside the request is not an item of its own', () => {
    const s = analyzeStructure(makeDoc([['資料2', '審議会 諮問第3号', '## 保守業務委託の仕様変更について', '１ 諮問事項', '保守業務は、平成30年度に諮問第2号として承認を受け、事業者に委託している。', '２ セキュリティ対策', ...MEASURES], ['資料2', '３ 受託者の体制', '従事者は名簿で届け出た3名に限る。']]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第3号', 1, 2]]);
  });
  it('a form\'s row 「既承認の諮問　令和３年度諮問第１２号（令和３年８月２０日答申）」 does not make the page a list', () => {
    const s = analyzeStructure(makeDoc([['## 外部委託記録票', '諮問第41号（変更）', '件名 データ入力業務の外部委託について（作業場所の変更）', '既承認の諮問 令和3年度諮問第12号（令和3年8月20日答申）', '委託先 株式会社テスト', '個人情報の保護のための措置', ...MEASURES]]));
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第41号']);
  });
});

describe('material labels', () => {
  it('「資料3-1」 then 「資料3-2」: the second page belongs to the same item', () => {
    const s = analyzeStructure(makeDoc([['~ 資料3-1', '諮問第22号', '## 保育システムのクラウド移行について', '１ 諮問事項', '情報システムの変更'], ['~ 資料3-2', '７ セキュリティ対策', ...MEASURES]]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第22号', 1, 2]]);
  });
});

describe('a 諮問書 that covers several items (set 12)', () => {
  it('its table of 諮問第９号 and 第１０号 makes it the packet\'s cover, not item 9\'s first page', () => {
    const s = analyzeStructure(
      makeDoc([
        ['総第456号', '会長 様', '## 諮問について', '条例第3条の規定により、次の事項について諮問します。', '諮問第9号 通知書の印刷及び封入封緘業務の委託について 税務課', '諮問第10号 予防接種台帳システムへの記録項目の追加について 健康づくり課'],
        ['資料1', '諮問第9号', '## 通知書の印刷及び封入封緘業務の委託について', '１．諮問事項', '個人情報を取り扱う業務の外部委託', '５．個人情報の取扱い', ...MEASURES],
        ['資料2', '諮問第10号', '## 予防接種台帳システムへの記録項目の追加について', '１．諮問事項', '電子計算組織への記録項目の追加', '４．安全対策', ...MEASURES],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第9号', 2, 2], ['諮問第10号', 3, 3]]);
  });
  it('「■ 諮問する事項」 asking to give the list to 関係者 is a provision', () => {
    const s = analyzeStructure(makeDoc([['諮問第3号', '## 避難行動要支援者名簿の平常時からの提供について', '■ 諮問する事項', '名簿に記載した個人情報を、平常時から町外の関係者に提供することについて、ご意見を伺います。', '■ 提供先での取扱い', ...MEASURES]]));
    expect(s.consultations[0].types).toEqual(['external_provision']);
  });
});

describe('set 13 (after its unseen measurement)', () => {
  it('「諮問第８号のオンライン申請で受け付けた…、」 on item 9\'s page cites item 8; item 9 keeps its page', () => {
    const s = analyzeStructure(
      makeDoc([
        ['資料4-1', '諮問第8号', '## 保育所入所申請のオンライン化について', '■ 諮問の趣旨', '申請をオンラインで受け付けることについて意見を求める。', '■ 安全対策', ...MEASURES],
        ['資料4-2', '諮問第9号', '## 保育システムへのオンライン申請データの記録について', '■ 諮問の趣旨', '諮問第8号のオンライン申請で受け付けた申請データを保育システムに記録するため、', 'その記録について意見を求める。', '■ 安全対策', ...MEASURES],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第8号', 1, 1], ['諮問第9号', 2, 2]]);
  });
  it('a note in brackets does not unmake a heading: 「４ リスク対策（全項目評価書 Ⅲ より抜粋）」', () => {
    const s = analyzeStructure(makeDoc([['諮問第21号', '## 予防接種事務の全項目評価書の点検について', '１ 諮問事項', '特定個人情報保護評価書の第三者点検', '４ リスク対策（全項目評価書 Ⅲ より抜粋）', ...MEASURES]]));
    expect(s.consultations[0].securitySections.map((x) => x.heading)).toEqual(['４ リスク対策（全項目評価書 Ⅲ より抜粋）']);
  });
});

describe('three pages of one material (set 161, session 19)', () => {
  const FIRST_TWO = [
    ['~ 資料5-1', '諮問第38号', '## 本庁舎警備業務の委託について', '１ 諮問事項', '個人情報を取り扱う業務の外部委託', '６ 個人情報の保護措置', ...MEASURES],
    ['~ 資料5-2', '## 本庁舎警備業務委託仕様書（抜粋）', '第３章 個人情報の取扱い', '第１２条 受託者は、事故が発生したときは直ちに報告する。'],
  ];
  it('「資料5-1」「資料5-2」「資料5-3」: each page the next of the one before, all three belong to the item', () => {
    const s = analyzeStructure(
      makeDoc([
        ...FIRST_TWO,
        ['~ 資料5-3', '## 個人情報取扱業務委託 確認票', '１ 委託先が第三者認証を取得している ○', '２ 契約書に個人情報取扱特記事項を添付する ○'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第38号', 1, 3]]);
  });
  it('a page of another material (「資料6」) still ends the item', () => {
    const s = analyzeStructure(
      makeDoc([
        ...FIRST_TWO,
        ['~ 資料6', '## 令和８年度 審議会の開催予定', '第１回 ５月', '第２回 ８月'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第38号', 1, 2]]);
  });
});
