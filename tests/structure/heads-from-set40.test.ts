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
  });

  it('one heading that cites an earlier item in brackets does not open an item', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第５号', '## 図書館システムの更新について', '１ 更新の内容', 'サーバを更新する。', '２ 前回の諮問（諮問第２号）', '平成３０年に承認を得た。', '３ 安全対策', 'データは暗号化する。']]),
    );
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第5号']);
  });
});
