import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/analysis/schema.ts';
import { renderReport } from '../../lib/report/text-report.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

describe('readable report', () => {
  it('shows a safeguard table per consultation, the vague phrases and numbered questions', () => {
    const text = ['第1 目的', '研修の実施を予定している。', '5 個人情報保護対策', '(1) 再委託は禁止する。', '(2) 従事者には必要に応じて研修を行う。'].join('\n');
    const doc = makeDoc([{ text, label: '3' }]);
    const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 個人情報保護対策', page: 1 }] });
    const r = reviewConsultation(c, doc);
    const a: Analysis = {
      schema: 'analysis@1', file: 'x.pdf', sha256: '0'.repeat(64), pageCount: 1,
      pages: doc.pages.map((p) => ({ index: p.index, label: p.label, hasText: true, text: p.text })),
      detection: { isConsultation: true, score: 1, signals: [] },
      consultations: [{ ...c, securitySections: c.securitySections.map(({ heading, pageStart, pageEnd, text: t }) => ({ heading, pageStart, pageEnd, text: t })), ...r }],
      error: null,
    };
    const out = renderReport(a);
    expect(out).toContain('| 安全措置 | 判定 | 根拠（ページ・箇所・引用） |');
    expect(out).toContain('| 再委託の制限 | 記載あり | p.1（3） 対策節「(1) 再委託は禁止する。」 |');
    expect(out).toContain('| 研修・教育 | 曖昧 | p.1（3） 対策節「(2) 従事者には必要に応じて研修を行う。」 |');
    expect(out).toMatch(/\| 委託先の監督（立入検査・報告） \| 記載なし \| — \|/);
    expect(out).toContain('「必要に応じて研修を行う」 — 「必要に応じて」');
    expect(out).toMatch(/\n1\. 3ページの「5 個人情報保護対策」には/);
    // missing rows come before vague before present
    expect(out.indexOf('記載なし |')).toBeLessThan(out.indexOf('曖昧 |'));
    expect(out.indexOf('曖昧 |')).toBeLessThan(out.indexOf('記載あり |'));
  });
});
