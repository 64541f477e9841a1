/**
 * Two columns whose right column stops halfway down the page: the left column runs on below it, and is read whole
 * before the right column (held-out set 86, session 11). A short note under the columns is still read after both.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../lib/text/layout.ts';
import type { Run } from '../../lib/text/runs.ts';

let order = 0;
/** A run of CJK text at (x, y), 10 pt, one character per 10 pt. */
function run(text: string, x: number, y: number, fs = 10): Run {
  return { text, x0: x, x1: x + text.length * fs, y0: y, y1: y + fs, fs, font: 'f', family: 'serif', order: order++ };
}

/** Left column x 40–280 (24 characters), right column x 310–550; sections 22 pt apart, lines 15 pt apart. */
const title = run('消防団員の安否確認システムの導入について', 100, 40, 14);
const leftTop = [
  run('１．諮問事項', 40, 80), run('個人情報を取り扱う業務の外部委託及び実施機関以', 40, 95), run('外のものとの通信回線による結合', 40, 110),
  run('２．導入の目的', 40, 132), run('大雨の際には全員への連絡に約３時間を要した。安否', 40, 147), run('と参集の可否を一斉に照会し、回答を集計する。', 40, 162),
];
const rightTop = [
  run('対象の件数を確認する。', 320, 80), run('（６）ログ', 310, 95), run('配信、回答及び管理画面の操作の記録は事業者が保', 320, 110),
  run('存し、必要に応じて町が提出を求める。', 320, 125), run('（７）契約', 310, 147), run('特記事項により秘密保持及び目的外利用の禁止を定', 320, 162),
];
const leftBelow = [
  run('５．委託の内容', 40, 200), run('事業者のクラウドサービスによる安否確認メールの配', 40, 215), run('信及び回答の集計、登録データの保守', 40, 230),
  run('６．安全対策', 40, 252), run('（１）総務課の担当職員３名に限り、ＩＤとワンタイ', 40, 267), run('ムパスワードにより認証する。', 40, 282),
];

describe('a right column that stops halfway down the page', () => {
  it('reads the left column whole, then the right column', () => {
    const text = layout([title, ...leftTop, ...rightTop, ...leftBelow]).map((l) => l.text);
    expect(text[0]).toBe(title.text);
    const at = (t: string) => text.findIndex((x) => x.startsWith(t));
    expect(at('２．導入の目的')).toBeLessThan(at('５．委託の内容'));
    expect(at('６．安全対策')).toBeLessThan(at('（６）ログ'));
    expect(at('（６）ログ')).toBeLessThan(at('（７）契約'));
  });

  it('reads a short note under both columns after them', () => {
    const note = run('※ 詳細は別紙のとおり。', 40, 200);
    const text = layout([title, ...leftTop, ...rightTop, note]).map((l) => l.text);
    expect(text.indexOf(note.text)).toBe(text.length - 1);
    expect(text.findIndex((x) => x.startsWith('（７）契約'))).toBeLessThan(text.indexOf(note.text));
  });
});

describe('an A3 sheet in two columns whose numbered headings sit at the same heights on both sides', () => {
  // 「１ 諮問事項」…「３ 根拠」 on the left, 「４ システムの構成」…「６ 導入の時期」 on the right, each heading level with one on
  // the other side and each body two or three lines: the sides' blocks line up, which had read the sheet as a table of
  // rows across both columns (set 169, p02). The numbering goes on from the left side to the right.
  const left = [
    run('１ 諮問事項', 40, 120), run('(1) 個人情報の処理に係る情報システムの導入（ナンバー認識', 50, 140), run('(2) 本人以外の者からの個人情報の収集（車両番号の記録）', 50, 157),
    run('２ 導入の目的', 40, 184), run('駐車券の紛失を装った料金の不払いが年間約１，２００件あり、', 50, 204), run('出入口のカメラで車両番号を読み取って入出庫の時刻と照合する', 50, 219), run('ことで、料金の適正な収受を図る。', 50, 234),
    run('３ 根拠', 40, 261), run('市営駐車場条例第８条（駐車料金）及び第１２条（利用の制限）', 50, 281),
  ];
  const right = [
    run('４ システムの構成', 610, 120), run('各出入口のカメラは、制御装置に専用のケーブルで接続する。制御', 620, 140), run('装置からクラウドの管理システムへ閉域網で送り、保守は事業者に', 620, 155), run('委託する。', 620, 170),
    run('５ 利用者への周知', 610, 184), run('各駐車場の入口に「ナンバー認識カメラ作動中」の看板を掲示し、', 620, 204), run('市のホームページに利用目的と保存期間を掲載する。', 620, 219),
    run('６ 導入の時期', 610, 261), run('令和９年１月 設置工事、令和９年３月 運用開始', 620, 281),
  ];

  it('reads the left side whole, then the right side that numbers on', () => {
    const lines = layout([...left, ...right]);
    const text = lines.map((l) => l.text);
    const at = (t: string) => text.findIndex((x) => x.startsWith(t));
    expect(lines.every((l) => !l.cells)).toBe(true);
    expect(at('２ 導入の目的')).toBeLessThan(at('３ 根拠'));
    expect(at('３ 根拠')).toBeLessThan(at('４ システムの構成'));
    expect(text.some((t) => t.includes('委託する。') && t.includes('２ 導入の目的'))).toBe(false);
  });

  it('still reads a two-column table whose right side does not number on as rows', () => {
    const rows = [
      run('１ 区分', 40, 120), run('対策の内容を記載する欄であり、複数行にわたることがある。', 610, 120),
      run('２ 区分', 40, 150), run('アクセスは担当職員３名に限り、ＩＤとパスワードで認証する。', 610, 150),
      run('３ 区分', 40, 180), run('通信は閉域網とし、保存データはＡＥＳ２５６で暗号化する。', 610, 180),
    ];
    expect(layout(rows).filter((l) => l.cells).length).toBeGreaterThan(0);
  });
});

