/**
 * Structure read from held-out sets 73–78 after their one measurement (session 10): an item whose subject is minutes, an
 * item without a number that gives the handling as the reason of its request, and a cover that lists two items and opens
 * the first on the same page. Documents are our own, tiny and synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('detection', () => {
  it('an item about a minutes-writing service is not minutes', () => {
    const s = analyzeStructure(
      makeDoc([[
        '~ 桜川町個人情報保護審議会 諮問第１２号',
        '## 生成ＡＩを活用した会議録作成支援サービスの利用について',
        '# Ⅰ 諮問の趣旨',
        '会議の音声データを外部のクラウドサービスに送信して文字起こしを行うことについて、意見を求める。',
        '# Ⅴ 安全対策',
        '１ 通信はＴＬＳ１．３で暗号化する。',
        '２ 利用できる職員は各課２名に限る。',
      ]]),
    );
    expect(s.detection.isConsultation).toBe(true);
    // the same word as the document's own title is still minutes
    const m = analyzeStructure(makeDoc([['## 令和８年度第２回個人情報保護審議会会議録', '日時 令和８年１１月１７日', '委員 説明をお願いします。', '事務局 ご説明します。']]));
    expect(m.detection.isConsultation).toBe(false);
  });

  it('an item without a number that asks the council because personal data is handled (its sentence wrapped over lines)', () => {
    const doc = makeDoc([[
      '資料４',
      '## 子育て支援センターの指定管理者の指定について',
      '子育て支援センターの管理を指定管理者に行わせるにあたり、指定管理者が利用者の個人情報',
      'を取り扱うことから、審議会の意見を求めるものである。',
      '① 指定の概要',
      '施設 子育て支援センター',
      '② 個人情報の取扱い',
      '・利用登録カードは鍵付きキャビネットに保管する。',
    ]]);
    const s = analyzeStructure(doc);
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations).toHaveLength(1);
  });
});

describe('a cover that lists two items, then opens the first on the same page', () => {
  const page1 = [
    '資料４',
    '## コミュニティバス記名式ＩＣカードの導入について',
    'はじめに',
    '記名式カードの導入に当たり、次の２件について審議会のご意見をお伺いします。',
    '・諮問第８号 記名式ＩＣカードの発行等業務の委託について',
    '・諮問第９号 乗車履歴データの電子計算組織への記録について',
    '【諮問第８号】記名式ＩＣカードの発行等業務の委託について',
    '(1) 委託する業務',
    '申込みの受付内容の入力、カードの作成、カードの郵送',
    '(2) 委託先',
    '株式会社ミナモ交通システム',
    '(3) 取扱い',
    'ア 作業は入室を社員証で管理している作業室で行います。',
  ];
  const page2 = ['【諮問第９号】乗車履歴データの電子計算組織への記録について', '(1) 記録する目的', '利用の少ない便の見直しに活用します。', '(2) 記録する項目', '分析用の番号、年齢層、乗車日時'];
  it('finds both items, the first from the first page', () => {
    const s = analyzeStructure(makeDoc([page1, page2]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第8号', 1, 1],
      ['諮問第9号', 2, 2],
    ]);
  });
  it('an agenda of bracketed items, one under the other, opens none of them', () => {
    const agenda = ['## 第３回審議会 次第', '１ 開会', '２ 諮問事項', '【諮問第８号】記名式ＩＣカードの発行等業務の委託について', '【諮問第９号】乗車履歴データの記録について', '【諮問第１０号】窓口予約システムの導入について', '３ 閉会'];
    const s = analyzeStructure(makeDoc([agenda, ['## 諮問第８号', '記名式ＩＣカードの発行等業務の委託について', '# 安全対策', '(1) 作業室は施錠する。', '(2) 従事者は４名に限る。']]));
    expect(s.consultations.map((c) => [c.number, c.pageStart])).toEqual([['諮問第8号', 2]]);
  });
});

describe('types', () => {
  it('a request sentence that names 委託 and 結合 counts, although a heading already named 委託', () => {
    const s = analyzeStructure(
      makeDoc([[
        '## 諮問第７号',
        '## 放課後児童クラブの利用予約アプリの導入について',
        'アプリを導入するにあたり、業務の委託及び町以外のものとの通信回線による結合を行うため、審議会のご意見を伺います。',
        '■ 導入の目的',
        '保護者の手間を減らします。',
        '■ 委託する事業者と運用の体制',
        'アプリは事業者のクラウドサービスを利用します。',
      ]]),
    );
    expect([...s.consultations[0].types].sort()).toEqual(['external_linkage', 'outsourcing']);
  });
  it('法第69条第2項第4号 for the person\'s life or body is a provision only, not a use for another purpose', () => {
    const s = analyzeStructure(
      makeDoc([[
        '## 【諮問第４号】警察署及び協力事業所への個人情報の提供について',
        '1. 提供の目的',
        '行方不明となったとき、警察署に特徴を伝え、早期の発見につなげる。',
        '2. 提供の根拠',
        '個人情報の保護に関する法律第69条第2項第4号（本人の生命又は身体の保護のために必要であり、本人の同意を得ることが困難な場合）',
        '3. 提供先における取扱い',
        '(1) 受け取った情報を捜索協力以外に使わないことを協定で定める。',
      ]]),
    );
    expect(s.consultations[0].types).toEqual(['external_provision']);
  });
});
