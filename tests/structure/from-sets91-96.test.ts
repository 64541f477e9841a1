/**
 * Structure read from held-out sets 91–96 after their one measurement (session 11): an item that starts mid-page under
 * a header line with the council's name, a form that prints the item's number with its fiscal year, a camera item
 * without a request, and an item whose only word for its act is 「…への委託により導入する」. Documents are our own,
 * tiny and synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('items', () => {
  it('an item under 「稲城台市個人情報保護審議会諮問第４７号」 halfway down the page where the item before ends', () => {
    const s = analyzeStructure(makeDoc([[
      '稲城台市個人情報保護審議会諮問第４６号',
      '## 農地利用状況調査へのタブレット端末の導入について',
      '第１ 諮問事項',
      '電子計算組織への記録（農地台帳システムの記録項目の追加）',
      '第２ 安全対策',
      '(1) 端末は市が貸与する３台とし、調査員に限って使用させる。',
      '(2) 端末の起動時に、調査員ごとのパスワードを入力させる。',
      '(3) 端末は閉域のモバイル回線で接続し、インターネットには接続できない設定とする。',
      '(4) 端末内の写真は、台帳への反映を確認した日に消去する。',
      '(5) 調査期間外は、事務局の施錠できる保管庫で保管する。',
      '稲城台市個人情報保護審議会諮問第４７号',
      '## 有害鳥獣捕獲従事者名簿の目的外利用について',
      '第１ 諮問事項',
      '個人情報の目的外利用（農政課 → 危機管理課）',
      '第２ 保護措置',
      '(1) 閲覧できるのは防災担当の職員３名に限る。',
    ]]));
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第46号', '諮問第47号']);
    expect(s.consultations[1].title).toBe('有害鳥獣捕獲従事者名簿の目的外利用について');
    // a sentence that names the council and an item is not a new item
    const one = analyzeStructure(makeDoc([[
      '## 諮問第１２号 農地台帳システムのクラウド化について',
      '第１ 経緯',
      'この件は、稲城台市個人情報保護審議会諮問第９号として答申を受けたものの変更である。',
      '第２ 安全対策',
      '(1) 通信は暗号化する。',
    ]]));
    expect(one.consultations).toHaveLength(1);
  });

  it('a form that prints the item\'s number with its fiscal year belongs to the item', () => {
    const s = analyzeStructure(makeDoc([
      [
        '諮問第２７号',
        '## 奨学金返還金の管理に係る住民基本台帳情報の利用について',
        'Ⅰ 諮問の内容',
        '学務課が市長部局の住民基本台帳情報を利用することについて、意見を求める。',
        'Ⅴ 安全管理措置',
        '(1) 照会は照会票により行う。',
      ],
      ['別紙 資料３', '## 奨学金返還管理に係る照会票（様式）', '照会の根拠 | 個人情報の保護に関する法律第６９条第２項第３号（令和８年度諮問第２７号）'],
    ]));
    expect(s.consultations).toHaveLength(1);
    expect([s.consultations[0].pageStart, s.consultations[0].pageEnd]).toEqual([1, 2]);
  });
});

describe('types', () => {
  it('a camera put up at a school entrance collects from others; 「同社への委託により導入する」 is an outsourcing', () => {
    const camera = analyzeStructure(makeDoc([[
      '## 諮問第４３号 市立小学校昇降口への見守りカメラの設置について',
      '1. 設置の目的',
      '侵入の抑止と、下校時の児童の安全確認に用いる。',
      '4. 個人情報保護のための措置',
      '(1) 録画装置は、職員室内の施錠できるラックに設置する。',
    ]])).consultations[0];
    expect(camera.types).toEqual(['indirect_collection']);
    const app = analyzeStructure(makeDoc([[
      '町個人情報保護審議会 令和８年度 諮問第３号',
      '## いじめ相談アプリの導入について',
      '１ 導入の目的',
      '生徒が学習用端末から文字で相談できる窓口を設ける。',
      '２ アプリの概要',
      '株式会社ルナリンクが提供するクラウドサービスを、同社への委託により導入する。',
    ]])).consultations[0];
    expect(app.types).toContain('outsourcing');
  });
});