describe('an A3 sheet in three framed columns whose right column holds one numbered heading over ①②③', () => {
  // 「１ 事業の概要」「２ 目的外利用の内容」 on the left, 「３ 利用する個人情報」「４ 対象者」 in the middle (its wrapped count
  // 「（年間約２」「４０人）」 printed as two runs, 「４０」 and 「人）」), 「５ 個人情報の保護措置」 over ①…③ on the right
  // (set 202, p04): the numbering goes on from column to column, so the sheet is read column by column.
  const left = [
    run('１ 事業の概要', 40, 120), run('市は、条例に基づき、市内に新たに工場又は事業所を設置した', 40, 140), run('企業に雇用奨励金を交付している。', 40, 155),
    run('２ 目的外利用の内容', 40, 184), run('（１）保有課：市民課（住民基本台帳事務）', 40, 204), run('（２）利用課：企業誘致課（審査事務）', 40, 219),
  ];
  const middle = [
    run('３ 利用する個人情報', 420, 120), run('氏名、生年月日、住所、転入年月日', 420, 140), run('※本籍及び続柄は利用しない。', 420, 155),
    run('４ 対象者', 420, 184), run('申請企業が提出した新規雇用者の名簿に記載された者（年間約２', 420, 204), run('４０', 420, 219), run('人）', 440, 219),
  ];
  const right = [
    run('５ 個人情報の保護措置', 800, 120), run('① 照会は担当職員２名に限り行う。', 800, 140), run('② 照会専用端末は、職員ごとのＩＤと静脈認証により利用する。', 800, 155),
    run('③ 照会結果は印刷しない。', 800, 184), run('④ 審査台帳は担当職員２名だけが開ける', 800, 204), run('フォルダに保存する。', 800, 219),
  ];

  it('reads the columns one after another', () => {
    const lines = layout([...left, ...middle, ...right]);
    const text = lines.map((l) => l.text);
    const at = (t: string) => text.findIndex((x) => x.startsWith(t));
    expect(lines.every((l) => !l.cells)).toBe(true);
    expect(at('２ 目的外利用の内容')).toBeLessThan(at('３ 利用する個人情報'));
    expect(at('４ 対象者')).toBeLessThan(at('５ 個人情報の保護措置'));
    expect(at('５ 個人情報の保護措置')).toBeLessThan(at('① 照会は'));
  });
});

describe('an A3 sheet in three framed columns, each with one numbered heading (sets 200, 219, 220, 221)', () => {
  // 「１ 概要」｜「２ システムの構成」｜「３ 個人情報の保護対策」, each over （１）… or ①… items, the department's name printed at the
  // top right above the third column; or the headings in brackets 【１ 事業の概要】.
  const sheet = (h: (n: string, t: string) => string) => [
    run('償還町健康福祉課 障がい福祉係', 820, 90),
    run(h('１', '概要'), 40, 120), run('（１）諮問の種類', 40, 140), run('個人情報の処理に係る情報システムの導入', 50, 155),
    run('（２）目的', 40, 175), run('償還払いの申請を電子申請でも受け付ける。', 50, 190),
    run(h('２', 'システムの構成'), 420, 120), run('（１）電子申請サービス', 420, 140), run('国の電子申請サービスを用いる。', 430, 155),
    run('（２）町での受付', 420, 175), run('受付は障がい福祉係の職員３名が行う。', 430, 190),
    run(h('３', '個人情報の保護対策'), 800, 120), run('① 職員はＩＤ、パスワード及びワンタイムパスワードで', 800, 140), run('ログインする。', 810, 155),
    run('② 通信はＴＬＳ１．２以上で暗号化する。', 800, 175), run('③ バックアップは毎日取得する。', 800, 190),
  ];
  for (const [name, h] of [['plain', (n: string, t: string) => `${n} ${t}`], ['in brackets', (n: string, t: string) => `【${n} ${t}】`]] as const) {
    it(`reads the columns one after another (${name})`, () => {
      const lines = layout(sheet(h));
      const text = lines.map((l) => l.text);
      const at = (t: string) => text.findIndex((x) => x.includes(t));
      expect(lines.filter((l) => l.cells).length).toBe(0);
      expect(at('（２）目的')).toBeLessThan(at('システムの構成'));
      expect(at('（２）町での受付')).toBeLessThan(at('個人情報の保護対策'));
      expect(at('個人情報の保護対策')).toBeLessThan(at('① 職員は'));
    });
  }
  it('still reads a table whose first row numbers 1, 2, 3 across and whose rows line up as rows', () => {
    const rows = [
      run('１ 項目', 40, 120), run('２ 内容', 420, 120), run('３ 備考', 800, 120),
      run('氏名', 40, 140), run('漢字とカナで記録する。', 420, 140), run('必須', 800, 140),
      run('住所', 40, 155), run('番地まで記録する。', 420, 155), run('必須', 800, 155),
      run('電話番号', 40, 170), run('任意で記録する。', 420, 170), run('任意', 800, 170),
    ];
    const lines = layout(rows);
    expect(lines.some((l) => l.cells && l.text.includes('氏名'))).toBe(true);
  });
});
