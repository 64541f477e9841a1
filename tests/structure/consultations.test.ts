import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';
import { BUNDLE, FORM, MINUTES, NEWSLETTER, PIA_WITH_TOC, SCATTERED, SINGLE, TABLE, TWO_COLUMN } from '../fixtures/structure/samples.ts';

describe('one consultation', () => {
  const s = analyzeStructure(makeDoc(SINGLE));
  it('is detected with its signals', () => {
    expect(s.detection.isConsultation).toBe(true);
    expect(s.detection.score).toBeGreaterThanOrEqual(0.5);
    expect(s.detection.signals.join(' ')).toMatch(/number_heading/);
  });
  it('has number, title, type, pages and a primary section over the page break', () => {
    expect(s.consultations).toHaveLength(1);
    const c = s.consultations[0];
    expect(c.number).toBe('諮問第12号');
    expect(c.title).toBe('国民健康保険被保険者証作成等業務の外部委託について');
    expect(c.types).toEqual(['outsourcing']);
    expect([c.pageStart, c.pageEnd]).toEqual([1, 2]);
    expect(c.securitySections).toHaveLength(1);
    const sec = c.securitySections[0];
    expect(sec.heading).toBe('# 3 個人情報保護対策'.slice(2));
    expect([sec.pageStart, sec.pageEnd, sec.role]).toEqual([1, 2, 'primary']);
    expect(sec.text).toContain('暗号化機能付きUSBメモリ');
    expect(sec.text).not.toContain('今後のスケジュール');
    expect(sec.text).not.toMatch(/^資料3$/m);
    expect(sec.lines.length).toBe(sec.text.split('\n').length);
  });
});

describe('a bundle', () => {
  const s = analyzeStructure(makeDoc(BUNDLE));
  it('finds the two consultations, not the agenda, report, reference or minutes', () => {
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第501号', 3, 5],
      ['諮問第502号', 6, 7],
    ]);
  });
  it('reads title and types from the 諮問書', () => {
    const [a, b] = s.consultations;
    expect(a.title).toBe('図書館資料の督促におけるSMS送信サービスの導入について');
    expect(a.types.sort()).toEqual(['external_linkage', 'outsourcing']);
    expect(b.types).toEqual(['system_change']);
  });
  it("gives each item its own measures, not the report's 再発防止策 or the reference 特記事項", () => {
    const [a, b] = s.consultations;
    expect(a.securitySections.map((x) => x.heading)).toEqual(['2 個人情報の保護措置等']);
    expect(b.securitySections.map((x) => [x.heading, x.pageStart])).toEqual([['第2 セキュリティ・保護対策', 7]]);
    const all = s.consultations.flatMap((c) => c.securitySections.map((x) => x.text)).join('\n');
    expect(all).not.toContain('封入作業');
    expect(all).not.toContain('第6条');
  });
});

describe('table of contents trap (PIA)', () => {
  const s = analyzeStructure(makeDoc(PIA_WITH_TOC));
  it('takes the chapter, not its line in the 項目一覧', () => {
    const c = s.consultations[0];
    expect(c.types).toEqual(['pia']);
    expect(c.securitySections.map((x) => [x.heading, x.pageStart, x.pageEnd])).toEqual([['Ⅲ リスク対策', 4, 4]]);
    expect(c.securitySections[0].text).toContain('本人確認書類');
    expect(c.securitySections[0].text).not.toContain('市民課');
  });
  it('reports a 「リスクに対する措置の内容」 row as form_row when no chapter holds it', () => {
    const pages = PIA_WITH_TOC.map((p) => p.filter((l) => !l.includes('Ⅲ')));
    const c = analyzeStructure(makeDoc(pages)).consultations[0];
    expect(c.securitySections.map((x) => x.role)).toEqual(['form_row']);
    expect(c.securitySections[0].text).toContain('本人確認書類');
  });
});

describe('measures without a named section', () => {
  it('finds bullets under 「運用に向けて」 as scattered', () => {
    const c = analyzeStructure(makeDoc(SCATTERED)).consultations[0];
    expect(c.types.sort()).toEqual(['external_linkage', 'outsourcing']);
    expect(c.securitySections.map((x) => [x.heading, x.role])).toEqual([['3 運用に向けて', 'scattered']]);
  });
});

describe('a table of measures', () => {
  it('keeps table rows as the body of the section', () => {
    const c = analyzeStructure(makeDoc(TABLE)).consultations[0];
    expect(c.number).toBe('諮問第14号');
    expect(c.types.sort()).toEqual(['external_linkage', 'system_change']);
    const sec = c.securitySections[0];
    expect([sec.heading, sec.pageStart]).toEqual(['3 セキュリティ対策', 2]);
    expect(sec.text.split('\n')).toHaveLength(4);
    expect(sec.lines[1].cells).toEqual(['利用者の管理', '利用者の限定', 'システムを利用できる者は各施設2名以内に限定する。']);
  });
});

describe('not consultations', () => {
  it('minutes quoting numbers and safeguards', () => {
    const s = analyzeStructure(makeDoc(MINUTES));
    expect(s.detection.isConsultation).toBe(false);
    expect(s.detection.signals.join(' ')).toMatch(/minutes/);
    expect(s.consultations).toEqual([]);
  });
  it('a newsletter', () => {
    const s = analyzeStructure(makeDoc(NEWSLETTER));
    expect(s.detection.isConsultation).toBe(false);
    expect(s.detection.signals.join(' ')).toMatch(/newsletter/);
  });
  it('an empty document', () => {
    expect(analyzeStructure(makeDoc([[]])).detection.isConsultation).toBe(false);
  });
});

