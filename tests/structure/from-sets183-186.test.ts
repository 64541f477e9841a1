/**
 * Structure rules read from held-out sets 183–186 (after their unseen measurement; docs/heldout.md, session 21), on tiny
 * synthetic documents of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const headingsOf = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations.flatMap((c) => c.securitySections.map((s) => s.heading));

const MEASURES = ['（１）利用者 管理画面を利用できるのは、選挙係の職員２名とします。', '（２）認証 ＩＤとパスワードに加え、端末認証を行います。', '（３）記録 操作ログを１年間保存し、係長が毎月確認します。'];

describe('two items in one material, the second starting mid-page (set 183)', () => {
  it('an earlier item cited with a gloss in brackets (「平成２９年度の諮問第４号（…）の審議では、」) does not make the page a list', () => {
    const s = analyzeStructure(
      makeDoc([
        ['資料２', '諮問第11号', '## 投票管理者の名簿管理の電子化について', '所管 立会市選挙管理委員会事務局', '１ 諮問事項', '個人情報を電子計算組織に記録すること', '２ 目的', '選任の記録をＥｘｃｅｌファイルで管理している。', '４ 安全対策', ...MEASURES],
        [
          '資料２',
          '（４）保存期間 退任した方の情報は、退任の翌年度から５年間保存し、その後消去します。',
          '５ その他',
          '平成29年度の諮問第4号（立会人名簿のＥｘｃｅｌ管理）の審議では、委員から質問がありました。',
          '諮問第12号',
          '## 投票立会人の公募に係る電子申請による受付について',
          '所管 立会市選挙管理委員会事務局',
          '１ 諮問事項',
          '実施機関以外のものとの通信回線による電子計算組織の結合',
          '５ 安全対策',
          ...MEASURES,
        ],
      ]),
    );
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第11号', 1, 2], ['諮問第12号', 2, 2]]);
  });
});

describe('a request letter (諮問書) whose 記 lists the number as its first item (set 183)', () => {
  it('「１ 諮問番号 諮問第３号」 gives the item its number', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '開選管第48号',
          '令和8年10月15日',
          '開票町個人情報保護審議会',
          '会長 浅野 道子 様',
          '開票町選挙管理委員会',
          '在外選挙人名簿に関する個人情報の選挙人名簿システムへの記録について（諮',
          '問）',
          '下記の事項について、貴審議会の意見を求めます。',
          '記',
          '１ 諮問番号 諮問第3号',
          '２ 諮問事項 在外選挙人名簿に関する個人情報を選挙人名簿システムに記録すること',
          '３ 諮問の理由 別紙のとおり',
        ],
        ['別紙', '## 在外選挙人名簿の選挙人名簿システムへの記録について（説明資料）', 'Ⅰ 記録の目的', '紙の台帳で管理している。', 'Ⅴ 安全対策', ...MEASURES],
      ]),
    );
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第3号']);
  });
});

const SIMPLE_ITEM = ['諮問第19号', '## 見守りセンサーの貸与について', '１ 事業の概要', '高齢者の居室にセンサーを設置する。'];
const TABLE = ['通信の盗聴 | 閉域ＳＩＭによるＬＴＥ通信とし、インターネットを経由しない。', '不正ログイン | 管理画面の利用者は町職員４名に限り、個人別のＩＤを付与する。', '操作の不正 | 管理画面の操作ログを１年間保存し、係長が毎月確認する。'];

describe('headings that name the measures in other words (sets 182, 186, 101, 161)', () => {
  it('「12 想定される脅威と対策」 is a section of measures', () => {
    const h = headingsOf([[...SIMPLE_ITEM, '12 想定される脅威と対策', '想定される脅威 | 対策', ...TABLE, '13 実施時期', '令和９年４月']]);
    expect(h).toContain('12 想定される脅威と対策');
  });
  it('「個人情報保護に関する確認票」 and 「…個人情報取扱い確認票」 under a 別紙 label are checklists of the measures', () => {
    const ITEM_REFERS = [...SIMPLE_ITEM, '５ 個人情報の保護', '別紙の確認票のとおり。'];
    expect(headingsOf([ITEM_REFERS, ['別紙', '個人情報保護に関する確認票', '項目 | 確認 | 内容', ...TABLE]])).toContain('個人情報保護に関する確認票');
    expect(headingsOf([ITEM_REFERS, ['別紙', '業務委託 個人情報取扱い確認票', '項目 | 確認 | 内容', ...TABLE]])).toContain('業務委託 個人情報取扱い確認票');
  });
  it('「個人情報を守るための仕組み」 names the measures plainly', () => {
    const h = headingsOf([[...SIMPLE_ITEM, '個人情報を守るための仕組み', '閲覧できるのは、登録した医師と看護師に限ります。通信は暗号化します。', 'これからの予定', '令和９年４月から始めます。']]);
    expect(h).toContain('個人情報を守るための仕組み');
  });
  it('a threat named alone is no heading of measures', () => {
    const h = headingsOf([[...SIMPLE_ITEM, '12 想定される脅威', 'センサーの盗難、通信の盗聴が考えられる。', '13 実施時期', '令和９年４月']]);
    expect(h).not.toContain('12 想定される脅威');
  });
});
