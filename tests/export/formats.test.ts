/** Every format from the same fixture: same questions, same order, hostile text kept inert. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildExportModel,
  escapeMarkdown,
  neutraliseFormula,
  tableRows,
  toCsv,
  toMarkdown,
  toText,
  toTsv,
  TABLE_HEADER,
} from '../../lib/export/index.ts';
import { exportQuestions } from '../../lib/export/cli-format.ts';
import { input, questions, EXPECTED_ORDER } from './fixture.ts';

const model = buildExportModel(input);
const expectedTexts = EXPECTED_ORDER.map((id) => questions.find((q) => q.id === id)!.text);

/** Position of each expected question in a rendered string (must be increasing). */
function positions(out: string, texts: string[], transform = (s: string) => s): number[] {
  return texts.map((t) => out.indexOf(transform(t.split('\n')[0])));
}

describe('table rows (CSV/TSV source)', () => {
  it('has a header and one row per selected question, with 諮問番号, 件名, 資料頁, quote, question', () => {
    const rows = tableRows(model);
    expect(rows[0]).toEqual([...TABLE_HEADER]);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toEqual([
      '1',
      '山田 花子',
      '諮問第480号',
      'おたふくかぜワクチン任意予防接種実施にかかる対象者データ抽出と予診票印字・送付業務委託',
      '別紙1',
      '作業終了後、速やかに「データを消去」する。, 必要に応じて',
      '削除の確認方法について、\n立会いの有無と、削除証明書の提出時期を教えてください。',
    ]);
    expect(rows.slice(1).map((r) => r[6])).toEqual(expectedTexts);
  });
});

describe('CSV', () => {
  const csv = toCsv(model);

  it('starts with a UTF-8 BOM and uses CRLF line ends only', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r]/);
  });

  it('quotes per RFC 4180 and parses back to the same cells, formulas neutralised', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    const expected = tableRows(model).map((r) => r.map(neutraliseFormula));
    expect(parsed).toEqual(expected);
    expect(csv).toContain('"作業終了後、速やかに「データを消去」する。, 必要に応じて"');
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""クリック"")');
  });

  it('neutralises every cell that starts with = + - @ tab or CR, and only those', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.flat();
    for (const cell of parsed) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(parsed).toContain("'-（ハイフン始まり）再委託先の一覧を示してください。@担当");
    expect(parsed).toContain("'+ 再委託は原則禁止");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
    expect(neutraliseFormula('=1\n2')).toBe("'=1\n2");
    expect(neutraliseFormula('質問 = 1')).toBe('質問 = 1');
  });
});

describe('TSV (clipboard for Excel)', () => {
  const tsv = toTsv(model);
  it('has one line per row, tab-separated, cells with tabs/newlines/quotes quoted', () => {
    const parsed = Papa.parse<string[]>(tsv, { delimiter: '\t', newline: '\r\n', skipEmptyLines: true }).data;
    expect(parsed).toEqual(tableRows(model).map((r) => r.map(neutraliseFormula)));
    expect(tsv.split('\r\n')[0]).toBe(TABLE_HEADER.join('\t'));
  });
});

describe('plain text', () => {
  const text = toText(model);
  it('holds title, member, and every question numbered in order under its consultation', () => {
    expect(text).toContain('杉並区情報公開・個人情報保護審議会 令和7年度第3回（2025-07-10）事前質問');
    expect(text).toContain('委員: 山田 花子');
    const pos = positions(text, expectedTexts);
    expect(pos.every((p) => p >= 0)).toBe(true);
    expect([...pos].sort((a, b) => a - b)).toEqual(pos);
    expect(text).toContain('■ 諮問第480号　おたふくかぜ');
    expect(text).toContain('1. 【別紙1】');
    expect(text).toContain('   該当箇所: 「パスワードは定期的に変更する」');
    expect(text).toContain('6.\n   質問: 資料全体について');
    expect(text.indexOf('■ 諮問第480号')).toBeLessThan(text.indexOf('■ 諮問第481号'));
    expect(text).not.toContain('選択されていない質問');
    expect(text).not.toContain('削除済みの質問');
  });
});

describe('Markdown', () => {
  const md = toMarkdown(model);
  it('has a heading per consultation and every question in order', () => {
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(4);
    const pos = positions(md, expectedTexts, (s) => escapeMarkdown(s).slice(0, 12));
    expect(pos.every((p) => p >= 0)).toBe(true);
    expect([...pos].sort((a, b) => a - b)).toEqual(pos);
    expect(md).toContain('**1.** 別紙1');
  });
  it('never lets PDF text become HTML or Markdown syntax', () => {
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toMatch(/(^|[^\\])<b>/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('- 箇条')).toBe('\\- 箇条');
    expect(escapeMarkdown('1. 番号')).toBe('1\\. 番号');
    expect(escapeMarkdown('# 見出し *強調* [リンク](x)')).toBe('\\# 見出し \\*強調\\* \\[リンク\\](x)');
  });
});

describe('command-line formats share the module', () => {
  it('prints each format for an analysis result', () => {
    const sha = 'c'.repeat(64);
    const analysis = {
      schema: 'analysis@1' as const,
      file: '/tmp/諮問資料.pdf',
      sha256: sha,
      pageCount: 2,
      pages: [
        { index: 1, label: '1', hasText: true, text: '' },
        { index: 2, label: '2', hasText: true, text: '' },
      ],
      detection: { isConsultation: true, score: 1, signals: [] },
      consultations: [
        {
          number: '諮問第1号',
          title: '業務委託',
          types: ['outsourcing' as const],
          pageStart: 1,
          pageEnd: 2,
          securitySections: [],
          safeguards: [],
          vaguePhrases: [],
          questions: [{ text: '=再委託の有無は？', safeguard: null, page: 2, quote: '再委託' }],
        },
      ],
      error: null,
    };
    expect(exportQuestions([analysis], 'txt')).toContain('1. 【P.2】\n   該当箇所: 「再委託」\n   質問: =再委託の有無は？');
    expect(exportQuestions([analysis], 'csv')).toContain('1,,諮問第1号,業務委託,P.2,再委託,"\'=再委託の有無は？"\r\n');
    expect(exportQuestions([analysis], 'tsv')).toContain("1\t\t諮問第1号\t業務委託\tP.2\t再委託\t'=再委託の有無は？");
    expect(exportQuestions([analysis], 'md')).toContain('## 諮問第1号　業務委託');
    expect(exportQuestions([analysis], 'eml')).toContain('X-Unsent: 1\r\n');
    expect(() => exportQuestions([analysis], 'xls')).toThrow(/unknown export format/);
  });
});
