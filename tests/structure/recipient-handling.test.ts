/**
 * A section on how the recipient handles the data (「第４ 提供先における取扱い」, held-out set 27's kind) holds the
 * item's measures when no heading names security; on a synthetic document of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';
import { HANDLING_HEADINGS } from '../../lib/structure/vocab/security.ts';

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

describe('more names of the measures\' section (sets 29 and 32, after their measurement)', () => {
  it('「安全確保の措置」 heads the measures', () => {
    const c = analyzeStructure(
      makeDoc([['諮問第9号', '## 給食費の情報の組合への提供について', '第1 諮問の内容', '情報を給食組合に提供することについて、意見を求める。', '第6 安全確保の措置', '1 一覧は暗号化したファイルで送る。', '2 組合では担当職員2名に限り閲覧する。', '第7 実施時期', '令和9年4月']]),
    ).consultations[0];
    expect(c.securitySections.map((s) => [s.heading, s.role])).toEqual([['第6 安全確保の措置', 'primary']]);
  });
  it('the recipient\'s handling at the end of a compound heading, or with its oversight, reads like 「個人情報の取扱い」', () => {
    const handling = (t: string) => HANDLING_HEADINGS.some((re) => re.test(t));
    expect(handling('提供の方法と組合での取扱い')).toBe(true);
    expect(handling('受託者の管理と監督')).toBe(true);
    expect(handling('委託先における個人情報の取扱い')).toBe(true);
    expect(handling('提供の方法')).toBe(false);
    expect(handling('組合の概要')).toBe(false);
  });
});
