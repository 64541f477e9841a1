/**
 * §2 wording read after the third held-out measurement (docs/heldout3.md "after set-3 fixes"), own sentences with
 * counter-examples: an obligation 「…しなければならない」 is not a negation; 就業状況の報告; opt-out on request;
 * 再提供; 送付 / ファイル転送 to the vendor; 照合結果の記録; 利用規約; 「…手順」に従って.
 */
import { describe, expect, it } from 'vitest';
import { isNegatedAt, mentionsInUnit } from '../../lib/review/detect.ts';
import { unitOf } from './helpers.ts';

const ids = (s: string) => mentionsInUnit(unitOf(s)).map((m) => m.id);

describe('negation', () => {
  it('「遵守しなければならない」 is an obligation, 「遵守しない」 a negation', () => {
    const k = '特記事項を遵守しなければならない。';
    expect(isNegatedAt(k, 4)).toBe(false);
    expect(isNegatedAt('特記事項を遵守しない。', 4)).toBe(true);
    expect(ids('乙は、別記「個人情報取扱特記事項」を遵守しなければならない。')).toContain('outsourcing_contract');
  });
});

describe('§2 wording', () => {
  it('vendor oversight: the city asks for a report on the dispatched staff\'s work (就業状況の報告)', () => {
    expect(ids('派遣元には、毎月、派遣労働者の就業状況の報告を求める。')).toContain('vendor_oversight');
    expect(ids('就業規則を定める。')).not.toContain('vendor_oversight');
  });
  it('data subject rights: the person\'s request stops the use (opt-out)', () => {
    expect(ids('本人から申出があった場合は、以後の利用から除外する。')).toContain('data_subject_rights');
    expect(ids('対象者は市内の高齢者とする。')).not.toContain('data_subject_rights');
  });
  it('third-party provision: 「第三者への再提供の禁止」', () => {
    expect(ids('提供先には第三者への再提供を禁止する。')).toContain('third_party_provision');
  });
  it('transport: sending the data to the vendor, a file transfer service', () => {
    expect(ids('宛名データは暗号化して受託者に送付する。')).toContain('transport_media');
    expect(ids('データはファイル転送サービスで受け渡す。')).toContain('transport_media');
    expect(ids('受託者は通知書を市民に送付する。')).not.toContain('transport_media');
  });
  it('logging: a record of the checks handed to the city', () => {
    expect(ids('宛名の照合結果の記録を市に提出すること。')).toContain('logging_audit_trail');
  });
  it('contract: a cloud service\'s terms of use (利用規約)', () => {
    expect(ids('事業者の利用規約に定める秘密保持の条項による。')).toContain('outsourcing_contract');
  });
  it('governance: 「…対応手順」に従って', () => {
    expect(ids('事故の際は「市情報セキュリティ事故対応手順」に従って対応する。')).toContain('governance_documentation');
  });
});
