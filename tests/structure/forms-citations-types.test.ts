/**
 * Structure rules met in held-out set 9 (docs/heldout9.md), each on a tiny synthetic document of our own: a number
 * cited in a sentence does not make a list page; a form's lone numbered row that names the safeguards is a heading;
 * types from a wrapped request sentence, a title that names a system move, a weak title with the legal provision;
 * scattered sections counted with the review catalogue's wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const first = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations[0];

describe('item numbers', () => {
  it('a previous item cited in a sentence on an item\'s first page does not make it a list page', () => {
    const s = analyzeStructure(
      makeDoc([
        ['資料1', '諮問第12号', '## 申告書データ入力業務の労働者派遣について（変更）', '第1 諮問事項', '令和6年度諮問第4号により承認を得ている労働者派遣について、業務の範囲を変更すること。', '第2 個人情報の保護のための措置', '(1) 作業は整理室に限る。', '(2) 書類は持ち出させない。', '(3) 再委託は禁止する。'],
        ['資料2', '諮問第13号', '## 検診キット発送業務の委託について', '第1 個人情報の保護のための措置', '(1) 作業は専用区画に限る。', '(2) 端末はインターネットに接続しない。', '(3) 再委託は禁止する。'],
      ]),
    );
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第12号', '諮問第13号']);
  });
});

describe('a form', () => {
  it('its lone numbered row 「７ 個人情報の保護措置（実施するものに■）」 heads the measures', () => {
    const c = first([
      ['諮問第14号', '## 外部委託記録票', '件名 検診キット発送業務の委託について', '委託先 株式会社テスト印刷', '## 記入例', '７ 個人情報の保護措置（実施するものに■）', '■ 特記事項 委託契約書に特記事項を添付する。', '■ 作業場所 専用区画に限る。', '■ 作業端末 インターネットに接続しない。', '□ 立入検査'],
    ]);
    expect(c.securitySections.map((x) => x.heading)).toEqual(['７ 個人情報の保護措置（実施するものに■）']);
  });
});

describe('types', () => {
  it('a request sentence wrapped over two lines is read whole (本人以外 / から個人情報を収集)', () => {
    const c = first([['【諮問第3号】見守り事業における通報情報の収集について', '■ 諮問の内容', '協力事業者から異変に関する通報を受け、本人以外', 'から個人情報を収集すること、及び通報の内容を高齢者福祉システムに記録すること。', '■ 個人情報の保護対策', '(1) システムの利用は担当職員2名に限る。']]);
    expect(c.types.slice().sort()).toEqual(['computer_recording', 'indirect_collection']);
  });
  it('a title naming a move of the system adds system_change to the requested type', () => {
    const c = first([['諮問第5号', '## 介護保険システムのクラウドサービスへの移行について', '１ 諮問事項', '外部結合（通信回線による電子計算組織の結合）', '２ セキュリティ対策', '(1) 通信はTLSで暗号化する。']]);
    expect(c.types.slice().sort()).toEqual(['external_linkage', 'system_change']);
  });
  it('a weak title (「…名簿情報の…への提供について」) and the provision it relies on (法第69条第2項第4号) together', () => {
    const c = first([['諮問第8号', '## 健診データの大学への提供について', 'Ⅰ 趣旨', '個人情報の保護に関する法律第69条第2項第4号の規定により、健診データを大学に提供する。', 'Ⅱ 提供先での取扱い', '(1) 大学は研究室内の端末にのみ保存する。']]);
    expect(c.types.slice().sort()).toEqual(['external_provision', 'purpose_external_use']);
  });
  it('「電子計算機への記録」 and 「…以外のものとの通信回線による電子計算機の結合」 in the request name both types', () => {
    const c = first([['諮問第19号', '## 連絡アプリの導入について', 'Ⅰ 諮問事項', '１ 個人情報の電子計算機への記録', '２ 実施機関以外のものとの通信回線による電子計算機の結合', 'Ⅱ 導入の目的', '保護者の連絡を受けやすくする。', 'Ⅲ 個人情報の保護対策', '(1) 通信はTLS1.2以上で暗号化する。']]);
    expect(c.types.slice().sort()).toEqual(['computer_recording', 'external_linkage']);
  });
  it('「…以外のものとの電子計算組織の結合」 is a linkage', () => {
    const c = first([['諮問第62号', '## 健康手帳アプリの導入について', '(1) 業務の委託', '(2) 実施機関以外のものとの電子計算組織の結合', '１ 個人情報の保護対策', '(1) 通信はTLSで暗号化する。']]);
    expect(c.types).toContain('external_linkage');
  });
  it('a 「諮問する内容」 heading holds the request (目的外利用 and 外部提供)', () => {
    const c = first([['諮問第21号', '## 名簿の自主防災組織への提供について', '■ 諮問する内容', '次の２点をお諮りします。', '①保有個人情報の目的外利用（名簿の作成に利用すること）', '②保有個人情報の外部提供（名簿を組織に提供すること）', '■ 名簿の管理', '(1) 名簿は鍵のかかる場所に保管していただきます。']]);
    expect(c.types.slice().sort()).toEqual(['external_provision', 'purpose_external_use']);
  });
});

describe('scattered sections', () => {
  it('are counted with the review catalogue\'s wording, not only the short list of measure words', () => {
    const c = first([
      ['諮問第33号', '## 名簿情報の提供について', 'Ⅰ 趣旨', '名簿を作成し、関係者に提供する。', 'Ⅱ 提供の方法', '名簿は紙でのみ提供する。電子データでの提供は行わない。地区ごとに封筒に入れ、職員2名が手渡しする。', 'Ⅲ 今後の予定', '令和9年4月 提供開始'],
    ]);
    expect(c.securitySections.map((x) => [x.heading, x.role])).toEqual([['Ⅱ 提供の方法', 'scattered']]);
  });
});
