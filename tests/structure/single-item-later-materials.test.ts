/**
 * Set 231 (after its measurement): a single item's 諮問書 labelled 「資料１－１」 whose attached PIA excerpt follows as
 * 「資料２－１」「資料２－２」: the later materials open no other item, so they belong to the item (before, the label change
 * closed the item after its first page and the risk tables were read as no one's).
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const letter = [
  '~ 資料１－１',
  '## 諮問書',
  '特定個人情報保護評価に関する規則第７条第４項の規定に基づき、下記の評価書について意見を求めます。',
  '記',
  '１ 諮問第７号 個人住民税の賦課に関する事務 全項目評価書の第三者点検について',
  '２ 添付資料 資料２ 全項目評価書（抜粋）',
];
const excerpt = (label: string, lines: string[]) => [`~ ${label}`, ...lines];

describe('a single item’s later materials', () => {
  it('the PIA excerpt labelled 資料２ belongs to the item of the 諮問書 labelled 資料１', () => {
    const r = analyzeStructure(makeDoc([
      letter,
      excerpt('資料２－１', ['## 全項目評価書（抜粋）', '# Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策', 'リスク１：目的外の入手が行われるリスク 課税資料は提出義務者からのみ入手する。', 'リスクへの対策は十分か ［十分である］']),
      excerpt('資料２－２', ['# Ⅳ その他のリスク対策', '職員に年１回の研修を行う。']),
    ])).consultations;
    expect(r.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第7号', 1, 3]]);
  });
  it('a later page that is a reference stays outside', () => {
    const r = analyzeStructure(makeDoc([
      letter,
      excerpt('参考資料', ['## 参考資料 住民税の概要', '個人住民税は前年の所得に対して課税される。']),
    ])).consultations;
    expect(r.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第7号', 1, 1]]);
  });
});
