/**
 * Read from held-out sets 62 and 64 after their first measurement (session 8), on synthetic documents of our own: one 諮問書 for
 * two items whose parts are headed 「第２ 諮問第５号 本人以外の者からの収集」「第３ 諮問第６号 …への委託」. Each part
 * opens its item, on the same page. An agenda's 「第１ 諮問第５号 …について」 lines are a list, not parts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('two items in one document, each part headed 「第２ 諮問第５号 …」', () => {
  it('each part opens its item where it stands', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '## 第三者行為求償事務に係る個人情報の取扱いについて（諮問）',
          '下記の事項について諮問する。',
          '諮問第５号 第三者行為求償事務における本人以外の者からの個人情報の収集について',
          '諮問第６号 第三者行為求償事務の国民健康保険団体連合会への委託について',
          '第１ 事務の概要',
          '町は損害賠償請求権を取得し、加害者に請求する。',
          '第２ 諮問第５号 本人以外の者からの収集',
          '１ 対象者',
          '第三者の行為による傷病で受診した被保険者',
          '２ 取扱い',
          '（１）収集した書類は担当職員２名が取り扱う。',
          '第３ 諮問第６号 国民健康保険団体連合会への委託',
          '１ 委託する事務',
          '求償額の算定と請求',
          '２ 個人情報の取扱い',
          '（１）委託契約書に個人情報の取扱いに関する条項を設ける。',
        ],
      ]),
    );
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第5号', '諮問第6号']);
  });

  it('an agenda listing 「第１ 諮問第５号 …について」 does not split a single item', () => {
    const s = analyzeStructure(
      makeDoc([
        ['## 次第', '第１ 諮問第５号 本人以外の者からの収集について', '第２ 諮問第６号 業務の委託について', '第３ その他'],
        ['諮問第５号', '## 本人以外の者からの収集について', '１ 安全対策', '書類は施錠できる書庫に保管する。'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart])).toEqual([['諮問第5号', 2]]);
  });
});

describe('a purpose that says the work is outsourced (set 62)', () => {
  it('「…その運用を事業者に委託します」 in 「■ 導入の目的」 adds outsourcing to a system brought in', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '（諮問第５号）',
          '## 放課後児童クラブにおける入退室管理システムの導入について',
          '■ 導入の目的',
          '入退室の時刻を記録する仕組みを導入します。システムは、事業者が提供するサービスを利用し、その運用を事業者に委託します。',
          '■ 情報セキュリティ対策',
          '① 通信はＴＬＳにより暗号化します。',
        ],
      ]),
    );
    expect(s.consultations[0].types).toContain('outsourcing');
  });
});
