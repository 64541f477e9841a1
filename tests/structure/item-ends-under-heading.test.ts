/**
 * Set 228 (after its measurement): an item's last section, a numbered heading with its body and no 「。」 (「第６ 委託期間」
 * 「令和９年４月１日から令和１２年３月３１日まで（３年間）」), printed at the top of the page where the next item starts
 * (「諮問第１５号」 below it) belongs to the item before; the next item starts at its number, not at the top of the page.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const item14 = [
  '## 諮問第１４号',
  '## 放置自転車の撤去・保管業務の委託について',
  '# 第１ 諮問の内容',
  '個人情報を取り扱う業務の外部委託',
  '# 第５ 個人情報の保護措置',
  '(1) 照会結果の一覧は職員２名のみが作成する。',
  '(2) 一覧は鍵付きの書庫に保管する。',
];
const item15 = [
  '## 諮問第１５号',
  '## 撤去自転車返還手数料のキャッシュレス収納の導入について',
  '# 1. 導入の目的',
  '釣銭の誤りを防ぐため、キャッシュレス収納を導入します。',
  '# 4. セキュリティ対策',
  '(1) 決済端末は専用端末とします。',
];

describe('an item whose last section tops the page where the next item starts', () => {
  it('keeps that section; the next item starts at its number', () => {
    const r = analyzeStructure(makeDoc([item14, ['# 第６ 委託期間', '令和９年４月１日から令和１２年３月３１日まで（３年間）', ...item15]])).consultations;
    expect(r.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第14号', 1, 2], ['諮問第15号', 2, 2]]);
  });
  it('a page that opens with the next item owns the page', () => {
    const r = analyzeStructure(makeDoc([item14, item15])).consultations;
    expect(r.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第14号', 1, 1], ['諮問第15号', 2, 2]]);
  });
});
