/**
 * Item heads met in held-out sets 49–51 after their measurement, on synthetic documents of our own: a one-page item
 * with no number and no 諮問書, headed 【１】【２】…, that asks for 「審議会のご意見」 in its first paragraph.
 */
import { describe, expect, it } from 'vitest';
import { markerOf } from '../../lib/structure/headings.ts';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('numbered brackets 【１】 (set 49)', () => {
  it('are numbered headings whose title is the text after the bracket', () => {
    expect(markerOf('【１】諮問の概要')).toMatchObject({ style: 'bracketnum', num: 1, title: '諮問の概要' });
    expect(markerOf('〔３〕 安全対策')).toMatchObject({ style: 'kikkonum', num: 3, title: '安全対策' });
    // a bracketed title stays a bracket
    expect(markerOf('【個人情報の保護措置】')).toMatchObject({ style: 'bracket', num: null, title: '個人情報の保護措置' });
  });
  it('an unnumbered one-page item under 【１】諮問の概要 is consultation material', () => {
    const doc = makeDoc([
      [
        '資料２',
        '## 町営駐輪場への防犯カメラの設置について',
        '（本人以外からの個人情報の収集）',
        '【１】諮問の概要',
        '駐輪場に防犯カメラを設置し、利用者の映像を記録するため、審議会のご意見をお伺いするものです。',
        '【２】個人情報の取扱い',
        '映像を見ることができるのは所長と副所長の２名に限ります。',
      ],
    ]);
    const s = analyzeStructure(doc);
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.types)).toEqual([['indirect_collection']]);
  });
  it('the same page without the request is not enough by its type words alone', () => {
    const s = analyzeStructure(makeDoc([['## 町営駐輪場の利用状況について', '本人以外からの収集はない。', '利用者は月に約３００人です。']]));
    expect(s.detection.isConsultation).toBe(false);
  });
});

describe('two items in one document, each part headed 「■ 諮問第４号 …」 (set 51)', () => {
  it('each part opens its item, with the title after the number, although the first page lists both numbers', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '資料２',
          '## 市民プールの管理運営に係る個人情報の取扱いについて',
          '市民プールの管理運営に関し、次の２件を諮問する。',
          '【諮問第４号】指定管理者の指定に伴う利用者情報の取扱い',
          '【諮問第５号】予約システムの運用保守業務の委託',
          '■ 諮問第４号 指定管理者の指定に伴う利用者情報の取扱い',
          '１ 個人情報の取扱い',
          '利用者の情報は受付担当者のみが取り扱う。',
        ],
        ['■ 諮問第５号 予約システムの運用保守業務の委託', '１ 概要', '予約システムの運用保守を事業者に委託する。', '２ 保守', '保守の接続はＶＰＮを使用する。'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.title, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第4号', '指定管理者の指定に伴う利用者情報の取扱い', 1, 1],
      ['諮問第5号', '予約システムの運用保守業務の委託', 2, 2],
    ]);
  });
  it('a single 「■ 諮問第４号 …」 on a list page is not enough to open items', () => {
    const s = analyzeStructure(
      makeDoc([['## 次第', '【諮問第４号】指定管理者の指定について', '【諮問第５号】業務の委託について', '■ 諮問第４号 説明は担当課から行う予定'], ['諮問第４号', '## 指定管理者の指定について', '１ 安全対策', '責任者を置く。']]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart])).toEqual([['諮問第4号', 2]]);
  });
});

describe('a number set apart from its title by a wide space, read as two cells (set 47)', () => {
  it('「第１ | 諮問事項」 is a heading and its items name the types', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '諮問第３１号',
          '## 預貯金等照会の電子化について',
          '第１ | 諮問事項',
          '１ | 本人以外の者（金融機関）からの個人情報の収集',
          '２ | 実施機関以外のものとの通信回線による結合',
          '第２ 事業の概要',
          '照会と回答をオンラインで行う。',
          '第３ 安全確保の措置',
          '利用できる職員は８名とする。',
        ],
      ]),
    );
    expect(s.consultations.map((c) => c.types)).toEqual([['indirect_collection', 'external_linkage']]);
  });
  it('a table row whose left cell is a label, not a number, keeps the label as its heading', () => {
    expect(markerOf('① 利用者')).toMatchObject({ num: 1 });
    const s = analyzeStructure(makeDoc([['諮問第３号', '## 窓口業務の委託について', '■ 委託の内容 | 窓口での受付', '■ 安全対策 | 受託者は責任者を置く。']]));
    expect(s.consultations.map((c) => c.types)).toEqual([['outsourcing']]);
  });
});

describe('a title that names no act, over a sentence in the words of the law (set 42)', () => {
  it('「…するものであり、…結合するものです」 names the types of 「…照会の電子化について」', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '諮問第３号',
          '## 資産調査における金融機関への照会の電子化について',
          '１ 見直しの理由',
          '照会サービスの利用は、金融機関の保有する情報を本人以外から収集するものであり、また、町の端末を町以外の者が管理するシステムに通信回線で結合するものです。',
          '２ 安全対策',
          '操作できる職員は４名に限る。',
        ],
      ]),
    );
    expect(s.consultations.map((c) => c.types)).toEqual([['indirect_collection', 'external_linkage']]);
  });
  it('a sentence about moving the recorded items does not make a move a recording', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第１７号', '## 基幹業務システムのガバメントクラウドへの移行について', '１ 取り扱う個人情報', '現行システムで記録している項目をそのまま移行するものであり、記録項目の追加は行わない。', '２ 安全対策', 'データは暗号化する。']]),
    );
    expect(s.consultations.map((c) => c.types)).toEqual([['system_change']]);
  });
});

describe('「諮問事項：…」 as a label on one line (set 37)', () => {
  it('names the types', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第２２号', '## 学習支援クラウドサービスへの児童生徒の情報の登録について', '諮問事項：電子計算組織への記録及び実施機関以外のものとの通信回線による結合', '１ 導入の目的', '教員の採点を軽減する。', '２ 安全対策', '通信は暗号化される。']]),
    );
    expect(s.consultations.map((c) => c.types)).toEqual([['computer_recording', 'external_linkage']]);
  });
});

describe('「名簿の電子化」 in a title (set 39)', () => {
  it('is a recording beside the outsourcing the title also names', () => {
    const s = analyzeStructure(makeDoc([['諮問第３号', '## 対象者名簿の電子化及び収集業務の委託について', '１ 経緯', '名簿を電子化する。', '２ 安全対策', '端末は施錠保管する。']]));
    expect([...s.consultations[0].types].sort()).toEqual(['computer_recording', 'outsourcing']);
  });
});
