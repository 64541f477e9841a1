/**
 * Consultation types added from the item's own sections (domain.md §1, §5.2; docs/heldout3.md "after set-3 fixes"):
 * a 「結合先」 section of the 外部結合 sheet, and a purpose saying the city records the data in its own system.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const types = (page: string[]) => analyzeStructure(makeDoc([page])).consultations[0].types.slice().sort();

describe('types from the sections of the item', () => {
  it('a 「■ 結合先」 section adds external_linkage to what the title says', () => {
    expect(types(['## 図書館予約サービスのクラウド移行について（諮問第51号）', '■ 概要', '予約データを事業者のクラウドで管理する。', '■ 結合先', '株式会社テストが運営する予約サービス', '■ 時期', '令和9年4月'])).toEqual(['external_linkage', 'system_change']);
  });
  it('without it, the title alone gives system_change', () => {
    expect(types(['## 図書館予約サービスのクラウド移行について（諮問第51号）', '■ 概要', '予約データを事業者のクラウドで管理する。', '■ 時期', '令和9年4月'])).toEqual(['system_change']);
  });
  it('a purpose that registers the data in the city\'s own system adds computer_recording', () => {
    expect(types(['## 診療記録の電子化業務の委託について（諮問第52号）', '（１）委託の目的', '紙の記録をスキャンし、画像を市の文書管理システムに登録する。', '（２）委託先', '入札により決定する。'])).toEqual(['computer_recording', 'outsourcing']);
  });
  it('a vendor registering data in its own system does not', () => {
    expect(types(['## 受付業務の委託について（諮問第53号）', '（１）委託の目的', '受託者は申込を受託者のシステムに登録する。', '（２）委託先', '入札により決定する。'])).toEqual(['outsourcing']);
  });
  it('a 「記録する個人情報」 section (the 電子計算組織への記録 sheet) adds computer_recording', () => {
    expect(types(['## 窓口予約の受付について（諮問第54号）', '第１ 目的', '窓口の待ち時間を短くする。', '第２ 記録する個人情報', '氏名、電話番号、予約日時', '第３ 開始時期', '令和9年4月'])).toEqual(['computer_recording']);
  });
  // (session 24: under a title that names the system's introduction the list is that system's data; the authors of the
  // held-out sets judged so in 8 items of 10, e.g. set 223 p03 「…相談記録システムの導入について」)
  it('under a title naming a system’s introduction, its 「記録する個人情報」 list does not', () => {
    expect(types(['## 窓口予約システムの導入について（諮問第54号）', '第１ 目的', '窓口の待ち時間を短くする。', '第２ 記録する個人情報', '氏名、電話番号、予約日時', '第３ 導入時期', '令和9年4月'])).toEqual(['system_change']);
  });
  it('under a 諮問事項 that names the type (情報システムの変更), the system\'s 「記録する個人情報」 list does not', () => {
    expect(types(['## 校務支援システムのクラウド移行について（諮問第55号）', '１ 諮問事項', '個人情報の処理に係る情報システムの変更', '２ 記録する個人情報', '氏名、生年月日、成績', '３ 移行時期', '令和9年4月'])).toEqual(['system_change']);
  });
  it('a 「取り扱う個人情報」 section does not', () => {
    expect(types(['## 窓口予約システムの導入について（諮問第54号）', '第１ 目的', '窓口の待ち時間を短くする。', '第２ 取り扱う個人情報', '氏名、電話番号、予約日時', '第３ 導入時期', '令和9年4月'])).toEqual(['system_change']);
  });
  it('a provision for academic research (法第69条第2項第4号) is also use for another purpose', () => {
    expect(types(['## 検診データの研究機関への提供について（諮問第55号）', '１ 提供先', '市立大学医学部', '２ 根拠', '個人情報の保護に関する法律第69条第2項第4号', '３ 提供時期', '令和9年4月'])).toEqual(['external_provision', 'purpose_external_use']);
  });
  it('a provision plainly in the person\'s interest (第4号, 「明らかに本人の利益になるとき」) is a provision only', () => {
    expect(types(['## 高齢者世帯の名簿の民生委員への提供について（諮問第57号）', '１ 提供先', '市内の民生委員', '２ 根拠', '個人情報の保護に関する法律第69条第2項第4号（本人以外の者に提供することが明らかに本人の利益になるとき）', '３ 提供時期', '令和9年4月'])).toEqual(['external_provision']);
  });
  it('a request that hands the running of an app to a contractor (「その運用を事業者に委託し」) names outsourcing too', () => {
    expect(types(['## 入退室連絡アプリの導入について（諮問第58号）', 'Ⅰ 諮問の概要', 'アプリを導入するため、その運用を事業者に委託し、事業者のサーバーと市の端末を通信回線で結合することについて意見を求める。', 'Ⅱ 開始時期', '令和9年4月'])).toEqual(['external_linkage', 'outsourcing']);
  });
  it('a provision to another public body (第3号) is a provision only', () => {
    expect(types(['## 検診データの県への提供について（諮問第56号）', '１ 提供先', '県健康づくり課', '２ 根拠', '個人情報の保護に関する法律第69条第2項第3号', '３ 提供時期', '令和9年4月'])).toEqual(['external_provision']);
  });
  it('「…と通信回線で結合します」 names an external linkage as 「通信回線による結合」 does', () => {
    expect(types(['## 図書予約の受付サービスについて（諮問第57号）', '■ 諮問の内容', '市の図書館システムを県の予約センターと通信回線で結合します。', '■ 開始時期', '令和9年4月'])).toEqual(['external_linkage']);
  });
  it('a 「結合により送信する情報」 section adds external_linkage', () => {
    expect(types(['## 証明書交付サービスの導入について（諮問第58号）', '■ 概要', '窓口以外でも証明書を取得できるようにする。', '■ 結合により送信する情報', '証明書の種類と通数', '■ 開始時期', '令和9年4月'])).toEqual(['external_linkage', 'system_change']);
  });
});
