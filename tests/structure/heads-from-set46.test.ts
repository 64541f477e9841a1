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

describe('an item that starts mid-page under its number (set 46)', () => {
  it('「諮問第２２号 …を子ども家庭センターに提供すること」「について」 after the end of 第２１号 opens 第２２号 there', () => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第２１号', '## 心の健康観察アプリの導入に係る業務の委託について', '第１ 委託の内容', 'アプリの運用を事業者に委託する。', '第２ 安全対策', '通信はTLSで暗号化する。'],
        ['第３ 委託先の管理', '受託者には毎月の作業報告を求める。', '受託者の作業場所を年１回確認する。', '第４ 事故時の対応', '漏えいが判明したときは直ちに報告させる。', '第５ 契約期間', '令和９年４月から１年間', '年度ごとに契約する。', '', '諮問第２２号 心の健康観察アプリの情報を子ども家庭センターに提供すること', 'について', '第１ 諮問の理由', '生徒の情報を目的外利用として提供することについて意見を求める。', '第２ 提供の方法', '情報は庁内のシステムで渡す。'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第21号', 1, 2],
      ['諮問第22号', 2, 2],
    ]);
  });
});
