/**
 * Structure read from held-out sets 133–138 after their one measurement (session 16). Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { markerOf } from '../../lib/structure/headings.ts';
import { isSecurityHeading } from '../../lib/structure/security.ts';
import { makeDoc } from '../fixtures/structure/build.ts';
import { NEWSLETTER } from '../fixtures/structure/samples.ts';

describe('a newsletter as the subject of an item', () => {
  const item = (title: string) => [
    '~ 資料５',
    '諮問第８号',
    `## ${title}`,
    '1. 諮問事項',
    '保有個人情報の外部提供（広報紙への掲載及びインターネットによる公表）',
    '2. 目的',
    '市の行事の様子を、参加した市民の姿とともに紹介する。',
    '3. 個人情報の保護措置',
    '(1) 撮影データにアクセスできるのは広報課の職員４名に限る。',
  ];
  it('「広報紙及び市公式動画への市民の写真・映像の掲載について」 is a consultation', () => {
    const s = analyzeStructure(makeDoc([item('広報紙及び市公式動画への市民の写真・映像の掲載について')]));
    expect(s.detection.signals.join(' ')).not.toMatch(/newsletter/);
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第8号']);
  });
  it('「広報誌の配送業務の委託について」 too', () => {
    const s = analyzeStructure(makeDoc([item('広報誌の配送業務の委託について')]));
    expect(s.detection.isConsultation).toBe(true);
  });
  it('a newsletter itself still is not', () => {
    const s = analyzeStructure(makeDoc(NEWSLETTER));
    expect(s.detection.isConsultation).toBe(false);
    expect(s.detection.signals.join(' ')).toMatch(/newsletter/);
  });
});

describe('capital-letter headings (「Ａ 事業の概要」 … 「Ｄ 個人情報の保護措置」)', () => {
  it('read as a numbered style, not for 「A4 用紙」 or an English word', () => {
    expect(markerOf('Ａ 事業の概要')).toMatchObject({ style: 'ualpha', num: 1, title: '事業の概要' });
    expect(markerOf('D. 個人情報の保護措置')).toMatchObject({ style: 'ualpha', num: 4, title: '個人情報の保護措置' });
    expect(markerOf('A4 用紙に印刷する。')).toBeNull();
    expect(markerOf('ID とパスワード')).toBeNull();
    expect(markerOf('A to Z')).toBeNull();
  });
  it('the security section under 「Ｄ 個人情報の保護措置」 is found', () => {
    const c = analyzeStructure(
      makeDoc([
        [
          '諮問第３号 別紙',
          '## 県中央児童相談所とのオンライン情報連携について',
          'Ａ 事業の概要',
          '町の電子計算組織と町の機関以外の電子計算組織とを通信回線で結合するため、意見を求める。',
          'Ｂ 連携する情報と対象',
          '連携する情報は、児童の氏名、生年月日及び対応の経過の要旨に限る。',
          'Ｃ 個人情報の保護措置',
          '1. 利用者の限定と認証',
          '(1) 町で連携システムを利用できる者は、職員４名に限る。',
          '2. 記録と点検',
          '(1) 町は、操作ログを四半期ごとに確認する。',
        ],
      ]),
    ).consultations[0];
    expect(c.securitySections.map((x) => x.heading)).toEqual(['Ｃ 個人情報の保護措置']);
    expect(c.securitySections[0].text).toContain('四半期ごと');
  });
});

describe('security work as the subject of an item', () => {
  const doc = (title: string) =>
    makeDoc([
      [
        '諮問第１５号',
        `## ${title}`,
        '１ 諮問の内容',
        '業務の外部委託',
        '２ 委託の理由及び内容',
        '(1) 夜間・休日の攻撃には気付くことができない。',
        '(2) このため、セキュリティ監視の専門事業者（ＳＯＣ）に、ファイアウォール、プロキシ及び端末のログの監視を委託する。',
        '３ 取り扱う個人情報',
        '職員ＩＤ、端末名、ＩＰアドレス',
        '４ セキュリティ対策',
        '(1) 受託者のＳＯＣとは、閉域網で接続する。',
        '(2) 再委託は禁止する。',
      ],
    ]);
  it('the item title 「情報セキュリティ監視（ＳＯＣ）業務の委託について」 is not the security section; 「４ セキュリティ対策」 is', () => {
    const c = analyzeStructure(doc('情報セキュリティ監視（ＳＯＣ）業務の委託について')).consultations[0];
    expect(c.securitySections.map((x) => x.heading)).toEqual(['４ セキュリティ対策']);
  });
  it('nor is 「情報セキュリティ監査業務の外部委託について」', () => {
    const c = analyzeStructure(doc('情報セキュリティ監査業務の外部委託について')).consultations[0];
    expect(c.securitySections.map((x) => x.heading)).toEqual(['４ セキュリティ対策']);
  });
  it('「情報セキュリティ対策について」 still is a security heading', () => {
    const c = analyzeStructure(
      makeDoc([['諮問第１号', '## システムの更新について', '１ 諮問事項', '情報システムの更新', '２ 情報セキュリティ対策について', '(1) 再委託は禁止する。']]),
    ).consultations[0];
    expect(c.securitySections.map((x) => x.heading)).toEqual(['２ 情報セキュリティ対策について']);
  });
});

describe('an item that starts mid-page after a bullet', () => {
  it('「■諮問第１４号 「市長への手紙」回答管理台帳の電子化について」 opens item 14 on the page item 13 ends', () => {
    const s = analyzeStructure(
      makeDoc([
        ['~ 資料３', '【諮問第１３号】広報動画制作業務の委託について', '【委託の理由】', '撮影・編集には専門の機材が必要であるため、映像制作事業者に委託する。', '【委託する業務】', '市主催行事での撮影、編集、字幕の作成', '【取り扱う個人情報】', '行事の参加者の映像及び音声', '【個人情報の保護措置】', '・編集に使う端末はインターネットに接続しない。', '・映像データは施錠できる編集室でのみ編集する。', '・納品から３０日以内に映像データを消去させる。', '~ 資料４', '■諮問第１４号 「市長への手紙」回答管理台帳の電子化について', '■諮問の内容', '電子計算組織への記録', '■現状と目的', '紙の受付簿で管理しているため、回答期限の管理に時間を要している。'],
        ['■安全対策', '・台帳を閲覧できる者は広報広聴課の職員に限る。', '・操作ログを１年間保存する。'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第13号', 1, 1], ['諮問第14号', 1, 2]]);
  });
});

describe('「8. 保護対策の一覧」', () => {
  it('a list of the measures themselves is the primary security section; 「委託先の一覧」 is not', () => {
    const doc = (h: string) =>
      makeDoc([['諮問第６号', '## ホームページ問合せフォームの更新について', '1. 諮問事項', '情報システムの更新', `8. ${h}`, '(1) フォームの通信はＴＬＳ１．２以上で暗号化する。', '(2) 管理画面に接続できる端末を限定する。']]);
    const secs = (h: string) => analyzeStructure(doc(h)).consultations[0].securitySections.map((x) => [x.heading, x.role]);
    expect(secs('保護対策の一覧')).toEqual([['8. 保護対策の一覧', 'primary']]);
    expect(secs('セキュリティ対策の一覧')).toEqual([['8. セキュリティ対策の一覧', 'primary']]);
    expect(secs('委託先の一覧').filter((x) => x[1] === 'primary')).toEqual([]);
  });
});

describe('「１ 件名」 is a heading, not 「one item」', () => {
  it('reads as number 1 titled 件名, and its body names the request', () => {
    expect(markerOf('１ 件名')).toMatchObject({ style: 'num', num: 1, title: '件名' });
    expect(markerOf('1 件の申請があった。')).toBeNull();
    const c = analyzeStructure(
      makeDoc([
        [
          '諮問第５号',
          '## 要保護児童対策地域協議会における情報共有システムの利用について',
          '１ 件名',
          '要保護児童対策地域協議会の構成機関との情報共有システムによる外部結合及び個人情報の外部提供に',
          'ついて',
          '２ 諮問の理由',
          'このため、事業者が提供するクラウド型の情報共有システムを導入し、構成機関が担当するケースの情報を閲覧できるようにする。',
          '３ 個人情報保護対策',
          '(1) 利用者を限定する。',
        ],
      ]),
    ).consultations[0];
    expect([...c.types].sort()).toEqual(['external_linkage', 'external_provision']);
  });
});

describe('a wrapped checklist note naming a security patch', () => {
  it('「定期保守の際に定義ファイルとセキュリティ更新プログラムを適」 is not a security heading; 「セキュリティ対策」 is', () => {
    expect(isSecurityHeading('定期保守の際に定義ファイルとセキュリティ更新プログラムを適')).toBe(false);
    expect(isSecurityHeading('セキュリティパッチは適宜適用する')).toBe(false);
    expect(isSecurityHeading('セキュリティ対策')).toBe(true);
    expect(isSecurityHeading('セキュリティ更新に関する対策')).toBe(true);
  });
});

describe('a checklist whose rows restart at 1 under its title', () => {
  it('rows 1–6 under 「個人情報保護対策チェックシート」 after 「１ 件名」…「４ 開始予定」 stay in the security section', () => {
    const c = analyzeStructure(
      makeDoc([
        ['諮問第５号', '## 情報共有システムの利用について', '# １ 件名', '情報共有システムによる外部結合について', '# ２ 諮問の理由', '構成機関が担当するケースの情報を閲覧できるようにする。', '# ３ 概要', '提供先は構成機関とする。', '# ４ 開始予定', '令和９年４月'],
        [
          '# 個人情報保護対策チェックシート',
          '1 利用者を限定しているか ○ 担当者（各機関２名以内）に限る。',
          '2 利用者の認証を行っているか ○ ＩＤ・パスワードに加え、端末認証を行う。',
          '3 通信を暗号化しているか ○ ＴＬＳ１．２により暗号化する。',
          '4 保存データを暗号化しているか ○ 保存データは暗号化される。',
          '5 データの保管場所は明確か ○ 国内のデータセンターに限る。',
          '6 町の端末のネットワークは分離されているか ○ インターネット接続系からは接続しない。',
        ],
      ]),
    ).consultations[0];
    expect(c.securitySections.map((x) => x.heading)).toEqual(['個人情報保護対策チェックシート']);
    expect(c.securitySections[0].text).toContain('インターネット接続系からは接続しない');
  });
});

describe('sets 139–144 (session 16, second round)', () => {
  it('「諮問第１４号」 as a running header on every page of the item opens it (the line is hidden from the content)', () => {
    const agenda = ['## 第２回審議会 次第', '３ 諮問事項', '(1) 諮問第１４号 シェアサイクル事業の会員管理業務の委託について……２１頁', '(2) 諮問第１５号 自転車駐車場定期利用申込みの電子化について……２３頁', '(3) 諮問第１６号 交通安全教室受講者名簿の目的外利用について……２３頁'];
    const p2 = ['~ 諮問第１４号', '## シェアサイクル事業の会員管理業務の委託及び外部結合について', '第１ 諮問事項', '個人情報を取り扱う業務の委託', '第２ 個人情報の保護措置', '(1) 管理画面を利用できる職員は３名とする。'];
    const p3 = ['~ 諮問第１４号', '(2) 操作ログを１年間保存する。', '(3) 再委託は禁止する。'];
    const p4 = ['諮問第１５号', '## 自転車駐車場定期利用申込みの電子化について', '１ 諮問事項', '電子計算組織への記録', '２ 安全対策', '(1) 申込データは暗号化して保存する。'];
    const s = analyzeStructure(makeDoc([agenda, p2, p3, p4]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第14号', 2, 3], ['諮問第15号', 4, 4]]);
  });
  it('「委託先 …（指名競争入札により決定予定）」 in an item is not a tender notice', () => {
    const s = analyzeStructure(
      makeDoc([['東雲台市個人情報保護審議会 諮問第７号 説明資料', '## 市営バスＩＣカード乗降データの分析業務の委託及び目的外利用について', '１ 諮問の概要', '委託先 株式会社しののめ交通計画研究所（指名競争入札により決定予定）', '２ 個人情報の保護措置', '(1) カードＩＤはハッシュ値に置き換える。']]),
    );
    expect(s.detection.signals.join(' ')).not.toMatch(/tender/);
    expect(s.detection.isConsultation).toBe(true);
    const notice = analyzeStructure(makeDoc([['## 一般競争入札の公告', '次のとおり一般競争入札に付します。', '１ 件名 住民情報システムの更新']]));
    expect(notice.detection.isConsultation).toBe(false);
  });
});

describe('an agenda that confirms the last minutes', () => {
  it("「第３回会議録の確定について」 on a bundle's cover does not make the bundle minutes", () => {
    const s = analyzeStructure(
      makeDoc([
        ['## 令和８年度 第４回学園市個人情報保護審議会 次第', '○確認事項', '第３回会議録の確定について（資料は１～１０頁）', '○諮問事項', '諮問第４５号 公民館利用者登録・施設予約システムの導入について …… １１頁', '諮問第４６号 成人式実行委員の募集に係る住民基本台帳情報の目的外利用について …… １３頁'],
        ['諮問第４５号', '## 公民館利用者登録・施設予約システムの導入について', '１ 諮問事項', '情報システムの導入', '２ 個人情報の保護措置', '(1) 管理画面を利用できる職員は３名とする。'],
        ['諮問第４６号', '## 成人式実行委員の募集に係る住民基本台帳情報の目的外利用について', '１ 諮問事項', '保有個人情報の目的外利用', '２ 保護措置', '(1) 抽出した名簿は担当課の職員２名に限り取り扱う。'],
      ]),
    );
    expect(s.detection.signals.join(' ')).not.toMatch(/minutes/);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第45号', '諮問第46号']);
  });
});

describe('the request read where it is written (sets 139–144)', () => {
  it('「1. 諮問の内容」 with the request beside it on the same line, wrapped below', () => {
    const c = analyzeStructure(
      makeDoc([
        ['諮問第１５号', '## 消防団員報酬の個人口座への振込について', '1. 諮問の内容 財務会計システムの債権者情報に、消防団員個人の口座情報を記録すること（電子計算組', '織への記録）', '2. 理由 団員本人の口座へ直接振り込む。', '3. 対象者 消防団員 約４２０人', '5. 安全管理', '(1) 口座情報を閲覧できる職員は２名とする。'],
      ]),
    ).consultations[0];
    expect(c.types).toEqual(['computer_recording']);
  });
  it('a 諮問書 request that wraps mid-word (「…電子計算組織との通信」「回線による結合」) names both acts', () => {
    const c = analyzeStructure(
      makeDoc([
        [
          '雷消防第２１８号',
          '令和８年１１月４日',
          '雷電町個人情報保護審議会 会長 様',
          '## 諮 問 書',
          '次の事項について、雷電町個人情報保護法施行条例第８条の規定により、諮問します。',
          '記',
          '１ 諮問番号 諮問第５号',
          '２ 件名 救命講習の受講申込みの電子化について',
          '３ 諮問事項 (1) 個人情報を取り扱う業務の委託 (2) 町の機関以外の者が管理する電子計算組織との通信',
          '回線による結合',
          '４ 担当 雷電町消防本部警防課救急係',
        ],
        ['## 説明資料', '(1) 事業の概要', '事業者のクラウド型電子申請サービスを利用する。', '(2) 個人情報の保護措置', '通信はＴＬＳ１．２で暗号化する。'],
      ]),
    ).consultations[0];
    expect([...c.types].sort()).toEqual(['external_linkage', 'outsourcing']);
  });
});

describe('a provision titled recipient first', () => {
  it('「居住支援協議会への住宅確保要配慮者に係る個人情報の提供について」 is a provision, not a use for another purpose', () => {
    const c = analyzeStructure(
      makeDoc([
        ['諮問第４７号', '## 居住支援協議会への住宅確保要配慮者に係る個人情報の提供について', '1. 提供の内容', '協議会の個別ケース会議に相談者の情報を提供する。', '2. 対象者と根拠', '書面により提供に同意した者。個人情報の保護に関する法律第６９条第２項第１号（本人の同意）による。', '3. 提供先での取扱い', '会議資料は会議終了時に全部回収する。'],
      ]),
    ).consultations[0];
    expect(c.types).toEqual(['external_provision']);
  });
});

describe('an unnumbered 諮問書 page and its annex that names the item', () => {
  it('「…について（諮問）」 then 「外部委託チェック票（諮問第２７号）」 on the next page: one item, 諮問第２７号', () => {
    const s = analyzeStructure(
      makeDoc([
        ['~ 資料３', '## 住宅確保要配慮者居住支援業務の委託について（諮問）', '■ 諮問の種類', '個人情報を取り扱う業務の外部委託（新規）', '■ 委託の理由', '物件探しへの同行や入居後の見守りまで職員が行うことは難しい。', '■ 個人情報の保護措置', '・相談記録は施錠できる書庫に保管する。'],
        ['~ 資料３', '## 外部委託チェック票（諮問第２７号）', '○＝措置あり ×＝措置なし', '秘密保持義務 ○ 委託契約書に特記事項を添付する。', '再委託の禁止 × 引越しの手配に限り、事前に市の書面による承認を得る。'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第27号', 1, 2]]);
  });
});