describe('a form whose left cells are headings', () => {
  it('reports the row 「個人情報の保護措置」 with its continuation rows as form_row', () => {
    const c = analyzeStructure(makeDoc(FORM)).consultations[0];
    expect(c.number).toBe('諮問第20号');
    expect(c.securitySections.map((x) => [x.heading, x.role])).toEqual([['個人情報の保護措置', 'form_row']]);
    expect(c.securitySections[0].text).toContain('入退室を記録する');
    expect(c.securitySections[0].text).not.toContain('委託期間');
  });
});

describe('letter-spaced 諮問書 title split into items on one baseline', () => {
  it('still opens the consultation on the 諮問書 page', () => {
    const doc = makeDoc(BUNDLE);
    for (const p of doc.pages) {
      const k = p.lines.findIndex((l) => l.text === '諮 問 書');
      if (k < 0) continue;
      const t = p.lines[k];
      p.lines.splice(k, 1, ...['諮', '問', '書'].map((ch, j) => ({ ...t, text: ch, x: 250 + j * 32, width: 16 })));
    }
    const s = analyzeStructure(doc);
    expect(s.consultations.map((c) => [c.number, c.pageStart])).toEqual([
      ['諮問第501号', 3],
      ['諮問第502号', 6],
    ]);
    expect(s.detection.signals.join(' ')).toMatch(/shimonsho/);
  });
});

describe('a two-column layout read as rows', () => {
  it('puts the columns back in order and finds the section in the right column', () => {
    const c = analyzeStructure(makeDoc(TWO_COLUMN)).consultations[0];
    expect(c.types.sort()).toEqual(['external_linkage', 'outsourcing']);
    expect(c.securitySections.map((x) => x.heading)).toEqual(['5 個人情報保護対策']);
    expect(c.securitySections[0].text.split('\n')).toHaveLength(3);
  });
});

describe('a packet that opens with the previous minutes', () => {
  it('is consultation material because 諮問書 pages follow', () => {
    const filler = Array.from({ length: 5 }, (_, k) => [`○委員 質問${k}。`, `○事務局 回答${k}。`, '○会長 了承する。']);
    const doc = makeDoc([...MINUTES, ...filler, ...BUNDLE.slice(2, 7)]);
    const s = analyzeStructure(doc);
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第501号', '諮問第502号']);
  });
});

describe('measures under a label printed like body text', () => {
  it('takes a bare 「個人情報の保護措置」 label with indented contents as a form row', () => {
    const pages = [
      [
        '# 要介護認定調査票等のデータ入力業務の外部委託について（諮問第20号）',
        '委託の内容',
        '> 調査票の記載内容を受託者の作業室でシステムに入力する。',
        '個人情報の保護措置',
        '> 再委託は禁止する。',
        '> 作業室は施錠し、入退室を記録する。',
        '委託期間',
        '> 令和5年4月1日から令和6年3月31日まで',
      ],
    ];
    const c = analyzeStructure(makeDoc(pages)).consultations[0];
    expect(c.securitySections.map((x) => [x.heading, x.role, x.text.split('\n').length])).toEqual([['個人情報の保護措置', 'form_row', 2]]);
  });
  it('takes 「個人情報の取扱いについて」 when nothing else names the measures', () => {
    const pages = [
      [
        '# メール配信サービスの導入について（諮問第19号）',
        '1 目的',
        '保護者に迅速に連絡するため導入する。',
        '2 個人情報の取扱いについて',
        '・取り扱う個人情報は氏名及びメールアドレスに限る。',
        '3 スケジュール',
        '令和5年4月 運用開始',
      ],
    ];
    const c = analyzeStructure(makeDoc(pages)).consultations[0];
    expect(c.securitySections.map((x) => [x.heading, x.role])).toEqual([['2 個人情報の取扱いについて', 'scattered']]);
  });
});

describe('a single item with a cover page', () => {
  it('starts on the cover', () => {
    const s = analyzeStructure(makeDoc([['## 諮問資料', '## 東雲市 市民生活部'], ...BUNDLE.slice(2, 5)]));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第501号', 1, 4]]);
  });
});

describe('items that start mid-page', () => {
  it('splits at 〔諮問第N号〕 and keeps each item its own measures', () => {
    const pages = [
      [
        '〔諮問第480号〕予診票印字・送付業務委託について',
        '1 諮問事項 個人情報を取り扱う業務の外部委託',
        '2 個人情報の保護措置',
        '(1) 受託者に特記事項を遵守させる。',
        '(2) データは暗号化して受け渡す。',
        '〔諮問第481号〕図書館督促のショートメッセージ送信について',
        '1 諮問事項 区の機関以外のものとの外部結合',
      ],
      ['2 個人情報の保護措置', '(1) 管理画面には二要素認証でログインする。', '3 スケジュール', '令和5年4月 開始'],
    ];
    const s = analyzeStructure(makeDoc(pages));
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd, c.types.join('+')])).toEqual([
      ['諮問第480号', 1, 1, 'outsourcing'],
      ['諮問第481号', 1, 2, 'external_linkage'],
    ]);
    expect(s.consultations[0].securitySections.map((x) => x.text)).toEqual(['(1) 受託者に特記事項を遵守させる。\n(2) データは暗号化して受け渡す。']);
    expect(s.consultations[1].securitySections.map((x) => [x.pageStart, x.text])).toEqual([[2, '(1) 管理画面には二要素認証でログインする。']]);
  });
});

describe('detectDocument (first pages only)', () => {
  it('agrees with the full analysis on a bundle and on minutes', async () => {
    const { detectDocument } = await import('../../lib/structure/index.ts');
    expect(detectDocument(makeDoc(BUNDLE).pages).isConsultation).toBe(true);
    expect(detectDocument(makeDoc(MINUTES).pages).isConsultation).toBe(false);
  });
});
