/**
 * A section on how the recipient handles the data (「第４ 提供先における取扱い」, held-out set 27's kind) holds the
 * item's measures when no heading names security; on a synthetic document of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('the recipient\'s handling', () => {
  it('「提供先における取扱い」 is a section of measures', () => {
    const c = analyzeStructure(
      makeDoc([[
        '諮問第53号',
        '## 避難行動要支援者名簿情報の自主防災組織への提供について',
        '第1 諮問の趣旨',
        '名簿の情報を自主防災組織に提供することについて、意見を求める。',
        '第2 提供先における取扱い',
        '1 協定で定める事項',
        'ア 名簿情報を避難支援の目的以外に利用しないこと。',
        'イ 名簿を取り扱う者を各団体3名以内とし、その氏名を市に届け出ること。',
        'ウ 名簿の複写をしないこと。',
        '2 名簿の管理',
        '名簿は紙で提供し、提供先には名簿を適正に管理するよう求める。',
        '3 名簿の更新と回収',
        '新しい名簿を手渡す際に旧名簿を回収し、市の職員が裁断する。',
        '第3 実施時期',
        '令和9年11月から',
      ]]),
    ).consultations[0];
    expect(c.securitySections.map((s) => [s.heading, s.role])).toEqual([['第2 提供先における取扱い', 'scattered']]);
  });
});

describe('a record sheet attached to the item', () => {
  it('「電子計算組織記録票」 on the next page is an attachment with measures', () => {
    const c = analyzeStructure(
      makeDoc([
        ['~ 資料2-1', '諮問第3号', '## 児童手当の届出のオンライン受付について', '1 概要', '届出をオンラインで受け付ける。', '2 保護措置', '(1) 端末は子育て給付課の2台に限る。', '(2) その他の措置は、別紙電子計算組織記録票のとおり。'],
        ['~ 資料2 別紙', '## 電子計算組織記録票', 'システム名 児童手当システム', 'アクセス記録 ■ 操作ログを取得（5年保存） ■ 所属長が四半期ごとにログを点検', '外部との接続 ■ 接続なし'],
      ]),
    ).consultations[0];
    expect(c.securitySections.map((s) => [s.heading, s.role])).toContainEqual(['電子計算組織記録票', 'attachment']);
  });
});
