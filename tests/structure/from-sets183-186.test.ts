/**
 * Structure rules read from held-out sets 183–186 (after their unseen measurement; docs/heldout.md, session 21), on tiny
 * synthetic documents of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

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
