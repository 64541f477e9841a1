/**
 * Wording and vague rules added after the fourth held-out measurement (docs/heldout4.md "after set-4 fixes"):
 * domain.md §2 wording (access limited to named people, de-identification, oversight by monitoring / usage
 * reports, no copies kept, confirmation codes) and §4.2 P05 (an open 「等」 list of removed items). Own
 * sentences, each with a counter-example.
 */
import { describe, expect, it } from 'vitest';
import { mentionsInUnit } from '../../lib/review/detect.ts';
import { reviewMeasures as review, unitOf, vagueRuleIds as rules } from './helpers.ts';

const found = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));
describe('safeguard wording (domain.md §2)', () => {
  const cases: [string, string, boolean][] = [
    ['access_control', '台帳は、窓口担当の職員に限り閲覧し、複写はしない。', true],
    ['access_control', '共同研究では、代表者が届け出た研究員に限りデータを分析する。', true],
    ['access_control', '申込みは市内在住者に限り受け付ける。', false],
    ['anonymization', '公表前に、個人を特定できる情報を削除する。', true],
    ['anonymization', '所得は100万円ごとの階級に置き換えて集計する。', true],
    ['anonymization', '住所、電話番号を除いたデータを統合担当課に渡す。', true],
    ['retention_deletion', '提出後、作業員は記入票の写しを手元に残さない。', true],
    ['retention_deletion', '不要な記述を削除して様式を改める。', false],
    ['vendor_oversight', '市は、年度末に提供先から利用状況の報告を受ける。', true],
    ['vendor_oversight', '所管課は、運営事業者の管理状況について、四半期ごとにモニタリングを行う。', true],
    ['vendor_oversight', '情報漏えいが発生した場合は、受託者から直ちに報告を受ける。', false],
    ['incident_response', '情報漏えいが発生した場合は、受託者から直ちに報告を受ける。', true],
    ['identity_verification', 'メールで送る認証コードでメールアドレスを確認してから登録を受け付ける。', true],
    ['identity_verification', '問合せ先の電話番号を案内する。', false],
    ['notice_consent', '名簿は、本人の同意がある場合を除き、外部に提供しない。', false],
    ['authentication', '暗号化したファイルをメールで送り、パスワードは別の経路で知らせる。', false],
    ['authentication', '職員はパスワードを入力して端末にログインする。', true],
    ['notice_consent', '申請時に本人の同意を得て、名簿に登載する。', true],
  ];
  for (const [id, sentence, shows] of cases) {
    it(`${shows ? 'shows' : 'does not show'} ${id}: ${sentence.slice(0, 28)}…`, () => {
      expect(found(sentence).has(id as never)).toBe(shows);
    });
  }
});

describe('deleting items from a data set is de-identification, not disposal', () => {
  it('「識別できる項目を削除」 counts for anonymization and not for retention_deletion', () => {
    const r = review(['external_provision'], ['・提供前に、個人を識別できる項目を削除する。']);
    expect(r.status('anonymization')).toBe('present');
    expect(r.status('retention_deletion')).not.toBe('present');
  });
});

describe('an incident report received from the vendor: the vagueness falls on incident_response', () => {
  it('「事故の場合は、事業者から速やかに報告を受ける」 is a vague incident report, not oversight', () => {
    const r = review(['outsourcing'], ['・事故が発生した場合は、事業者から速やかに報告を受ける。']);
    expect(r.status('incident_response')).toBe('vague');
    expect(r.status('vendor_oversight')).not.toBe('vague');
    expect(r.status('vendor_oversight')).not.toBe('present');
  });
  it('with a deadline it is specific', () => {
    expect(review(['outsourcing'], ['・事故が発生した場合は、事業者から24時間以内に報告を受ける。']).status('incident_response')).toBe('present');
  });
});

describe('「…等を削除」: the removed items are not listed (§4.2 P05)', () => {
  it('is a vague phrase and leaves anonymization vague', () => {
    expect(rules('分析には、住所等を削除したデータを使う。')).toContain('tou_jogai');
    expect(review(['purpose_external_use'], ['・分析には、住所等を削除したデータを使う。']).status('anonymization')).toBe('vague');
  });
  it('the items listed in full are specific', () => {
    expect(rules('分析には、氏名及び住所を削除したデータを使う。')).not.toContain('tou_jogai');
  });
  it('the method stated in the sentence (replaced by an ID number) answers it', () => {
    expect(rules('分析には、氏名等を削除し管理番号に置き換えたデータを使う。')).not.toContain('tou_jogai');
  });
});

describe('「実施状況について、定期的にモニタリング」 is vague oversight (§4.2 P01)', () => {
  it('without a frequency', () => {
    expect(review(['designated_manager'], ['・市は、指定管理者の業務の実施状況について、定期的にモニタリングを行う。']).status('vendor_oversight')).toBe('vague');
  });
  it('with a frequency', () => {
    expect(review(['designated_manager'], ['・市は、指定管理者の業務の実施状況について、毎月モニタリングを行う。']).status('vendor_oversight')).toBe('present');
  });
});
