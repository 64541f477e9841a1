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

describe('a camera item with a section 「外部への提供」 (sets 52, 57)', () => {
  it('collects; the provision rules are one of its measures', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第４号', '## 村営バス車内への防犯カメラの設置について', '① 設置の目的', '車内の暴力や盗難を防ぐ。', '② 映像の管理', '映像は７日で上書きされる。', '③ 外部への提供', '法令に基づく場合を除き、映像を外部に提供しない。']]),
    );
    expect(s.consultations.map((c) => c.types)).toEqual([['indirect_collection']]);
  });
  it('a drive recorder is a camera too', () => {
    const s = analyzeStructure(makeDoc([['諮問第４３号', '## ごみ収集車へのドライブレコーダーの設置について', '■ 外部への提供', '警察から照会があった場合に限り提供する。']]));
    expect(s.consultations.map((c) => c.types)).toEqual([['indirect_collection']]);
  });
  it('an item that provides footage stays a provision', () => {
    const s = analyzeStructure(makeDoc([['諮問第５号', '## 防犯カメラ映像の警察への提供について', '① 提供の目的', '捜査に協力する。', '② 外部への提供の方法', '職員が手渡す。']]));
    expect(s.consultations[0].types).toContain('external_provision');
  });
});
