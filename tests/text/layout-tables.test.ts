import { describe, expect, it } from 'vitest';
import { layout } from '../../lib/text/layout.ts';
import type { Run } from '../../lib/text/runs.ts';

let order = 0;
/** A run of CJK text at (x, y), 10 pt, one character per 10 pt. */
function run(text: string, x: number, y: number, fs = 10): Run {
  return { text, x0: x, x1: x + text.length * fs, y0: y, y1: y + fs, fs, font: 'f', family: 'serif', order: order++ };
}

describe('tables under a caption that runs across their gutters', () => {
  // A checklist: No | 確認項目 (wrapped over two lines) | 状況 | 説明 (wrapped), under a title and a note wider
  // than the first column, so that only the No column's gutter runs the whole height.
  const runs = [
    run('個人情報保護対策チェックシート', 150, 60, 14),
    run('（記入：こども政策課 ○：実施する ×：実施しない）', 200, 90),
    run('No', 40, 115), run('確認項目', 70, 115), run('状況', 220, 115), run('説明', 260, 115),
    run('1', 40, 140), run('利用する職員を限定して', 70, 140), run('○', 225, 140), run('管理画面のアカウントは、担当職員５名に', 260, 140),
    run('いるか', 70, 154), run('のみ発行します。', 260, 154),
    run('2', 40, 180), run('契約で個人情報の取扱いを', 70, 180), run('○', 225, 180), run('利用契約に特記事項を付し、目的外利用と第', 260, 180),
    run('定めているか', 70, 194), run('三者への提供を禁止します。', 260, 194),
    run('3', 40, 220), run('事故が起きたときの連絡', 70, 220), run('○', 225, 220), run('漏えい等を認知してから１時間以内に電話で', 260, 220),
    run('体制があるか', 70, 234), run('連絡し、３日以内に書面で報告します。', 260, 234),
  ];

  it('reads the caption lines first and keeps each cell whole', () => {
    const lines = layout(runs);
    expect(lines[0].text).toBe('個人情報保護対策チェックシート');
    expect(lines[1].text).toBe('（記入：こども政策課 ○：実施する ×：実施しない）');
    const row = lines.find((l) => l.text.startsWith('2 '));
    expect(row?.cells).toEqual(['2', '契約で個人情報の取扱いを定めているか', '○', '利用契約に特記事項を付し、目的外利用と第三者への提供を禁止します。']);
    expect(lines.find((l) => l.text.startsWith('3 '))?.cells?.[3]).toBe('漏えい等を認知してから１時間以内に電話で連絡し、３日以内に書面で報告します。');
  });

  it('does not peel a table without a caption', () => {
    const lines = layout(runs.slice(2));
    expect(lines[0].cells).toEqual(['No', '確認項目', '状況', '説明']);
    expect(lines.find((l) => l.text.startsWith('1 '))?.cells?.[1]).toBe('利用する職員を限定しているか');
  });
});

describe('a checklist under a note that runs across every gutter (no gutter in the whole region)', () => {
  // 「施設名：… ○＝実施 ×＝未実施 －＝該」「当なし」 spans the page above the table, so the region has no gutter at all
  // until the note's lines are set aside; the question and the note of each row wrap onto a second line.
  const note = [run('施設名：市民活動センター ∕ 記入者：指定管理者 ∕ ○＝実施 ×＝未実施 －＝該当', 40, 100), run('なし', 40, 113)];
  const table = [
    run('No', 42, 135), run('確認項目', 70, 135), run('状況', 220, 135), run('説明', 260, 135),
    run('1', 42, 158), run('個人情報を取り扱う職員を限', 70, 158), run('○', 225, 158), run('予約システムの操作は常勤職員５名に', 260, 158),
    run('定している', 70, 172), run('限り、個人別のIDを付与する。', 260, 172),
    run('2', 42, 195), run('パスワードの管理', 70, 195), run('○', 225, 195), run('パスワードは１２文字以上とする。', 260, 195),
    run('3', 42, 218), run('個人情報を施設外に持ち出さ', 70, 218), run('○', 225, 218), run('持ち出しは館長の許可を得て、', 260, 218),
    run('ない', 70, 232), run('鍵付きの鞄で運ぶ。', 260, 232),
  ];

  it('reads the note first and each row with its wrapped cells whole', () => {
    const lines = layout([...note, ...table]);
    expect(lines[0].text.startsWith('施設名')).toBe(true);
    expect(lines.find((l) => l.text.startsWith('1 '))?.cells).toEqual(['1', '個人情報を取り扱う職員を限定している', '○', '予約システムの操作は常勤職員５名に限り、個人別のIDを付与する。']);
    expect(lines.find((l) => l.text.startsWith('3 '))?.cells?.[1]).toBe('個人情報を施設外に持ち出さない');
  });

  it('a numbered list under a paragraph (one gutter after the number) stays lines, not a table', () => {
    const lines = layout([
      run('下記の事項について諮問します。下記の事項について諮問します。', 40, 100),
      run('記', 200, 120),
      run('１', 40, 140), run('諮問番号 諮問第１２号', 60, 140),
      run('２', 40, 160), run('件名 駐車場へのカメラの設置について', 60, 160),
      run('３', 40, 180), run('諮問の理由', 60, 180),
      run('利用者の画像を本人以外から収集するため。', 60, 200),
    ]);
    expect(lines.every((l) => !l.cells)).toBe(true);
  });
});

