/**
 * Structure rules read from held-out sets 169–174 (after their unseen measurement; docs/heldout.md, session 20), on tiny
 * synthetic documents of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const MEASURES = ['・管理画面へのログインは、職員ごとに付与するＩＤとパスワードにより行う。', '・閲覧の履歴は自動で記録され、課長が毎月確認する。', '・更新前の記録媒体は物理的に破砕して廃棄する。'];

describe('a change item whose title names the consultation it changes (set 169)', () => {
  it('「（令和７年度諮問第１８号の変更）」 under 【諮問第３１号】 cites the earlier item: the page is the item, not a list', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '【資料１】',
          '交差台市個人情報保護審議会',
          '【諮問第31号】',
          '## 公用車ドライブレコーダーの映像の取扱いの変更について',
          '（令和7年度諮問第18号の変更）',
          '◆ これまでの経緯',
          '公用車へのドライブレコーダーの設置については、令和7年度諮問第18号として諮問し、答申を受けた。',
          '◆ 変更に伴う保護措置',
          ...MEASURES,
        ],
      ]),
    );
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第31号', 1, 1]]);
  });
});

const headingsOf = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations.flatMap((c) => c.securitySections.map((s) => s.heading));

describe('security sections (sets 172, 173, 53, 21)', () => {
  const ITEM = ['諮問第6号', '## 職員の兼業許可申請の電子申請化について', '１ 件名', '職員の兼業許可申請の電子申請化について', '２ 諮問事項', '(1) 個人情報の処理に係る情報システムの導入'];

  it('「４ 個人情報保護のための主な措置」 names the measures', () => {
    const s = analyzeStructure(makeDoc([[...ITEM, '３ 諮問の理由', '紙の申請書の紛失を防ぐ。', '４ 個人情報保護のための主な措置', ...MEASURES, '５ 実施時期', '令和９年４月']]));
    // (its own heading names the measures: primary, not a section read as measures for its body alone)
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.role])).toEqual([['４ 個人情報保護のための主な措置', 'primary']]);
  });

  it('an enclosure named under 「５ 添付資料」 is not a section: the annex itself follows', () => {
    const h = headingsOf([
      [...ITEM, '４ 個人情報保護のための主な措置', ...MEASURES, '５ 添付資料', '別紙 個人情報保護対策（詳細）', '（担当）総務部人事課 服務係 内線２４１５'],
      ['~ 別紙（１／２）', '# 個人情報保護対策（詳細）', '■ 認証', '各職員に個別のＩＤとパスワードを付与する。', '■ 操作ログ', '操作ログは１年間保存し、人事課が四半期ごとに確認する。'],
    ]);
    expect(h).not.toContain('別紙 個人情報保護対策（詳細）');
    expect(h).toContain('４ 個人情報保護のための主な措置');
  });

  it('a checklist under a 「資料４ 別紙」 label ends the section that ran on to its page', () => {
    const h = headingsOf([
      ['諮問第22号', '## 地域おこし協力隊の募集業務の委託について', '【１ 諮問事項】', '個人情報を取り扱う業務の外部委託', '【８ 個人情報保護のための措置】', '別紙「個人情報取扱いチェックリスト」のとおり。'],
      ['資料４ 別紙', '個人情報取扱いチェックリスト', '（○：措置する ×：措置しない）', 'No | 確認項目 | ○× | 措置の内容', '1 | 再委託を制限しているか | ○ | 再委託は禁止する。', '2 | 取り扱う者を限定しているか | ○ | 担当者４名に限る。', '3 | 通信を暗号化しているか | ○ | ＴＬＳ１．２以上による。'],
    ]);
    expect(h).toContain('個人情報取扱いチェックリスト');
  });

  it('a checklist title opening the back of the sheet ends a section that ran on from the front (set 53)', () => {
    const h = headingsOf([
      ['諮問第4号', '## 被災者台帳の作成について', '１ 諮問の内容', '(1) 被災者台帳システムに個人情報を記録すること', '９ 運用の開始', '令和９年４月', '個人情報の保護対策は、裏面のチェックシートのとおりである。'],
      ['苺台町個人情報保護審議会 資料３（Ａ３）裏面', '個人情報保護対策チェックシート（被災者台帳システム）', '実施欄：○＝実施する ×＝実施しない', 'No. | 対策項目 | 実施 | 説明', '１ | システムの利用者を限定しているか | ○ | 町長が指定した８名に限る。', '２ | 個人ごとのＩＤ・パスワードで認証しているか | ○ | パスワードは１２桁以上とする。', '３ | 操作ログを取得しているか | ○ | 操作ログは５年間保存する。'],
    ]);
    expect(h).toEqual(['個人情報保護対策チェックシート（被災者台帳システム）']);
  });

  it('「３ 委託する業務」 describes the item: its 「突合点検」 is the work, not a measure (set 21)', () => {
    const h = headingsOf([
      ['諮問第27号', '## レセプト点検業務の委託について', '１ 諮問事項', '個人情報を取り扱う事務の外部委託', '３ 委託する業務', '(1) 医科・歯科・調剤レセプトの内容点検、縦覧点検及び突合点検', '(2) 点検結果に基づく再審査請求の資料作成', '４ 取り扱う個人情報', '被保険者記号番号、氏名、傷病名', '９ リスクの評価と対策', ...MEASURES],
    ]);
    expect(h).not.toContain('３ 委託する業務');
  });
});

describe('「その他の保護措置」 after a section of measures (set 174)', () => {
  const page = (title4: string) => [
    '諮問第11号', '## 市民課証明書交付窓口業務の委託について', '1. 委託の概要', '証明書の交付申請の受付と交付を委託する。',
    title4, '(1) 従事者が操作できる端末は、委託業務用の端末４台に限る。', '(2) ログインは、従事者ごとのＩＤと指静脈による認証とする。', '(3) 端末の操作ログは、担当係長が毎月１回点検する。', '(4) 作業区画への入退室はＩＣカードで記録する。',
    '5. その他の保護措置', '(1) 委託契約書に個人情報取扱特記事項を添付する。', '(2) 再委託は一切認めない。', '6. 受託者の選定', '指名競争入札により選定する。',
  ];
  it('the section right before it is taken too, when it states measures', () => {
    expect(headingsOf([page('4. 受託者の従事者が市の事務室内で業務を行うことに伴う管理')])).toEqual(['4. 受託者の従事者が市の事務室内で業務を行うことに伴う管理', '5. その他の保護措置']);
  });
  it('…not when the section before it describes the work', () => {
    const p = page('4. 業務の流れ').map((l) => (l.startsWith('(') && !l.includes('特記事項') && !l.includes('再委託') ? '(1) 申請書を受け付け、内容を確認して交付する。' : l));
    expect(headingsOf([p])).toEqual(['5. その他の保護措置']);
  });
});

describe('a report on an approved item (set 176, the second round of session 20)', () => {
  it('「諮問第９号に係る附帯意見への対応について（報告）」 after the items is not an item of its own', () => {
    const s = analyzeStructure(
      makeDoc([
        ['資料２', '諮問第13号', '## 健康相談の予約システムの導入について', '１ 諮問事項', '個人情報の処理に係る情報システムの導入', '５ 個人情報の保護対策', ...MEASURES],
        ['資料３', '## 諮問第9号に係る附帯意見への対応について（報告）', '１ 経過', '諮問第9号は、次の附帯意見を付して承認された。', '２ 対応状況', '仕様書に、宛名と受診券の番号を全件照合することを追加した。'],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第13号', 1, 1]]);
  });
});

describe('an excerpt of a specification with a long name (set 177)', () => {
  it('「…システム移行・保守業務委託仕様書（抜粋）」 opens the excerpt; its 「第８章 個人情報の保護…」 is the section', () => {
    const s = analyzeStructure(
      makeDoc([
        ['諮問第22号', '## 郷土資料館収蔵資料管理システムの移行及び保守業務の委託について', '１ 諮問事項', '個人情報を取り扱う業務の外部委託', '７ 個人情報の保護措置', '受託者に対しては、委託仕様書の第８章に次頁の措置を定め、契約の条件とする。'],
        ['資料４－１', '郷土資料館収蔵資料管理システム移行・保守業務委託仕様書（抜粋）', '第８章 個人情報の保護及び情報セキュリティ', '８－１ 移行作業は、サーバ室内で行うこと。', '８－２ 受託者は、作業従事者の名簿を町に提出すること。', '８－３ 作業用の権限は名簿に記載された者に限り付与する。'],
      ]),
    );
    // (the item's own section ends before the excerpt, whose chapter on protection is an attachment section)
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.pageEnd, x.role])).toEqual([
      ['７ 個人情報の保護措置', 1, 'primary'],
      ['第８章 個人情報の保護及び情報セキュリティ', 2, 'attachment'],
    ]);
  });
});
