/**
 * Structure read in session 30 from round 26 (sets 283–288): an item that publishes results is a provision to others; an
 * online form is a link to a service outside; an attachment cited with its parts (「別紙「監査実施要領」第５及び第６のとおり」)
 * gives those parts; a checklist attached under a bare 「別紙」 is an attachment of the measures whatever it checks; a section that
 * states its own measures and cites an explanation for the rest does not take the explanation.
 */
import { describe, expect, it } from 'vitest';
import { firstConsultation } from '../fixtures/structure/build.ts';

const headings = (pages: string[][]) => firstConsultation(pages).securitySections.map((s) => s.heading);

describe('types named by the title', () => {
  it('a publication of results is a provision to others', () => {
    const item = firstConsultation([['諮問第７号', '## 社会福祉法人等指導監査結果の公表について', '# １ 諮問の趣旨', '指導監査の結果を公表する範囲について意見を求める。']]);
    expect(item.types).toContain('external_provision');
  });
  it('a publication of statistics is not', () => {
    const item = firstConsultation([['諮問第７号', '## 苦情処理状況の統計の公表について', '# １ 諮問の趣旨', '苦情の件数を集計して公表する。']]);
    expect(item.types).not.toContain('external_provision');
  });
  it('an online form for reports is a link to a service outside', () => {
    const item = firstConsultation([['諮問第２２号', '## 介護給付費の不正請求に関する通報受付フォームの導入について', '# １ 背景と目的', '２４時間受付が可能なフォームを設けます。']]);
    expect(item.types).toContain('external_linkage');
  });
});

const ITEM = ['## 介護給付実績データの目的外利用について', '諮問第５号', '# １ 目的外利用の理由', '実地指導の対象事業所を選ぶため、給付実績を分析する。'];
const ANNEX = [
  '別紙',
  '## ひのき野市介護サービス事業所実地指導 監査実施要領（抜粋）',
  '# 第１ 趣旨',
  'この要領は、実地指導の手順を定める。',
  '# 第５ 給付実績データの取扱い',
  '１ データの受渡しにＵＳＢメモリその他の記録媒体は使用しない。',
  '２ データのファイルは暗号化する。',
  '# 第６ 実地指導時の携行資料',
  '１ 携行資料は鍵付きのかばんに入れて職員２名で運搬する。',
  '# 第７ 研修',
  '監査担当職員は、毎年度当初に研修を受講する。',
];

describe('an attachment cited with its parts', () => {
  it('gives the parts named, not the whole attachment', () => {
    const found = headings([[...ITEM, '# ２ 個人情報の保護措置', '別紙「監査実施要領」第５及び第６のとおり', '# ３ 実施時期', '令和９年４月'], ANNEX]);
    expect(found).toContain('第５ 給付実績データの取扱い');
    expect(found).toContain('第６ 実地指導時の携行資料');
    expect(found).not.toContain('第７ 研修');
  });
  it('a section that states its own measures and cites an explanation for the rest does not take it (set 66)', () => {
    const found = headings([
      [...ITEM, '# ２ 個人情報の保護措置', '分析は介護保険課の職員２名に限り、ＬＧＷＡＮ接続系の端末で行う。', 'その他の取扱いの詳細は、別紙「監査実施要領」のとおりとする。', '# ３ 実施時期', '令和９年４月'],
      ANNEX,
    ]);
    expect(found.some((h) => h.includes('第５') || h.includes('監査実施要領'))).toBe(false);
  });
});

describe('a checklist attached under a bare 「別紙」', () => {
  const item = ['## 運営指導における利用者記録の閲覧について', '諮問第３号', '# １ 目的', '介護サービスの質を確かめるため、利用者記録を閲覧する。', '# ２ 個人情報の保護措置', '記録は事業所内で閲覧し、写しは受け取らない。'];
  it('is an attachment of the measures when its rows name measures', () => {
    const found = headings([item, ['別紙', '## 運営指導チェックリスト（当日用）', '１ | 利用者記録の写しを受け取っていない。 | ○', '２ | 撮影機能のある機器を持ち込んでいない。 | ○', '３ | 確認票の枚数を退出前に２名で照合した。 | ○']]);
    expect(found).toContain('運営指導チェックリスト（当日用）');
  });
  it('does not stop the search for the item\'s own sections that state measures (set 286)', () => {
    const own = ['## 運用業務の委託について', '諮問第３号', '# １ 委託の目的', '配信の作業を委託する。', '# ２ 管理画面の権限と記録', '(1) 受託者の運用担当者２名に、個人ごとのＩＤを発行します。', '(2) 操作ログを町の職員が毎月確認します。', '(3) 受託者の権限は配信の作成と集計の閲覧に限ります。', '# ３ 委託期間', '令和９年４月から１年間'];
    const found = headings([own, ['別紙', '## 委託先確認チェックリスト', '１ | 委託契約書に特記事項を付す | ○', '２ | 再委託は町の書面による承諾がある場合に限る | ○', '３ | 管理画面へのログインに二要素認証を設定する | ○']]);
    expect(found).toContain('委託先確認チェックリスト');
    expect(found).toContain('２ 管理画面の権限と記録');
  });
  it('is not when its rows name none', () => {
    const found = headings([item, ['別紙', '## 運営指導チェックリスト（当日用）', '１ | 事業所の名称を確かめた。 | ○', '２ | 開始時刻を記入した。 | ○']]);
    expect(found).not.toContain('運営指導チェックリスト（当日用）');
  });
});
