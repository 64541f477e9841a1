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
