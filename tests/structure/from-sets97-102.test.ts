/**
 * Structure read from held-out sets 97–102 after their one measurement (session 12): a list of measures that runs on
 * from the page before, above the next item's number on a shared page; an item that brings in a service and names no
 * act of the law; the earlier item a change compares itself with (set 110). Documents are our own, tiny and synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('items', () => {
  const first = [
    '~ 令和８年度第２回万里町個人情報保護審議会 資料１',
    '諮問第１４号',
    '## 住民記録システムのガバメントクラウドへの移行について',
    '第１ 諮問事項',
    '個人情報の処理に係る情報システムの変更',
    '第２ 安全管理措置',
    '(1) 通信は閉域の専用回線で行い、暗号化する。',
    '(2) 利用者は業務ごとに登録した職員に限る。',
  ];
  it('measures that run on at the top of a shared page stay with the item before; the next item starts at its number', () => {
    const s = analyzeStructure(makeDoc([
      first,
      [
        '~ 令和８年度第２回万里町個人情報保護審議会 資料１',
        '(3) 操作ログを取得し、毎月確認する。',
        '(4) バックアップは毎日取得し、国内の別リージョンに保管する。',
        '第３ 今後の予定',
        '令和９年１月 本番移行',
        '資料２',
        '諮問第１５号',
        '## データ移行作業の委託について',
        '１ 委託の理由',
        '移行作業には専門的な知識を要するため、事業者に委託する。',
        '２ 個人情報の保護',
        '(1) 作業は本庁舎の電算室で行う。',
      ],
    ]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第14号', 1, 2], ['諮問第15号', 2, 2]]);
  });

  it('a page that opens with the next item\'s label and number (no sentence above them) belongs to that item', () => {
    const s = analyzeStructure(makeDoc([
      first,
      ['~ 令和８年度第２回万里町個人情報保護審議会 資料２', '諮問第１５号', '## データ移行作業の委託について', '１ 委託の理由', '移行作業には専門的な知識を要するため、事業者に委託する。'],
    ]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第14号', 1, 1], ['諮問第15号', 2, 2]]);
  });
});

describe('types', () => {
  it('an item that brings in a service, and names no act of the law, is a system change, not 「その他」', () => {
    const s = analyzeStructure(makeDoc([[
      '諮問第３号',
      '## 町立診療所におけるオンライン診療の導入について',
      '１．背景と目的',
      '病状が安定している患者の再診について、オンライン診療を導入し、通院の負担を減らす。',
      '２．導入するサービス',
      '事業者が提供するクラウド型のオンライン診療サービスを利用します。',
      '３．安全対策',
      '通話の映像と音声は暗号化して送受信される。',
    ]]));
    expect(s.consultations[0].types).toEqual(['system_change']);
    // an item whose text names an outsourcing is that, not a system change as well
    const out = analyzeStructure(makeDoc([[
      '諮問第４号',
      '## 施設予約の受付について',
      '１ 概要',
      '予約サービスを導入し、その受付を委託先の事業者が行う。委託先は、予約の内容を毎月報告する。',
      '２ 安全対策',
      '通信は暗号化する。',
    ]]));
    expect(out.consultations[0].types).toEqual(['outsourcing']);
  });
});

describe('a change of an approved item (set 110)', () => {
  it('the old item\'s number in the comparison table\'s header row does not open an item', () => {
    const s = analyzeStructure(makeDoc([
      ['諮問第９号', '## 映像通報システムに係る外部結合の変更について（変更）', '１．これまでの経過', '令和６年度諮問第３号により承認をいただき、運用している。', '２．変更の内容', '映像の保存先をクラウドサービスに変更する。'],
      ['５．安全対策の新旧対照', '項目 | 変更前（令和６年度諮問第３号） | 変更後', '保存場所 | 指令センター内のサーバ | 国内のデータセンター', '保存期間 | １年間 | ３年間'],
    ]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第9号', 1, 2]]);
  });
});
