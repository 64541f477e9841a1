/**
 * Structure rules met in held-out sets 14 and 15 (docs/heldout14.md, docs/heldout15.md), each on a tiny synthetic
 * document of our own: short sections of two or three bullets, two of which state measures, are the item's scattered
 * measures unless their heading describes the item; a report that cites the items an earlier answer was about is not a
 * consultation.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const headings = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations[0].securitySections.map((x) => x.heading);

describe('short scattered sections', () => {
  const doc = (third: string) => [[
    '諮問第8号 資料',
    '## 配食サービス事業の委託について',
    '1. 事業の目的',
    '食事を届け、安否を確認する。',
    '2. 名簿の受渡し',
    '・名簿は、職員が毎月紙で作成し、事業者の担当者に窓口で手渡す。',
    '・名簿には、要介護度は記載しない。',
    '・事業者は、名簿を施錠できる書庫に保管する。',
    `3. ${third}`,
    '・委託契約書には、秘密の保持に関する条項を設ける。',
    '・契約が終了したときは、名簿をすべて町に返却させる。',
    '・契約期間は1年とする。',
  ]];
  it('two of three bullets stating measures make each section count (no section is named for the measures)', () => {
    expect(headings(doc('契約について'))).toEqual(['2. 名簿の受渡し', '3. 契約について']);
  });
  it('a heading that describes the item (「提供の方法」「取り扱う情報」) does not count on two bullets', () => {
    expect(headings(doc('提供の方法'))).toEqual(['2. 名簿の受渡し']);
  });
  it('one bullet stating a measure is not enough', () => {
    const s = analyzeStructure(makeDoc([['諮問第8号 資料', '## 配食サービス事業の委託について', '1. 事業の内容', '・昼食を調理して配達する。', '・配達時に手渡しで安否を確認する。', '・異変があれば町に連絡する。']]));
    expect(s.consultations[0]?.securitySections ?? []).toEqual([]);
  });
});

describe('a report citing the items of an earlier answer', () => {
  it('「審議会の答申（諮問第２号及び第４号に対するもの）の附帯意見を受け」 makes no item', () => {
    const s = analyzeStructure(makeDoc([[
      '報告資料１',
      '## 委託先に対する実地調査の結果について（報告）',
      '１ 趣旨',
      '審議会の答申（諮問第２号及び第４号に対するもの）の附帯意見を受け、委託先に対して実地調査を行った',
      'ので、その結果を報告する。',
      '２ 調査結果',
      '入退室管理と作業場所の施錠 適合 11',
      '再委託の有無 適合 12',
    ]]));
    expect(s.consultations).toEqual([]);
    expect(s.detection.isConsultation).toBe(false);
  });
});

describe('hierarchical numbering (5 / 5-1 / 5-1-1)', () => {
  const doc = [[
    '資料６',
    '諮問第31号',
    '## 保守業務におけるリモート保守の導入について',
    '1. 諮問事項',
    'リモート保守を導入することについて意見を求める。',
    '5. リモート保守の方式と対策',
    '5-1 接続の管理',
    '5-1-1 接続は、情報政策課が承認した場合に限り、作業時間中だけ回線を開通させる。',
    '5-2 保守拠点における対策',
    '5-2-1 保守に用いる端末は、専用室に設置した２台に限る。',
    '5-2-2 保守端末のＯＳ及びソフトウェアのセキュリティ更新プログラムは、公開から１か月以内に適用',
    'する。',
    '5-3 作業の記録',
    '5-3-1 操作ログを取得し、情報政策課が毎月確認する。',
    '6. 今後の予定',
    '令和９年４月 開始',
  ]];
  it('「…の方式と対策」 names the measures; a numbered line running on as a sentence is not a heading', () => {
    expect(headings(doc)).toEqual(['5. リモート保守の方式と対策']);
  });
});

describe('an item\'s own pages', () => {
  it('a 「参考資料」 page of 想定問答 after the item, before any other item, is the item\'s page', () => {
    const s = analyzeStructure(makeDoc([
      ['審議会 諮問第15号', '## 保育所入所申請のオンライン化について', 'Ⅰ 諮問の内容', '外部結合について意見を求める。', 'Ⅱ 個人情報の保護対策', '(1) 通信はTLS1.2以上で暗号化する。', '(2) 管理画面は職員2名に限る。'],
      ['参考資料', '## 想定問答', '１ 保存データは暗号化されているのか。', 'AES256で暗号化されている。'],
    ]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第15号', 1, 2]]);
  });
  it('「電子計算組織への個人情報の記録」 in the request is computer_recording', () => {
    const c = analyzeStructure(makeDoc([['台帳の電子化及び委託について（諮問第５号）', '【諮問事項】', '１ 電子計算組織への個人情報の記録（利用者台帳）', '２ 個人情報を取り扱う業務の委託', '【個人情報の保護対策】', '(1) 台帳は職員4名だけが開けるフォルダに置く。']])).consultations[0];
    expect(c.types.slice().sort()).toEqual(['computer_recording', 'outsourcing']);
  });
});

describe('an attachment label printed with the item number', () => {
  it('「【諮問第９号】別紙」 over 「個人情報保護対策チェックシート」 opens the attachment', () => {
    const s = analyzeStructure(makeDoc([
      ['諮問第9号', '## 検診案内の発送業務の委託について', '■ 委託の内容', '案内の印刷と発送を委託する。', '■ 個人情報の保護対策', '(1) 作業は委託先工場の印刷室に限る。', '(2) 再委託は禁止する。'],
      ['【諮問第９号】別紙', '個人情報保護対策チェックシート（委託）', '１ 取り扱う項目は必要最小限か ○ 病歴は渡さない', '２ 再委託を制限しているか ○ 再委託は禁止'],
    ]));
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.role, x.pageStart])).toEqual([
      ['■ 個人情報の保護対策', 'primary', 1],
      ['個人情報保護対策チェックシート（委託）', 'attachment', 2],
    ]);
  });
});

describe('a report on a leak', () => {
  it('「…の漏えい事案について（最終報告）」 citing the item it concerns is not a consultation', () => {
    const s = analyzeStructure(makeDoc([[
      '報告資料',
      '## 委託先における個人情報の漏えい事案について（最終報告）',
      '１ 概要',
      '諮問第14号で承認を受けた発送業務の委託先で、通知書の誤封入が発生した。',
      '２ 原因',
      '照合の工程を省いた。',
      '５ 再発防止策',
      '(1) 封入後に全件をバーコードで照合する。',
    ]]));
    expect(s.detection.isConsultation).toBe(false);
    expect(s.consultations).toEqual([]);
  });
});

describe('the title', () => {
  it('「【諮問第２号】…の提供について」 under a council page header is the title, and its type is read from it', () => {
    const c = analyzeStructure(makeDoc([['麦穂町個人情報保護審議会 資料１', '## 【諮問第２号】要支援者名簿の自主防災組織への提供について', '麦穂町総務課防災係', '【提供の目的】', '平常時から名簿を渡し、訓練に使っていただく。', '【名簿の管理】', '(1) 名簿は鍵のかかる場所に保管していただきます。', '(2) 複写はしないでください。', '(3) 古い名簿は回収します。']])).consultations[0];
    expect(c.title).toBe('要支援者名簿の自主防災組織への提供について');
    expect(c.types).toEqual(['external_provision']);
  });
});

describe('items that print no number, named by the agenda', () => {
  it('「（１）諮問第４１号 …（資料１・１頁）」 on the 次第: pages labelled 資料１, 資料２ open items 41 and 42', () => {
    const s = analyzeStructure(makeDoc([
      ['審議会 次第', '２ 諮問事項', '（１）諮問第４１号 案内通知の発送業務の委託について（資料１・２頁）', '（２）諮問第４２号 入所管理システムに記録する項目の追加について（資料２・３頁）', '（３）諮問第４３号 口座振替受付サービスとの外部結合について（資料３・４頁）'],
      ['資料１', '## 案内通知の発送業務の委託について', '第１ 諮問事項', '業務の委託について意見を求める。', '第２ 個人情報の保護対策', '(1) 再委託は禁止する。', '(2) 作業は施錠した専用室で行う。'],
      ['資料２', '## 入所管理システムに記録する項目の追加について', '１ 諮問の内容', '項目の追加について意見を求める。', '２ 安全対策', '(1) 利用者は職員4名に限る。'],
    ]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第41号', 2, 2],
      ['諮問第42号', 3, 3],
    ]);
  });
});

describe('an item with neither a number nor a 諮問書', () => {
  const doc = (title: string, first: string) => makeDoc([[
    title, '## 町立小中学校における保護者連絡サービスの導入について', '星月夜町教育委員会学校教育課',
    '１．諮問事項', first, '（２）町の機関以外の者との通信回線による結合',
    '２．導入の目的', '欠席の連絡を電話で受けている。', '６．個人情報の取扱い', '（１）通信はTLSで暗号化される。',
  ]]);
  it('is detected when its 「諮問事項」 names what kind of item it is', () => {
    const s = analyzeStructure(doc('教育委員会 資料３', '（１）個人情報を取り扱う業務の委託'));
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.length).toBe(1);
  });
  it('the council\'s answer that repeats the request is not', () => {
    const s = analyzeStructure(doc('答申書', '（１）個人情報を取り扱う業務の委託'));
    expect(s.detection.isConsultation).toBe(false);
  });
});
