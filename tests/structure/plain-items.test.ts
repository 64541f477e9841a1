/**
 * Structure rules met in held-out set 10 (docs/heldout10.md; staff's plain wording), each on a tiny synthetic
 * document of our own: an item number broken over two lines, a form row whose first word names the measures, a
 * numbered sentence is not a section heading, the request sentence gives the type when nothing else does.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const MEASURES = ['・作業は専用の部屋で行います。', '・データは鍵のかかるバッグに入れて持って行きます。', '・余ったはがきはすべて返してもらいます。'];

describe('an item number broken over two lines', () => {
  it('「…の委託について（諮問第９」「号）」 is the item\'s number', () => {
    const s = analyzeStructure(makeDoc([['## はがきの印刷・発送業務の委託について（諮問第９', '## 号）', '■ お願いしたいこと', '印刷と発送を業者に委託したいと考えています。', '■ 個人情報の取扱いについて', ...MEASURES]]));
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第9号']);
  });
});

describe('a form row', () => {
  it('「セキュリティ対策　既存システムと同様の…」 printed without cells is the measures\' row', () => {
    const s = analyzeStructure(makeDoc([['諮問第14号', '## 電子計算組織記録票', '件名 犬の登録管理システムへの項目の追加について', '記録項目 【追加】マイクロチップの識別番号（１５桁）、装着日', '利用者 生活環境課の担当職員に限る。', 'セキュリティ対策 既存システムと同様の安全対策を講じる。ログインは職員ごとのIDとパスワードによる。']]));
    expect(s.consultations[0].securitySections.map((x) => [x.heading, x.role])).toEqual([['セキュリティ対策', 'form_row']]);
  });
  it('a scoring table\'s 「個人情報保護・情報セキュリティ　15　13」 is not', () => {
    const s = analyzeStructure(makeDoc([['諮問第5号', '## 指定管理者の選定について', '評価項目 配点 A社', '個人情報保護・情報セキュリティ 15 13', '第3 個人情報の保護措置', '(1) 再委託は禁止する。', '(2) 書類は施錠して保管する。']]));
    expect(s.consultations[0].securitySections.map((x) => x.heading)).toEqual(['第3 個人情報の保護措置']);
  });
});

describe('numbered sentences', () => {
  it('a numbered sentence mentioning セキュリティ is a measure of its section, not a section of its own', () => {
    const s = analyzeStructure(
      makeDoc([['諮問第22号', '## 学習用タブレットの持ち帰りについて', '１ 何をするのか', '家でもクラウドサービスを使えるようにする。', '４ 使う人とアカウント', '（１）児童生徒は学校が発行するアカウントでログインする。', '（２）データは国内のデータセンターに置かれる。事業者はセキュリティに関する認証を受けている。', '（３）パスワードは１２桁以上とする。', '５ 今後の予定', '令和９年４月 開始']]),
    );
    expect(s.consultations[0].securitySections.map((x) => x.heading)).toEqual(['４ 使う人とアカウント']);
  });
});

describe('the type from the request sentence', () => {
  it('「…実施機関以外のものとの結合として意見を求める」 in the first section', () => {
    const s = analyzeStructure(makeDoc([['諮問第22号', '## 学習用タブレットの持ち帰りについて', '１ 何をするのか', 'タブレットはインターネットを通じてサービスにつながるため、実施機関以外のものとの結合として意見を求める。', '２ 守ること', ...MEASURES]]));
    expect(s.consultations[0].types).toEqual(['external_linkage']);
  });
});
