/**
 * Item heads met in held-out sets 52–57 after their measurement (docs/heldout.md, session 7), on synthetic documents of
 * our own: a form row labelled 「区分」 alone, and a request whose words only the weak patterns know.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('a form row 「区 分」 (set 57)', () => {
  it('names the types like 「諮問の種別」', () => {
    const s = analyzeStructure(
      makeDoc([['件 名 | 諮問第3号 食物アレルギー情報のクラウドサービスでの管理について', '区 分 | 電子計算組織への記録・外部結合', 'Ⅰ 概要', '給食センターと学校が同じ画面で情報を確認する。', 'Ⅱ 安全対策', '利用者は教頭が指定する。']]),
    );
    expect(s.consultations.map((c) => c.types)).toEqual([['computer_recording', 'external_linkage']]);
  });
});

describe('the request names a provision in words only the weak patterns know (set 52)', () => {
  it('「１ 諮問事項 名簿の自主防災組織及び民生委員への提供について」 under a title without 「への」', () => {
    const s = analyzeStructure(
      makeDoc([
        ['諮 問 書', '審議会条例第２条の規定に基づき、次のとおり諮問します。', '記', '諮問第１９号', '１ 諮問事項', '避難行動要支援者名簿の自主防災組織及び民生委員への提供について', '２ 諮問の理由', '避難支援を平常時から準備する。'],
        ['## 避難行動要支援者名簿の提供について（説明資料）', '（１）提供の目的', '地域で支援者を決める。', '（２）安全対策', '名簿は施錠保管する。'],
      ]),
    );
    expect(s.consultations.map((c) => c.types)).toEqual([['external_provision']]);
  });
});
