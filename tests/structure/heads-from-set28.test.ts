/**
 * Item heads met in held-out sets 28–29 after their measurement, on synthetic documents of our own: a 「諮問の区分」
 * section that names the kind of item, a number printed across a line break in the title, a bracketed 「（諮問事項）」
 * label with its text on one line, and a request to give the list to a body outside the city.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const MEASURES = ['③ 収集した情報の取扱い', '１ 聞き取り票を見ることができるのは、保健師３名に限る。', '２ 確認できた後、聞き取り票は溶解処理する。'];

describe('item heads', () => {
  it('a 「諮問の区分」 section and a number split over two lines of the title', () => {
    const s = analyzeStructure(
      makeDoc([[
        '柊野町個人情報保護審議会 資料２',
        '## 乳幼児健診の未受診児に係る在籍情報の収集について（諮',
        '## 問第４号）',
        '① 諮問の区分',
        '個人情報の本人以外からの収集',
        '② 収集の目的',
        '子どもの安全を確認する。',
        ...MEASURES,
      ]]),
    );
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => [c.number, c.types])).toEqual([['諮問第4号', ['indirect_collection']]]);
  });

  it('a bracketed 「（諮問事項）」 label with the request on the same line', () => {
    const c = analyzeStructure(
      makeDoc([['諮問第5号', '## 配食サービスにおける安否確認記録の電子化について', '（諮問事項）個人情報を取り扱う業務の委託内容の変更、及び町以外のものとの通信回線による結合', '■ 事業のあらまし', '安否確認の結果をタブレットで入力する。', '■ 端末の取扱い', '・端末にはパスコードを設定する。', '・アプリには配達員ごとのIDでログインする。']]),
    ).consultations[0];
    expect(c.types).toEqual(['outsourcing', 'external_linkage']);
  });

  it('a request to give the list to a body outside the city, and not to a department of the city', () => {
    const types = (request: string) =>
      analyzeStructure(makeDoc([['諮問第6号', '## 避難行動要支援者名簿情報の平常時の取扱いについて', '【諮問の内容】', request, '【提供先での取扱い】', '・名簿は施錠できる書庫に保管する。', '・名簿の複写はしない。']])).consultations[0].types;
    expect(types('名簿の情報を、平常時から地区消防組合消防本部（一部事務組合）に提供することについて、ご意見をお伺いします。')).toEqual(['external_provision']);
    expect(types('名簿の情報を、平常時から福祉課に提供することについて、ご意見をお伺いします。')).not.toContain('external_provision');
  });
});

describe('a request letter with a wrapped title (set 32\'s kind)', () => {
  const letter = [
    '資料4',
    '亀健第214号',
    '令和8年9月2日',
    '亀井町個人情報保護審議会 会長 様',
    '亀井町長 小野寺 雅史',
    '健診予約・結果管理クラウドサービスの契約更新に伴う業務委託及びシステム',
    'の変更について（諮問）',
    'このことについて、下記のとおり諮問します。',
    '記',
    '【1 経緯と目的】',
    '町は令和3年度から民間のクラウドサービスを利用している（諮問第9号で承認済み）。現行契約の満了に伴い契約を更新する。',
    '【2 安全対策】',
    '・利用者IDは職員ごとに発行し、ログインは2要素で行う。',
    '・データは国内のデータセンターにのみ保存する。',
  ];
  it('is a consultation titled by its two lines, without the number it cites', () => {
    const s = analyzeStructure(makeDoc([letter]));
    expect(s.detection.isConsultation).toBe(true);
    const c = s.consultations[0];
    expect(c.title).toBe('健診予約・結果管理クラウドサービスの契約更新に伴う業務委託及びシステムの変更について');
    expect(c.number).toBeNull();
    expect(c.types).toEqual(['outsourcing', 'system_change']);
  });
});
