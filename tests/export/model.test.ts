import { describe, expect, it } from 'vitest';
import { buildExportModel, joinQuoteLines, pageText, UNASSIGNED_TITLE } from '../../lib/export/model.ts';
import { EXPECTED_ORDER, input } from './fixture.ts';

describe('buildExportModel', () => {
  const model = buildExportModel(input);

  it('keeps only selected, non-deleted questions, in agenda order, numbered 1..N', () => {
    const ids = model.groups.flatMap((g) => g.items.map((i) => i.questionId));
    expect(ids).toEqual(EXPECTED_ORDER);
    expect(model.groups.flatMap((g) => g.items.map((i) => i.no))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(model.total).toBe(6);
  });

  it('groups by consultation: document order, then consultation order; unassigned last per document', () => {
    expect(model.groups.map((g) => g.number)).toEqual(['諮問第480号', '諮問第481号', '諮問第482号', null]);
    expect(model.groups[3].title).toBe(UNASSIGNED_TITLE);
    expect(model.groups[3].docTitle).toBe('資料2 追加資料');
  });

  it('uses the printed page label, and says so when only the PDF page is known', () => {
    const items = model.groups.flatMap((g) => g.items);
    expect(items.map(pageText)).toEqual(['別紙1', 'P.46', 'PDF 15枚目', 'P.12', 'P.3', '']);
  });

  it('follows the order of the documents list, not the order of records', () => {
    const swapped = buildExportModel({ ...input, documents: [...input.documents].reverse() });
    expect(swapped.groups.map((g) => g.number)).toEqual(['諮問第482号', null, '諮問第480号', '諮問第481号']);
  });

  it('is empty (total 0) when nothing is selected', () => {
    const none = buildExportModel({ ...input, questions: input.questions.map((q) => ({ ...q, selected: false })) });
    expect(none.total).toBe(0);
    expect(none.groups).toEqual([]);
  });

  it('joins the PDF line wraps inside a quote, but keeps the member\'s line breaks in questions', () => {
    expect(joinQuoteLines('保存するデータは適切に管理\nする')).toBe('保存するデータは適切に管理する');
    expect(joinQuoteLines('TLS 1.2\nwith AES\r\n　以上')).toBe('TLS 1.2 with AES以上');
    const m = buildExportModel({
      ...input,
      questions: [{ ...input.questions[1], text: '一行目\n二行目', anchor: { page: 2, pageLabel: '2', quote: '適切に管理\nする' } }],
    });
    expect(m.groups[0].items[0]).toMatchObject({ quote: '適切に管理する', question: '一行目\n二行目' });
  });
});
