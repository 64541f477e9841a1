/**
 * Sections read in session 30 from round 25 (sets 277–282): what the city requires of the receiver (「Ⅴ 提供に当たっての条件」)
 * is the item's measures; a bare 「別表」 heading takes its title from the line under it; an attachment the item's section of the
 * measures names by its title (「別紙「…要領」のとおり」) holds the measures; the rows of a table under a numbered heading that
 * number on from it are not the next headings.
 */
import { describe, expect, it } from 'vitest';
import { buildLines } from '../../lib/structure/lines.ts';
import { buildSections } from '../../lib/structure/sections.ts';
import { firstConsultation, makeDoc } from '../fixtures/structure/build.ts';

const headings = (pages: string[][]) => firstConsultation(pages).securitySections.map((s) => s.heading);

const PROVISION = [
  '## 人流データの大学への提供について',
  '諮問第３号',
  '# １ 提供の目的',
  '共同研究に人流データを用い、成果を駅前広場の再整備に反映させます。',
  '# ２ 提供するデータ',
  '計測地点ごとの１５分単位の通過人数の統計データのみを提供します。',
];

describe('the conditions imposed on the receiver', () => {
  for (const title of ['３ 提供に当たっての条件', '３ 委託の条件', '３ 受託者に求める条件', '３ 提供の条件（覚書の主な内容）']) {
    it(`「${title}」 is a section of the measures`, () => {
      const found = headings([[...PROVISION, `# ${title}`, '第三者への再提供を禁止し、研究終了後３０日以内にデータを消去させます。', '# ４ 実施時期', '令和９年４月']]);
      expect(found).toContain(title);
    });
  }
  it('a heading that names a condition of something else is not', () => {
    const found = headings([[...PROVISION, '# ３ 利用者の条件', '市内に住所を有する者とします。', '# ４ 実施時期', '令和９年４月']]);
    expect(found).not.toContain('３ 利用者の条件');
  });
  it('a 別紙 「提供条件チェックリスト」 is an attachment of the measures', () => {
    const found = headings([
      [...PROVISION, '# ３ 提供の方法', '市の職員が研究室へ直接持参します。'],
      ['## 別紙 提供条件チェックリスト', '確認項目 | ○／× | 備考', '第三者への再提供を禁止する | ○ | 覚書第４条'],
    ]);
    expect(found).toContain('別紙 提供条件チェックリスト');
  });
});

const RPA = [
  '## ＲＰＡによる異動入力の自動化について',
  '諮問第３号',
  '# １ 背景と目的',
  '転記作業をソフトウェアロボットに行わせます。',
  '# ２ 実施時期',
  '令和９年４月',
];

describe('a bare 「別表」 heading', () => {
  it('takes its title from the line under it, when that names the measures', () => {
    // (both printed as rows of the table's frame, set 278 p04)
    const found = headings([RPA, ['別表 |  | ', 'ＲＰＡ導入時のセキュリティ確認表 |  | ', '確認項目 | 結果 | 備考', 'ロボット専用のＩＤを発行している | ○ | 職員のＩＤとは別']]);
    expect(found).toContain('ＲＰＡ導入時のセキュリティ確認表');
  });
  it('is not taken when the line under it names something else', () => {
    const found = headings([RPA, ['別表 |  | ', '処理件数の推移 |  | ', '年度 | 件数', '令和６年度 | ３，２００']]);
    expect(found.some((h) => h.includes('処理件数') || h.includes('別表'))).toBe(false);
  });
});

const REGISTER = [
  '## 公益通報受付管理台帳の作成について',
  '諮問第２３号',
  '# １ 目的',
  '通報の処理期限を管理するため、台帳を作成する。',
  '# ２ 安全管理措置',
];