describe('a label column that goes on below the table', () => {
  // 「問い｜答え」 without borders: short labels on the left, two-line answers on the right, and after the table
  // a heading and its line in the left column only, then the page number under the right column.
  const runs = [
    run('問い', 88, 69), run('答え', 338, 69),
    run('だれが何をしたか', 54, 92), run('送信の記録と操作ログを２年間保存し、毎月第１開庁日に母子保健係長', 154, 92),
    run('が確認する。', 154, 106),
    run('ほかに渡さないか', 54, 128), run('事業者は受け取った情報を広告その他の目的に使わず、市以外の第三者', 154, 128),
    run('に提供しない。', 154, 142),
    run('事故が起きたら', 54, 164), run('事業者は漏えい等を知ってから１時間以内に市へ電話し、市は３日以内', 154, 164),
    run('に報告する。', 154, 178),
    run('■ 開始時期', 48, 210, 11),
    run('令和９年４月１日', 59, 230),
    run('― １２ ―', 275, 363),
  ];

  it('reads each label with its answer, row by row', () => {
    const lines = layout(runs);
    const accident = lines.find((l) => l.text.startsWith('事故が起きたら'));
    expect(accident?.text).toBe('事故が起きたら 事業者は漏えい等を知ってから１時間以内に市へ電話し、市は３日以内に報告する。');
    const texts = lines.map((l) => l.text);
    expect(texts.indexOf('■ 開始時期')).toBeGreaterThan(texts.indexOf(accident!.text));
  });
});

describe('rows a line height apart', () => {
  // An agenda table (番号｜件名｜資料) under 「１ 開会」「２ 議題」, one line per row, evenly spaced.
  const runs = [
    run('１ 開会', 48, 154), run('２ 議題', 48, 182),
    run('番号', 83, 206), run('件名', 268, 206), run('資料', 442, 206),
    run('諮問第１２号', 54, 228), run('市民税・県民税申告書等のデータ入力業務の委託について', 144, 228), run('資料１', 423, 228),
    run('諮問第１３号', 54, 251), run('青桐中央公園への防犯カメラの設置について', 144, 251), run('資料２', 423, 251),
    run('諮問第１４号', 54, 272), run('健康管理システムへの記録項目の追加について', 144, 272), run('資料３', 423, 272),
  ];

  it('reads one row per line, the number with its title', () => {
    const texts = layout(runs).map((l) => l.text);
    expect(texts).toContain('諮問第１３号 青桐中央公園への防犯カメラの設置について 資料２');
    expect(texts).toContain('２ 議題');
  });
});

