/**
 * Structure read from held-out sets 157–162 and 163–168 after their one measurement (session 19). Documents are our
 * own, tiny and synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('a department’s information used by another through the city’s own link (set 159)', () => {
  const item = (aim: string) => analyzeStructure(makeDoc([[
    '諮問第４１号',
    '## 個人番号を利用する独自利用事務の追加について',
    '1. 諮問の趣旨',
    aim,
    '2. 安全確保の措置',
    '(1) 照会画面の権限は、医療助成係の職員４名に限って付与します。',
  ]])).consultations[0].types;
  it('「市民税課が保有する地方税関係情報を庁内連携により利用すること」 is a use for another purpose', () => {
    expect(item('ひとり親家庭等医療費助成の事務において、市民税課が保有する地方税関係情報を庁内連携により利用することについて、審議会の意見を求めるものです。')).toEqual(['purpose_external_use']);
  });
  it('a department using its own system is not', () => {
    expect(item('医療助成係が医療費助成システムにより助成の資格を管理することについて、審議会の意見を求めるものです。')).not.toContain('purpose_external_use');
  });
});

describe('the measures checked in a checklist on a page labelled 「別表」 (set 159)', () => {
  const doc = () => makeDoc([
    [
      '諮問第１１号',
      '## 町民税申告書等のデータ入力業務の委託について',
      '# ７ 作業場所と申告書等の受渡し',
      '(1) 作業は受託者の本社内の専用作業室で行う。',
      '# ８ 安全管理措置の確認',
      '受託者に別表のチェックリストを提出させ、町が契約前に内容を確認する。',
      '# ９ 委託期間',
      '令和９年１月２０日から令和９年４月３０日まで',
    ],
    [
      '別表',
      '## 特定個人情報を取り扱う委託業務 安全管理措置チェックリスト',
      '1 業務の全部又は一部を再委託しない。 ○',
      '2 作業用端末の操作ログを取得し、業務終了時に町へ提出する。 × 次回の機器更新時に対応予定',
    ],
  ]);
  it('「８ 安全管理措置の確認」 is the item’s security section, and the 別表 its attachment', () => {
    const secs = analyzeStructure(doc()).consultations[0].securitySections;
    expect(secs.map((x) => [x.heading, x.pageStart])).toEqual([
      ['８ 安全管理措置の確認', 1],
      ['特定個人情報を取り扱う委託業務 安全管理措置チェックリスト', 2],
    ]);
    expect(secs[1].text).toContain('次回の機器更新時に対応予定');
  });
});

describe('terminals replaced (set 158)', () => {
  const types = (title: string) => analyzeStructure(makeDoc([[
    '諮問第３号',
    `## ${title}`,
    '1 趣旨',
    '出張所で住民票の写し等の発行に使用している窓口端末は、ＯＳのサポートが終了するため更新します。',
    '2 セキュリティ対策',
    '(1) 端末へのログオンは生体認証とパスワードによる。',
  ]])).consultations[0].types;
  it('「出張所における窓口端末の更新について」 is a change of the system', () => {
    expect(types('出張所における窓口端末の更新について')).toContain('system_change');
  });
  it('「名簿の更新について」 is not', () => {
    expect(types('避難行動要支援者名簿の更新について')).not.toContain('system_change');
  });
});

describe('an earlier item cited with 「による」 inside the next item (set 166)', () => {
  it('「(1) 宛名データ：氏名、住所、整理番号（諮問第４１号による抽出データ）」 does not reopen item 41', () => {
    const s = analyzeStructure(makeDoc([
      [
        '諮問第４１号',
        '## 市民意識調査の対象者抽出に係る住民基本台帳情報の目的外利用について',
        '第１ 利用の目的',
        '調査対象者を無作為に抽出するため。',
        '第２ 個人情報の保護措置',
        '１ 抽出データは暗号化して保存する。',
        '諮問第４２号',
        '## 市民意識調査業務の委託について',
        '1. 委託の内容',
        '調査票の印刷、封入封緘及び発送',
      ],
      [
        '3. 取り扱う個人情報',
        '(1) 宛名データ：氏名、住所、整理番号（諮問第４１号による抽出データ）',
        '6. 個人情報の保護措置',
        '受託者には、作業場所を限定させ、再委託を禁止する。',
      ],
    ]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第41号', 1, 1], ['諮問第42号', 1, 2]]);
  });
});

describe('an unnumbered item handed out as the council’s material (set 164)', () => {
  const doc = (title: string) => makeDoc([
    [
      '~ 灯台町個人情報保護審議会 資料２',
      `## ${title}`,
      '1. 導入の目的',
      '通訳者と映像でつながるタブレットを窓口に置き、来庁者が母語で手続できるようにする。',
      '2. サービスの概要',
      '事業者が提供するクラウド型の映像通訳サービスを利用する。',
    ],
    ['~ 灯台町個人情報保護審議会 資料２', '3. 運用の方法', '閉庁後はタブレットを施錠できる保管庫に戻す。'],
  ]);
  it('a running 「…個人情報保護審議会 資料２」 header over a title naming a kind of item: a consultation', () => {
    const s = analyzeStructure(doc('窓口における映像通訳サービス（通訳タブレット）の導入について'));
    expect(s.detection.isConsultation).toBe(true);
    expect(s.detection.signals).toEqual(['council_material_header+0.3', 'title_types+0.2']);
    expect(s.consultations[0].types).toContain('system_change');
  });
  it('the same header over a title that names no kind of item stays below the bar', () => {
    const s = analyzeStructure(doc('令和８年度の審議会の運営について'));
    expect(s.detection.isConsultation).toBe(false);
  });
});

describe('「個人情報の保護に関する主な措置」 (set 164)', () => {
  it('names the item’s security section', () => {
    const s = analyzeStructure(makeDoc([[
      '諮問第１５号',
      '## 多言語の通知書の印刷及び発送業務の委託について',
      '# １ 委託の内容',
      '通知書の印刷、封入封緘及び発送',
      '# ３ 個人情報の保護に関する主な措置',
      '(1) 作業は受託者の施錠できる作業室で行う。',
      '(2) 再委託は禁止する。',
      '# ４ 委託期間',
      '令和９年４月１日から令和１０年３月３１日まで',
    ]]));
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.role])).toEqual([['３ 個人情報の保護に関する主な措置', 'primary']]);
  });
});

describe('an office notice on how to consult the council (set 165)', () => {
  const doc = (title: string) => makeDoc([[
    '各課長 様',
    '六総第１０３号',
    '令和９年６月２日',
    '総務課長',
    `## ${title}`,
    '他の団体のシステムと接続する場合は、事前に六花町個人情報保護審議会の意見を求めることとなります。',
    '諮問資料の作成に当たっては、下記に留意してください。',
  ]]);
  it('「…審議会への諮問について（通知）」 below its letterhead is no item', () => {
    const s = analyzeStructure(doc('広域連携・共同処理に伴う個人情報の取扱いと審議会への諮問について（通知）'));
    expect(s.detection.signals).toContain('notice-0.5');
    expect(s.detection.isConsultation).toBe(false);
  });
  it('the same letter without 「（通知）」 keeps its positive signals and no notice signal', () => {
    const s = analyzeStructure(doc('広域連携・共同処理に伴う個人情報の取扱いと審議会への諮問について'));
    expect(s.detection.signals).not.toContain('notice-0.5');
    expect(s.detection.score).toBeGreaterThanOrEqual(0.5);
  });
});
