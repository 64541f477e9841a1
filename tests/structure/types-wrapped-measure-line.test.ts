/**
 * Round 14 (set 213, after its measurement): a numbered measure whose first line wraps mid-sentence
 * (「⑫ 事業者との契約に町の個人情報取扱特記事項を付し、目的外利用、第三」) is no title naming the item's act, so its
 * 目的外利用 (forbidden by the contract) does not make the item a use for another purpose.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const first = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations[0];

describe('the types of an item whose measure line wraps mid-sentence', () => {
  it('a contract clause forbidding 目的外利用 on a wrapped measure line adds no type', () => {
    const c = first([[
      '## 【諮問第７号】母子健康手帳アプリの導入について（外部結合）',
      '# １ 導入の目的',
      '保護者が自分の子の記録をいつでも確認できるようにする。',
      '# ５ 個人情報の保護対策',
      '① 利用登録の際は、登録コードと保護者の生年月日を照合して本人確認を行う。',
      '② 管理画面を利用できる職員は、健康づくり係の保健師４名に限る。',
      '③ 事業者との契約に町の個人情報取扱特記事項を付し、目的外利用、第三',
      '者への提供及び再委託を禁止する。',
      '④ 利用規約をアプリ内に表示し、同意を得た上で登録を受け付ける。',
    ]]);
    expect(c.types).toEqual(['external_linkage']);
  });
  it('a heading that names the act still gives the type', () => {
    const c = first([[
      '## 【諮問第８号】健診結果の目的外利用について',
      '# １ 目的',
      '健診結果を保健指導の案内に用いる。',
      '# ２ 安全対策',
      '抽出は担当職員２名が行う。',
    ]]);
    expect(c.types).toContain('purpose_external_use');
  });
});

describe('a wrapped measure line whose clause ends in another verb form (set 238)', () => {
  it('「（１）基本協定書に個人情報取扱特記事項を定め、目的外利用の禁止、複」 adds no use for another purpose', () => {
    const c = first([[
      '## 【諮問第４号】町営住宅の指定管理者の指定について（入居者の個人情報の取扱い）',
      '# １ 指定の概要',
      '町営住宅９団地の管理を指定管理者に行わせる。',
      '# ７ 個人情報の保護措置',
      '(1) 基本協定書に個人情報取扱特記事項を定め、目的外利用の禁止、複',
      '写の禁止及び再委託の禁止を義務付けます。',
      '(2) 住宅管理システムを利用できる者は、管理事務所の職員４名に限ります。',
    ]]);
    expect(c.types).toEqual(['designated_manager']);
  });
});
