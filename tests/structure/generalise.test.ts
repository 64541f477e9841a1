/**
 * Rules added after measuring on the held-out corpus (docs/heldout.md): each one is general, tested
 * here on tiny synthetic documents.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const MEASURES = ['(1) 担当職員3名に限り取り扱う。', '(2) 書類は施錠できる書庫に保管する。', '(3) 再委託は禁止する。'];

describe('a packet that quotes the previous minutes before its items', () => {
  const doc = makeDoc([
    [
      '## 令和6年度第1回会議録（抜粋）',
      '○会長 諮問第38号について説明をお願いします。',
      '○環境課長 安全管理措置の欄を御覧ください。',
      '○委員 パスワードは誰が管理するのですか。',
    ],
    ['資料2', '## 諮問書', '次の事項について諮問します。', '諮問番号 諮問第41号', '件名 町営駐輪場への防犯カメラの設置について', '内容 本人以外の者からの個人情報の収集'],
    ['資料2', '## 町営駐輪場への防犯カメラの設置について', '# （4）画像データの安全管理', ...MEASURES, '# （5）設置時期', '令和6年10月'],
  ]);
  const s = analyzeStructure(doc);
  it('is consultation material: speaker lines do not outweigh a 諮問書 page', () => {
    expect(s.detection.isConsultation).toBe(true);
    expect(s.detection.signals.join(' ')).not.toMatch(/speaker_lines/);
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第41号', 2, 3]]);
  });
  it('real minutes (speaker lines, no 諮問書) stay minutes', () => {
    const minutes = analyzeStructure(makeDoc([doc.pages[0].lines.map((l) => l.text)]));
    expect(minutes.detection.isConsultation).toBe(false);
  });
});

describe('議案第N号 numbers an item like 諮問第N号', () => {
  const s = analyzeStructure(
    makeDoc([['議案第7号', '## オンライン子育て相談の実施に伴う個人情報の取扱いの外部委託及び外部結合について', '# （1）目的', '来庁が難しい保護者のため相談を行う。', '# （2）留意事項', ...MEASURES]]),
  );
  it('is detected, numbered and typed', () => {
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations).toHaveLength(1);
    expect(s.consultations[0].number).toBe('議案第7号');
    expect(s.consultations[0].types).toEqual(['outsourcing', 'external_linkage']);
  });
});

describe('items lettered ア・イ and headed by their type, without numbers', () => {
  const s = analyzeStructure(
    makeDoc([
      ['~ 審議会 諮問事項説明資料', '## ア 個人情報の処理に係る情報システムの変更', '■ 件名', '学校給食費の口座振替受付のオンライン化', '■ セキュリティ対策の内容', '・通信はTLSにより暗号化する。', '・管理画面を利用できる職員は3名とする。'],
      ['~ 審議会 諮問事項説明資料', '## イ 個人情報を取り扱う業務の処理の外部委託', '■ 件名', '粗大ごみ受付センター運営業務の外部委託', '■ 受託者に求める安全管理', '・再委託は市の承諾がある場合に限る。', '・受付室は施錠する。'],
    ]),
  );
  it('splits one item per lettered type heading, each with its own type and section', () => {
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd, c.types.join('+')])).toEqual([
      [null, 1, 1, 'system_change'],
      [null, 2, 2, 'outsourcing'],
    ]);
    expect(s.consultations.map((c) => c.securitySections.map((x) => x.heading))).toEqual([['■ セキュリティ対策の内容'], ['■ 受託者に求める安全管理']]);
  });
  it('one such heading alone does not split anything', () => {
    const one = analyzeStructure(makeDoc([['審議会資料', '## ア 個人情報を取り扱う業務の処理の外部委託', '次の事項について意見を求めます。', '# 1 安全対策', ...MEASURES]]));
    expect(one.consultations).toHaveLength(1);
    expect([one.consultations[0].pageStart, one.consultations[0].pageEnd]).toEqual([1, 1]);
  });
});

describe('types', () => {
  it('a numbered measure sentence is not read as the item type (「目的外の利用の禁止」 in a 委託 item)', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第23号', '## 健診結果データ入力業務の外部委託について', '# 第1 安全管理措置', '（1）委託契約書に特記事項を添付し、目的外の利用の禁止を課す。', '（2）作業室は施錠する。', '（3）再委託は禁止する。']]),
    );
    expect(s.consultations[0].types).toEqual(['outsourcing']);
  });
  it('「諮問の内容」 on a 諮問書 is read as the request', () => {
    const s = analyzeStructure(makeDoc([['## 諮問書', '次の事項について諮問します。', '1 諮問番号 諮問第9号', '2 件名 窓口案内の改善について', '3 諮問の内容 個人情報を取り扱う事務の外部委託']]));
    expect(s.consultations[0].types).toEqual(['outsourcing']);
  });
  it('「…クラウドへの移行」 in the title names a system change', () => {
    const s = analyzeStructure(makeDoc([['諮問第118号', '## 国民健康保険システムのガバメントクラウドへの移行について', '# Ⅰ 情報セキュリティ対策', ...MEASURES]]));
    expect(s.consultations[0].types).toEqual(['system_change']);
  });
  it('the legal provision 法第69条第2項第2号 names a use for another purpose when nothing else does', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第42号', '## 訪問事業における住民基本台帳情報の利用について', '# 1 利用の根拠', '個人情報の保護に関する法律第69条第2項第2号', '# 2 個人情報の取扱い', ...MEASURES]]),
    );
    expect(s.consultations[0].types).toEqual(['purpose_external_use']);
  });
});

describe('a number printed only in the running header', () => {
  const page = (n: number, body: string[]) => ['~ 【諮問第7号】', ...body, `~ ${n}`];
  it('becomes the item number', () => {
    const s = analyzeStructure(
      makeDoc([
        page(1, ['## 施設予約システムのクラウドサービスへの移行について', '# 1 導入の目的', '24時間予約できるようにする。']),
        page(2, ['# 8 セキュリティ対策について', ...MEASURES]),
      ]),
    );
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第7号']);
  });
});
