/**
 * Session 14. Authentication judged by its key act (session 14, from held-out sets 1–126 taken together): how the password is
 * managed, a factor other than the password, or one ID per person. A log-in sentence that names only 「ＩＤとパスワード」
 * does not make a loose 「パスワードは定期的に変更する」 specific (domain.md §4 V01: who changes it, how often).
 */
import { describe, expect, it } from 'vitest';
import { reviewMeasures, vagueRuleIds } from './helpers.ts';
import { MAILING } from '../../lib/review/data/expectations.ts';

const status = (measures: string[]) => reviewMeasures(['system_change'], measures).status('authentication');

describe('authentication: the key act decides', () => {
  it('ID and password to log in, password changed 「定期的に」: vague', () => {
    expect(status(['(1) ＩＤとパスワードでログインする。', '(2) パスワードは定期的に変更する。'])).toBe('vague');
  });
  it('the same with a one-time code as a second factor: present', () => {
    expect(status(['(1) ＩＤとパスワードに加え、ワンタイムパスワードでログインする。', '(2) パスワードは定期的に変更する。'])).toBe('present');
  });
  it('the same with one ID per member of staff: present', () => {
    expect(status(['(1) 職員ごとに付与されたＩＤとパスワードでログインする。', '(2) パスワードは定期的に変更する。'])).toBe('present');
  });
  it('the same with a terminal certificate: present', () => {
    expect(status(['(1) 職員はＩＤ・パスワードに加え、登録した端末の証明書による端末認証を行う。', '(2) パスワードは定期的に変更する。'])).toBe('present');
  });
  it('the password changed every three months: present', () => {
    expect(status(['(1) ＩＤとパスワードでログインする。', '(2) パスワードは３か月ごとに変更する。'])).toBe('present');
  });
});

describe('paper kept, electronic data deleted in a long sentence (retention, session 14)', () => {
  const before = ['１ 概要', '請求は事業者のクラウドサービス上の受付フォームで受け付ける。'];
  const paper = '(1) 紙に出力した請求書は、市の文書管理規程により５年間保存する。';
  it('the data\'s deletion stated far from 「データ」 still counts: present', () => {
    const r = reviewMeasures(['external_linkage'], [paper, '(2) 受付データは、決定通知書の発送日から３０日を経過した日にサービス上から自動で削除する設定とする。'], before);
    expect(r.status('retention_deletion')).toBe('present');
  });
  it('paper only while the data sits on the vendor\'s service: asked about the data (present, session 18)', () => {
    const r = reviewMeasures(['external_linkage'], [paper], before);
    expect(r.status('retention_deletion')).toBe('present');
    expect(r.questions.some((q) => q.includes('電子データ（サーバ・端末・バックアップ）'))).toBe(true);
  });
});

describe('mailing as a condition of an outsourcing (misdelivery expected only then; session 14)', () => {
  it('notices sent to residents by the contractor: mailing', () => {
    expect(MAILING.test('受託者は、納税通知書を封入封緘し、郵便局に差し出す。')).toBe(true);
    expect(MAILING.test('決定通知書は、受託者が対象者に郵送する。')).toBe(true);
  });
  it('a container sealed for transport, papers that reach the city, an effect of the work: not mailing', () => {
    expect(MAILING.test('職員の立会いの下で施錠できる専用コンテナに封入し、封印した上で搬出する。')).toBe(false);
    expect(MAILING.test('領収済通知書は、収納代行業者を通じて町に送付されます。')).toBe(false);
    expect(MAILING.test('速報により、納付済みの方への督促状の送付を防ぐ。')).toBe(false);
  });
  it('the mailing named as the time a call follows (「督促状の発送から間を置かずに電話で…」, set 128): not mailing', () => {
    expect(MAILING.test('督促状の発送から間を置かずに電話で納付を案内する。')).toBe(false);
    expect(MAILING.test('受託者は督促状を発送する。')).toBe(true);
  });
});

describe('emphasis or an unnamed standard in place of a measure (vague phrases; session 14)', () => {
  it('「慎重に取り扱います」 is emphasis without a mechanism (domain.md §4.2 P09)', () => {
    expect(vagueRuleIds('配慮を要する内容が含まれることがあるため、慎重に取り扱います。')).toContain('juubun');
    expect(vagueRuleIds('当審議会において慎重に審議した結果、次のとおり答申します。')).not.toContain('juubun');
  });
  it('「国の基準に準拠した措置を講じる」 names no standard and no measure', () => {
    expect(vagueRuleIds('上記のほか、国の基準に準拠した措置を講じる。')).toContain('security_level');
    expect(vagueRuleIds('国の「地方公共団体における情報セキュリティポリシーに関するガイドライン」に準拠し、二要素認証を導入する。')).not.toContain('security_level');
  });
});
