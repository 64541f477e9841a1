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