describe('a remarks column set apart from its checklist by a wide gutter', () => {
  // No | 確認項目 | 確認 on the left, 備考 far to the right with notes wrapped over two lines, under two caption lines that
  // cross the No column's gutter (set 166, p04). Both sides looked like wrapped text, so the notes were read after the
  // whole table, and each numbered row stood alone as a heading.
  const caption = [run('業務名：統計調査票等の溶解処理業務 担当課：企画財政課', 48, 109), run('凡例：○＝実施する ×＝実施しない －＝該当しない', 48, 127)];
  const rows: [number, string, string, string[]][] = [
    [173, '委託契約書に特記事項を添付する', '○', ['町の標準特記事項を使用']],
    [197, '再委託を禁止する', '○', ['収集運搬も受託者が自ら行う。再', '委託は一切認めない。']],
    [233, '従事者を特定し、名簿を提出させる', '○', ['運搬及び投入の従事者３名']],
    [270, '作業場所への立入検査を行う', '×', ['立入検査は行わないが、運搬から', '投入まで職員が同行し立ち会う。']],
    [306, '運搬時に施錠した容器を使用する', '○', ['施錠付きコンテナ、封印シール。', '途中の立ち寄りは禁止。']],
    [343, '廃棄を証明する書類を提出させる', '○', ['溶解証明書（日時、重量、立会者）']],
    [366, '電子データの暗号化を行う', '－', ['紙媒体のみ']],
    [390, '従事者に対する教育を行う', '○', ['受託者において適宜実施']],
    [414, '事故発生時の報告体制を定める', '○', ['特記事項のとおり']],
  ];
  const table = [run('No', 56, 151), run('確認項目', 150, 151), run('確認', 340, 151), run('備考', 452, 151)];
  rows.forEach(([y, item, mark, notes], k) => {
    table.push(run(String(k + 1), 60, y), run(item, 90, y), run(mark, 349, y));
    notes.forEach((n, j) => table.push(run(n, 384, y + 14 * j)));
  });

  it('reads each note in its row', () => {
    const lines = layout([...caption, ...table]);
    expect(lines[0].text.startsWith('業務名')).toBe(true);
    expect(lines.find((l) => l.text.startsWith('2 '))?.cells).toEqual(['2', '再委託を禁止する', '○', '収集運搬も受託者が自ら行う。再委託は一切認めない。']);
    expect(lines.find((l) => l.text.startsWith('4 '))?.cells?.[3]).toBe('立入検査は行わないが、運搬から投入まで職員が同行し立ち会う。');
    expect(lines.some((l) => l.text === '委託は一切認めない。')).toBe(false);
  });
});

describe('a remarks column whose caption line runs on across the gutter (set 276)', () => {
  // 番号 | 確認項目 | 確認 on the left, 備考 far to the right; the caption 「（…が記入。○：実施する ×：実施しない」 has its last
  // words 「該当なし：当該業務にない）」 set apart over the remarks column. The remarks were read as a column of their own,
  // after the table, and the caption's end was read with them.
  const rows: [string, string, string][] = [
    ['保存データの暗号化', '○', 'ＡＥＳ２５６（受託者の標準仕様）'],
    ['多要素認証', '×', '今後検討する'],
    ['脆弱性診断', '○', '受託者が年２回実施'],
    ['従事者への研修', '○', '受託者が年１回実施し、受講記録を町に提出'],
    ['作業場所の施錠・入退室管理', '×', '―'],
  ];
  const runs = (withTail: boolean) => {
    const out = [run('（保健福祉課が記入。○：実施する ×：実施しない', 48, 106), run('番号', 58, 131), run('確認項目', 90, 131), run('確認', 262, 131), run('備考', 417, 131)];
    if (withTail) out.push(run('該当なし：当該業務にない）', 311, 106));
    rows.forEach(([item, mark, note], k) => {
      const y = 153 + 22 * k;
      out.push(run(String(k + 1), 58, y), run(item, 90, y), run(mark, 265, y), run(note, 314, y));
    });
    return out;
  };

  it('reads each remark in its row and the caption whole', () => {
    const lines = layout(runs(true));
    expect(lines[0].text).toBe('（保健福祉課が記入。○：実施する ×：実施しない 該当なし：当該業務にない）');
    expect(lines.find((l) => l.text.startsWith('3 '))?.cells).toEqual(['3', '脆弱性診断', '○', '受託者が年２回実施']);
    expect(lines.some((l) => l.text === '受託者が年２回実施')).toBe(false);
  });

  it('reads the same table without the caption\'s tail the same way', () => {
    const lines = layout(runs(false));
    expect(lines.find((l) => l.text.startsWith('4 '))?.cells).toEqual(['4', '従事者への研修', '○', '受託者が年１回実施し、受講記録を町に提出']);
  });
});

