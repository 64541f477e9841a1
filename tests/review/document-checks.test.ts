/** 「ア・イの両方か」 lists and two sentences that disagree (lib/review/data/document-checks.ts). */
import { describe, expect, it } from 'vitest';
import { reviewConsultation } from '../../lib/review/index.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

function review(lines: string[]) {
  const doc = makeDoc([['受託者（委託先）に業務を委託する。', '5 保護措置', ...lines, '6 予定'].join('\n')]);
  const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 保護措置', page: 1, until: '6 予定' }] });
  return reviewConsultation(c, doc);
}
const choice = (r: ReturnType<typeof review>) => r.questions.filter((q) => q.text.includes('いずれか一つでよいのでしょうか'));
const conflict = (r: ReturnType<typeof review>) => r.questions.filter((q) => q.text.includes('とする一方'));

describe('alternatives listed without saying whether all are needed (ア・イの両方か)', () => {
  it('「以下の公的認証を取得していること。」 + ア・イ → asks both-or-either and the certificate scope', () => {
    const r = review(['(1) 受託者は、以下の公的認証を取得していること。', 'ア プライバシーマーク', 'イ ISO/IEC 27001', '(2) 再委託は禁止する。']);
    const q = choice(r);
    expect(q).toHaveLength(1);
    expect(q[0].text).toContain('ア・イは、全て満たす必要があるのでしょうか');
    expect(q[0].text).toContain('対象範囲');
    expect(q[0].safeguard).toBe('vendor_certification');
    expect(q[0].text).toMatch(/ください。$/);
  });
  it('「次のいずれかの認証」 (clear) → no question', () => {
    const r = review(['(1) 受託者は、次のいずれかの認証を取得していること。', 'ア プライバシーマーク', 'イ ISO/IEC 27001']);
    expect(choice(r)).toHaveLength(0);
  });
  it('a list of measures written as sentences (ア 受託者は…する。) is not a list of alternatives', () => {
    const r = review(['(1) 受託者は、以下の措置を講じることが求められる。', 'ア 受託者は施錠する。', 'イ 受託者は名簿を提出する。']);
    expect(choice(r)).toHaveLength(0);
  });
  it('one item only → no question', () => {
    const r = review(['(1) 受託者は、以下の認証を取得していること。', 'ア プライバシーマーク', '(2) 再委託は禁止する。']);
    expect(choice(r)).toHaveLength(0);
  });
});

describe('two sentences that disagree', () => {
  it('「再委託は禁止する」 and elsewhere 「再委託する場合は…」 → one question quoting both, with pages', () => {
    const r = review(['(1) 再委託は禁止する。', '(2) 受託者は個人情報を施錠できる書庫に保管する。', '(3) 再委託する場合は、再委託先に同等の義務を課す。']);
    const q = conflict(r);
    expect(q).toHaveLength(1);
    expect(q[0].text).toContain('「(1) 再委託は禁止する。」');
    expect(q[0].text).toContain('「(3) 再委託する場合は、再委託先に同等の義務を課す。」');
    expect(q[0].text).toMatch(/^1ページでは/);
    expect(q[0].safeguard).toBe('subcontracting');
  });
  it('「禁止する。ただし、やむを得ず再委託する場合は…」 (an exception stated) → no question', () => {
    const r = review(['(1) 再委託は禁止する。', 'ただし、やむを得ず再委託する場合は、事前に市の書面による承諾を得る。']);
    expect(conflict(r)).toHaveLength(0);
  });
  it('「原則として禁止し、…承諾を得る」 → no question', () => {
    const r = review(['(1) 再委託は原則として禁止し、やむを得ず再委託する場合は事前に書面で承認を得る。', '(2) 再委託先にも同等の義務を課す。']);
    expect(conflict(r)).toHaveLength(0);
  });
  it('a ban alone → no question', () => {
    const r = review(['(1) 再委託は一切認めない。']);
    expect(conflict(r)).toHaveLength(0);
  });
});
