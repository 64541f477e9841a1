/**
 * Item heads met in held-out set 39 after its measurement, on synthetic documents of our own: the law's own word
 * 「本人以外の者からの取得」, two numbers that refer to the points listed above them (「諮問番号：諮問第２７号（①）、
 * 諮問第２８号（②）」), and an amendment of the city's own 要綱.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const MEASURES = ['■ 運用上の安全対策', '① 録画装置は施錠した事務室内に置く。', '② 画像の閲覧は管理責任者と副責任者の２名に限る。'];

describe('item heads (set 39)', () => {
  it('「本人以外の者からの個人情報の取得」 is an indirect collection', () => {
    const c = analyzeStructure(makeDoc([['諮問第１４号', '## 収集車へのドライブレコーダーの設置について', '第１ 諮問事項', '収集作業中の周囲の状況を撮影し、記録すること（本人以外の者からの個人情報の取得）について、意見を求める。', ...MEASURES]])).consultations[0];
    expect(c.types).toEqual(['indirect_collection']);
  });

  it('two numbers referring to the points above them are two items, each of its point\'s type', () => {
    const s = analyzeStructure(
      makeDoc([[
        '資料３－１',
        '## 団地共用部への防犯カメラの設置及び画像の提供について',
        '■諮問事項',
        '① 防犯カメラによる個人情報の取得（本人以外の者からの取得）',
        '② 撮影した画像の警察署への提供（外部提供）',
        '諮問番号：諮問第２７号（①）、諮問第２８号（②）',
        '■設置の目的',
        '不法投棄を防ぐ。',
        ...MEASURES,
      ]]),
    );
    expect(s.consultations.map((c) => [c.number, c.types])).toEqual([
      ['諮問第27号', ['indirect_collection']],
      ['諮問第28号', ['external_provision']],
    ]);
  });

  it('an amendment of the city\'s own 要綱 is a rules amendment', () => {
    const c = analyzeStructure(makeDoc([['諮問第１６号', '## 防犯カメラの設置及び運用に関する要綱の一部改正について', '１ 改正の理由', '画像の保存期間を改める。', ...MEASURES]])).consultations[0];
    expect(c.types).toEqual(['ordinance_amendment']);
  });
});

describe('item heads (set 38)', () => {
  it('a 「ご審議いただきたいこと」 section states the request; 「…の学校からの収集について」 in a title', () => {
    const c = analyzeStructure(
      makeDoc([[
        '## 長期欠席の児童生徒に関する情報の学校からの収集について',
        '【諮問第３号】',
        '■ ご審議いただきたいこと',
        'センターが、学校から長期欠席の児童生徒の情報の提供を受けること（本人以外の者からの個人情報の収集）について、ご意見をお願いします。',
        ...MEASURES,
      ]]),
    ).consultations[0];
    expect(c.types).toEqual(['indirect_collection']);
    // the title alone, when nothing else names the type
    const t = analyzeStructure(makeDoc([['## 長期欠席の児童生徒に関する情報の学校からの収集について', '【諮問第３号】', '■ 背景', '欠席が増えている。', ...MEASURES]])).consultations[0];
    expect(t.types).toEqual(['indirect_collection']);
  });
});

describe('a handling section named by the item\'s own data (set 39)', () => {
  it('「第４ 映像の取扱い」 holds the measures, not only its first sub-section', () => {
    const c = analyzeStructure(
      makeDoc([[
        '諮問第１４号',
        '## 収集車へのドライブレコーダーの設置について',
        '第１ 諮問事項',
        '撮影し、記録すること（本人以外の者からの個人情報の取得）について、意見を求める。',
        '第４ 映像の取扱い',
        '１ 記録媒体',
        '映像はSDカードに記録し、３０日が経過したものから上書きされる。',
        '２ 映像の確認',
        '映像の確認は、環境課の職員２名が行う。',
        '３ 外部への提供',
        '映像は、法令に基づく場合を除き、外部に提供しない。',
        '第５ 導入予定時期',
        '令和９年４月',
      ]]),
    ).consultations[0];
    expect(c.securitySections.map((s) => s.heading)).toEqual(['第４ 映像の取扱い']);
    expect(c.securitySections[0].text).toContain('外部に提供しない');
  });
});
