/**
 * Item heads met in held-out sets 46–48 after their measurement, on synthetic documents of our own: items whose number is
 * printed only in the footer beside the page number (「諮問第９号 ― １ ―」).
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('numbers printed only in the footer (set 48)', () => {
  it('each page is the item its footer names', () => {
    const s = analyzeStructure(
      makeDoc([
        ['## 駅前自転車駐車場への防犯カメラの設置について', '■ 画像の管理', '画像は１４日で上書きされる。', '閲覧は建設課の職員２名に限る。', '諮問第９号 ― １ ―'],
        ['## 町民体育館の指定管理者の指定について', 'Ⅴ 個人情報の取扱いに関する措置', '指定管理者は責任者を選任し、町に届け出る。', '諮問第１０号 ― ２ ―'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd, c.types])).toEqual([
      ['諮問第9号', 1, 1, ['indirect_collection']],
      ['諮問第10号', 2, 2, ['designated_manager']],
    ]);
  });
  it('a footer that cites a number in a sentence does not open an item', () => {
    const s = analyzeStructure(makeDoc([['諮問第５号', '## 図書館システムの更新について', '１ 安全対策', 'データは暗号化する。', '※ 諮問第２号で承認を得た内容を含む。']]));
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第5号']);
  });
});
