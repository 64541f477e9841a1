/** A finding printed word for word on many pages is asked once, citing its first page and the count of the others. */
import { expect, it } from 'vitest';
import { draftQuestions, type Issue } from '../../lib/review/questions.ts';
import type { TextDocument } from '../../lib/text/types.ts';

const doc: TextDocument = {
  pageCount: 40,
  pages: Array.from({ length: 40 }, (_, i) => ({ index: i + 1, label: String(i + 1), hasText: true, width: 595, height: 842, lines: [], text: '' })),
};

it('merges a repeated vague phrase into one question with 「ほかNか所」', () => {
  const quote = 'データは適切に管理する';
  const issues: Issue[] = Array.from({ length: 40 }, (_, i) => ({ kind: 'phrase', ruleAsk: '管理の方法を具体的にお示しください。', id: 'encryption_rest', page: i + 1, unit: i, quote, priority: 50 }));
  const qs = draftQuestions(issues, doc, []);
  expect(qs).toHaveLength(1);
  expect(qs[0].page).toBe(1);
  expect(qs[0].text).toContain('1ページ（ほか39か所）に「データは適切に管理する」');
  expect(qs[0].text).toMatch(/ください。$/);
});

it('keeps different sentences apart and does not count the same page twice', () => {
  const issues: Issue[] = [
    { kind: 'phrase', ruleAsk: '頻度をお示しください。', id: null, page: 2, unit: 1, quote: '定期的に確認する', priority: 50 },
    { kind: 'phrase', ruleAsk: '頻度をお示しください。', id: null, page: 2, unit: 2, quote: '定期的に確認する', priority: 50 },
    { kind: 'phrase', ruleAsk: '頻度をお示しください。', id: null, page: 3, unit: 3, quote: '定期的に研修を行う', priority: 50 },
  ];
  const qs = draftQuestions(issues, doc, []);
  expect(qs.map((q) => q.quote)).toEqual(['定期的に確認する', '定期的に研修を行う']);
  expect(qs[0].text).not.toContain('ほか');
});
