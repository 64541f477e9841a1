// @vitest-environment happy-dom
/** The A4 「事前質問票」: fields, order, page breaks, hostile text stays text. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { mount } from '../helpers/mount.ts';
import { buildExportModel } from '../../lib/export/model.ts';
import { buildPrintModel, estimateLines, PAGE_LINES } from '../../lib/export/print.ts';
import { PrintSheet } from '../../components/export/PrintSheet.tsx';
import { input, questions } from './fixture.ts';

const model = buildExportModel(input);


describe('print model', () => {
  it('keeps a short list on one page (no breaks)', () => {
    const pm = buildPrintModel(model);
    expect(pm.sections.map((s) => s.breakBefore)).toEqual([false, false, false, false]);
    expect(pm.sections.map((s) => s.number)).toEqual(['諮問第480号', '諮問第481号', '諮問第482号', '']);
  });

  it('starts long consultations on a new page when the sheet is longer than one page', () => {
    const long = 'この質問は長い文章です。'.repeat(30);
    const many = questions.map((q) => (q.consultationId?.endsWith(':1') ? { ...q, text: long } : q));
    const pm = buildPrintModel(buildExportModel({ ...input, questions: many }));
    expect(estimateLines(pm.sections[1].rows)).toBeGreaterThan(PAGE_LINES / 3);
    // 481 is long: it starts a page, and so does the consultation after it; 480 and the unassigned stay.
    expect(pm.sections.map((s) => s.breakBefore)).toEqual([false, true, true, false]);
  });
});

describe('PrintSheet', () => {
  it('shows 委員名, 会議名, 諮問番号, 資料頁 and 質問 in export order', () => {
    const root = mount(<PrintSheet model={buildPrintModel(model)} />);
    expect(root.querySelector('h1')!.textContent).toBe('事前質問票');
    expect(root.querySelector('[data-field="memberName"]')!.textContent).toBe('山田 花子');
    expect(root.querySelector('[data-field="meetingName"]')!.textContent).toBe('杉並区情報公開・個人情報保護審議会 令和7年度第3回');
    expect([...root.querySelectorAll('h2 .number')].map((e) => e.textContent)).toEqual(['諮問第480号', '諮問第481号', '諮問第482号']);
    const rows = [...root.querySelectorAll('table.questions tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows[1]).toEqual(['2', 'P.46', 'パスワードは定期的に変更する', 'パスワードの変更頻度と、変更を誰が確認するのかを教えてください。']);
    expect(rows[0][3]).toBe('削除の確認方法について、\n立会いの有無と、削除証明書の提出時期を教えてください。');
  });

  it('renders PDF text as text, never as HTML', () => {
    const root = mount(<PrintSheet model={buildPrintModel(model)} />);
    expect(root.querySelector('article img, article b, article script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.textContent).toContain('<b>保護者のメールアドレス</b>を登録する');
  });

  it('has A4 page rules, Japanese fonts and page-break classes', () => {
    const long = 'この質問は長い文章です。'.repeat(30);
    const many = questions.map((q) => (q.consultationId?.endsWith(':1') ? { ...q, text: long } : q));
    const root = mount(<PrintSheet model={buildPrintModel(buildExportModel({ ...input, questions: many }))} />);
    const css = root.querySelector('style')!.textContent!;
    expect(css).toContain('size: A4 portrait');
    expect(css).toMatch(/Noto Sans CJK JP/);
    expect(css).toContain('break-before: page');
    expect(root.querySelector('article')!.getAttribute('lang')).toBe('ja');
    expect([...root.querySelectorAll('section')].map((s) => s.classList.contains('break-before'))).toEqual([false, true, true, false]);
    // short consultations are kept whole (heading never orphaned); the long one may split
    expect([...root.querySelectorAll('section')].map((s) => s.classList.contains('keep'))).toEqual([true, false, true, true]);
    expect(css).toContain('.print-sheet section.keep { break-inside: avoid; }');
  });

  it('says so when nothing is selected', () => {
    const root = mount(<PrintSheet model={buildPrintModel(buildExportModel({ ...input, questions: [] }))} />);
    expect(root.querySelector('.empty')!.textContent).toContain('印刷する質問がありません');
  });
});