describe('a note wrapped over three lines beside a label wrapped over two', () => {
  // The gap under the label's second line is wider than the leading inside the label, so it was taken for a row
  // boundary and cut the note inside a word (set 124, p03: 「…学級担任については、必」 over 「要に応じて閲覧させる。」).
  const runs = [
    run('No.', 55, 117), run('チェック項目', 90, 117), run('対応', 258, 117), run('具体的な内容', 340, 117),
    run('1', 55, 138, 12), run('システムを利用できる者を限', 84, 138, 12), run('○', 262, 138, 12),
    run('定しているか', 84, 151), run('栄養教諭２名と調理主任に限る。学級担', 300, 138), run('任については、必要に応じて閲覧させ', 300, 153), run('る。', 300, 168),
    run('2', 55, 189, 12), run('利用者ごとにＩＤを設定しているか', 84, 189), run('○', 262, 189, 12), run('利用者ごとにＩＤを付与し、パスワード', 300, 189), run('は１２桁以上とする。', 300, 204),
  ];

  it('keeps the note in one cell', () => {
    const lines = layout(runs);
    expect(lines.find((l) => l.text.startsWith('1 '))?.cells?.[3]).toBe('栄養教諭２名と調理主任に限る。学級担任については、必要に応じて閲覧させる。');
    expect(lines.some((l) => l.text.startsWith('る。'))).toBe(false);
  });
});

describe('a column of labels far narrower than the column beside it (an A3 「項目｜内容」 sheet, set 175)', () => {
  // The labels reach 14 characters (wider than a label column was allowed to be), the contents 60: the sides were read
  // one after the other, every label apart from its content.
  const rows: [number, string, string[]][] = [
    [190, '導入の目的', ['町内では、防犯協会の隊員１２０名が青色回転灯を装備した自動車による自主防犯パトロールを行っている。隊員名簿と', '活動記録は紙で管理しているため、スマートフォンで入力できる事業者のクラウドサービスを導入する。']],
    [227, '対象となる個人の範囲', ['防犯協会の青パト隊員（令和８年１０月現在 １２０名）']],
    [250, '記録する個人情報の項目', ['隊員の氏名、住所、電話番号、生年月日、運転免許証の有効期限、使用車両の登録番号、所属班、活動日時、活動経路。']],
    [273, '⑥ データセンター・認証の取得', ['データセンターは国内に所在し、事業者はＩＳＯ∕ＩＥＣ２７０１７の認証を取得している。']],
    [296, '⑩ 操作ログ', ['操作ログは事業者が保存し、町が毎月１回閲覧して点検する。']],
  ];
  const runs = rows.flatMap(([y, label, lines]) => [run(label, 49, y), ...lines.map((t, k) => run(t, 226, y + 15 * k))]);

  it('reads each label with its content', () => {
    const lines = layout(runs);
    expect(lines.find((l) => l.text.startsWith('対象となる個人の範囲'))?.cells).toEqual(['対象となる個人の範囲', '防犯協会の青パト隊員（令和８年１０月現在 １２０名）']);
    expect(lines.find((l) => l.text.startsWith('導入の目的'))?.cells?.[1]).toContain('活動記録は紙で管理しているため');
  });
});

describe('a borderless checklist between a note above and a note below that run across its gutters (sets 162, 175)', () => {
  // No | 点検項目 (wrapped) | 状況 | 備考 (wrapped), with 「記入欄 ○：…」 above and 「（点検者：…）」 below: with the note below in the
  // region no gutter ran its whole height, and each row's second line mixed the label's end with the remark's end
  // (「管している ーで廃棄」).
  const runs = [
    run('記入欄 ○：実施している ×：実施していない －：該当しない', 59, 91),
    run('No.', 57, 117), run('点検項目', 120, 117), run('状況', 262, 117), run('備考', 380, 117),
    run('1', 63, 138), run('照会を行う職員を限定している', 85, 138), run('○', 265, 138), run('交通対策課の職員３名', 300, 138),
    run('2', 63, 160), run('印刷した照会結果は施錠できる', 85, 160), run('○', 265, 160), run('返還通知の発送後、一定期間経過後', 300, 160),
    run('書庫に保管している', 85, 175), run('にシュレッダーで廃棄', 300, 175),
    run('3', 63, 197), run('事故発生時の連絡体制を定め', 85, 197), run('○', 265, 197), run('漏えい等を知った日から２日以内', 300, 197),
    run('ている', 85, 212), run('に相互に連絡する', 300, 212),
    run('（点検者：交通対策課長 令和８年１０月２０日点検）', 59, 232),
  ];

  it('reads each row with its wrapped cells whole, the notes apart', () => {
    const lines = layout(runs);
    expect(lines.find((l) => l.text.startsWith('2 '))?.cells).toEqual(['2', '印刷した照会結果は施錠できる書庫に保管している', '○', '返還通知の発送後、一定期間経過後にシュレッダーで廃棄']);
    expect(lines[lines.length - 1].text).toBe('（点検者：交通対策課長 令和８年１０月２０日点検）');
    expect(lines.some((l) => l.text.includes('管している にシュレッダー'))).toBe(false);
  });
});
