/**
 * Item heads met in held-out set 40 after its measurement, on a synthetic document of our own: one document for two
 * items whose parts are headed by their item (「第３ 目的外利用の内容（諮問第３号）」「第４ 外部提供の内容（諮問第４号）」),
 * on a first page that also lists both numbers.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('parts of one document headed by their item (set 40)', () => {
  const pages = [
    [
      '## 避難行動要支援者名簿の作成及び提供について（諮問第３号・諮問第４号）',
      '第１ 諮問事項',
      '１ 諮問第３号 名簿の作成に係る個人情報の目的外利用について',
      '２ 諮問第４号 名簿情報の避難支援等関係者への提供について',
      '第２ 経緯',
      '安否確認に時間を要した。',
      '第３ 目的外利用の内容（諮問第３号）',
      '１ 利用の方法',
      '閲覧できるのは防災係の職員３名に限る。',
    ],
    [
      '第４ 外部提供の内容（諮問第４号）',
      '１ 提供の方法と提供先での取扱い',
      '名簿は職員が代表者に手渡し、受領書に署名を得る。',
      '提供先とは協定を結び、第三者への提供を禁止する。',
    ],
  ];

  it('each part is an item of its own, on its own pages', () => {
    const s = analyzeStructure(makeDoc(pages));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第3号', 1, 1],
      ['諮問第4号', 2, 2],
    ]);
    // each is named by the document's own list of its items
    expect(s.consultations.map((c) => c.title)).toEqual(['名簿の作成に係る個人情報の目的外利用について', '名簿情報の避難支援等関係者への提供について']);
  });

  it('one heading that cites an earlier item in brackets does not open an item', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第５号', '## 図書館システムの更新について', '１ 更新の内容', 'サーバを更新する。', '２ 前回の諮問（諮問第２号）', '平成３０年に承認を得た。', '３ 安全対策', 'データは暗号化する。']]),
    );
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第5号']);
  });
});

describe('a request for 「…社会福祉協議会への委託（個人情報を取り扱う事務の委託）」 (set 42)', () => {
  it('is an outsourcing, beside the recording it also asks about', () => {
    const c = analyzeStructure(
      makeDoc([[
        '諮問第５号 生活困窮者自立相談支援事業の委託及び相談支援システムへの記録について',
        '１．諮問事項',
        '（１）自立相談支援事業の町社会福祉協議会への委託（個人情報を取り扱う事務の委託）',
        '（２）相談の記録を、委託先が利用する相談支援システムに記録すること（電子計算機への記録）',
        '２．個人情報の取扱いに関する対策',
        'システムを利用できるのは、相談支援員３名に限る。',
      ]]),
    ).consultations[0];
    expect(c.types).toEqual(['outsourcing', 'computer_recording']);
  });
});
