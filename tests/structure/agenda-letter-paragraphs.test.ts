/**
 * Structure rules met in held-out set 7 (docs/heldout7.md), each tested on a tiny synthetic document of our own:
 * an agenda item naming the previous minutes is not the document's title; a letter titled 「…について（諮問）」 is a
 * 諮問書; measures written as paragraphs (no bullets) under headings without security words are found as scattered.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('a 次第 page whose agenda names the previous minutes', () => {
  const doc = makeDoc([
    ['## 令和8年度第2回個人情報保護審議会 次第', '1 開会', '2 前回会議録の確認', '3 諮問事項', '(1) 諮問第41号 調査票の入力業務の委託について', '4 閉会'],
    ['資料1', '諮問第41号', '## 調査票の入力業務の委託について', '# 第1 個人情報の安全管理措置', '(1) 作業は専用室で行い、作業者以外の立入りを禁止する。', '(2) 端末はインターネットに接続しない。', '(3) 再委託は禁止する。'],
  ]);
  const s = analyzeStructure(doc);
  it('is consultation material: 「会議録」 in an agenda item is not the title', () => {
    expect(s.detection.isConsultation).toBe(true);
    expect(s.detection.signals.join(' ')).not.toMatch(/minutes/);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第41号']);
  });
  it('a document titled 会議録 is still minutes', () => {
    const m = analyzeStructure(makeDoc([['## 令和8年度第2回個人情報保護審議会 会議録', '1 開会', '2 諮問第41号について', '事務局から説明があった。']]));
    expect(m.detection.isConsultation).toBe(false);
  });
});

describe('a letter titled 「…について（諮問）」', () => {
  const s = analyzeStructure(
    makeDoc([
      [
        '健第1205号',
        '令和8年12月3日',
        '個人情報保護審議会',
        '会長 日下部 澄子 様',
        '町長 小野寺 伸介',
        '## 健康管理事務に係る評価書の第三者点検について（諮問）',
        '番号法第28条第1項及び評価規則第7条第4項の規定に基づき、下記の評価書について',
        '貴審議会の意見を求めます。',
        '記',
        '諮問第7号 健康管理事務 全項目評価書',
        '# Ⅲ リスク対策',
        '(1) 利用権限は職員6名にのみ付与する。',
        '(2) 端末はインターネットに接続しない。',
      ],
    ]),
  );
  it('carries its item number', () => {
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第7号']);
  });
});

describe('measures written as paragraphs under plain headings', () => {
  const s = analyzeStructure(
    makeDoc([
      [
        '諮問第5号',
        '## 資格確認書の発送業務の委託について',
        '# 【1 事業の概要】',
        '資格確認書の印刷から発送までを事業者に委託します。',
        '# 【2 委託先の選び方と契約】',
        '委託先は一般競争入札により選定します。入札に参加できるのは、プライバシーマーク',
        'の認証を受けている事業者とします。契約書には特記事項を付けます。再委託は禁止します。',
        '# 【3 業務が終わった後の取扱い】',
        '印刷を誤った確認書は、市に納品させます。',
        '受託者は、発送が終わった後、データを消去します。',
        '# 【4 委託期間】',
        '令和9年5月1日から令和9年8月31日まで',
      ],
    ]),
  );
  it('sentences, not broken lines, are counted: both measure sections are found, the others not', () => {
    const heads = s.consultations[0].securitySections.map((x) => [x.heading, x.role]);
    expect(heads).toEqual([
      ['【2 委託先の選び方と契約】', 'scattered'],
      ['【3 業務が終わった後の取扱い】', 'scattered'],
    ]);
  });
});