describe('an attachment named by its title in the section of the measures', () => {
  const annex = ['別紙', '## 公益通報者情報取扱要領', '第２条 台帳を取り扱うことができる者は、監察室長及び職員２名に限る。', '第３条 台帳のファイルはパスワードで保護する。'];
  it('is an attachment of the measures, whatever its title', () => {
    const found = headings([[...REGISTER, '別紙「公益通報者情報取扱要領」のとおり。', '# ３ 実施時期', '令和９年４月１日'], annex]);
    expect(found).toContain('公益通報者情報取扱要領');
  });
  it('is not, when the section does not name it', () => {
    const found = headings([[...REGISTER, '台帳のファイルはパスワードで保護する。', '# ３ 実施時期', '令和９年４月１日'], annex]);
    expect(found).not.toContain('公益通報者情報取扱要領');
  });
});

describe('numbered rows under a numbered heading', () => {
  it('rows printed smaller and further in that number on from the heading do not take the next headings\' numbers', () => {
    const doc = makeDoc([
      [
        '## 公益通報受付管理台帳の作成について',
        '諮問第２３号',
        '# ３ 記録の対象者',
        '通報者及び被通報者',
        '# ４ 記録項目',
        '> １ 受付番号、受付日',
        '> ２ 通報者番号',
        '> ３ 通報者の氏名、所属',
        '> ４ 被通報者の氏名',
        '> ５ 通報の対象となる事実の概要',
        '> ６ 調査の経過、是正措置',
        '# ５ 記録の方法',
        '監察室の職員が、受付の都度、台帳に入力する。',
        '# ６ 安全管理措置',
        '台帳を取り扱うことができる者は、監察室長及び職員２名に限る。台帳はパスワードで保護する。',
        '# ７ 実施時期',
        '令和９年４月１日',
      ],
    ]);
    const lines = buildLines(doc);
    const titles = buildSections(lines, 0, lines.length).map((h) => h.title);
    expect(titles).toContain('記録の方法');
    expect(titles).toContain('安全管理措置');
    expect(titles).not.toContain('通報の対象となる事実の概要');
  });
});

describe('an item that hands the city\'s processing to a software robot', () => {
  it('is a system change', () => {
    const item = firstConsultation([
      ['諮問第３号', '## ＲＰＡによる国民健康保険の異動入力の自動化について', '# １ 背景と目的', '転記作業をソフトウェアロボットに行わせ、入力誤りを減らします。'],
    ]);
    expect(item.types).toContain('system_change');
  });
  it('an item without such wording is not typed so by it', () => {
    const item = firstConsultation([['諮問第３号', '## 国民健康保険の異動届の様式の変更について', '# １ 背景と目的', '届出の様式を見直し、記入欄を減らします。']]);
    expect(item.types).not.toContain('system_change');
  });
});

describe('an attachment named in the section of the measures, with a part of it named as the measures', () => {
  it('keeps that part, not the whole attachment (sets 11, 210, 238)', () => {
    const found = headings([
      [...REGISTER, '別紙「台帳作成業務委託仕様書（抜粋）」のとおり。', '# ３ 実施時期', '令和９年４月１日'],
      ['## 台帳作成業務委託仕様書（抜粋）', '# 第３ 業務の内容', '台帳の入力を行う。', '# 第５ 個人情報の保護', '受託者は、再委託をしてはならない。', '受託者は、契約終了後にデータを消去する。'],
    ]);
    expect(found).toContain('第５ 個人情報の保護');
    expect(found).not.toContain('台帳作成業務委託仕様書（抜粋）');
  });
});
describe('an attachment named in the section of the measures, with a part on the handling', () => {
  it('keeps that part, not the whole attachment', () => {
    const found = headings([
      [...REGISTER, '別紙「台帳作成業務委託仕様書（抜粋）」のとおり。', '# ３ 実施時期', '令和９年４月１日'],
      ['## 台帳作成業務委託仕様書（抜粋）', '# 第３ 業務の内容', '台帳の入力を行う。', '# 第８ 個人情報の取扱い', '受託者は、再委託をしてはならない。', '受託者は、契約終了後にデータを消去する。'],
    ]);
    expect(found).not.toContain('台帳作成業務委託仕様書（抜粋）');
  });
});
