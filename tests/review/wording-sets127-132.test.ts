/**
 * Wording read from the errors of held-out sets 127–132 and checked over sets 1–120 (session 15): kinds of sentence the
 * authors counted and the engine did not, each with a look-alike that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { DESCRIPTIVE_SECTIONS } from '../../lib/review/data/descriptive-sections.ts';
import { describeWording } from './helpers.ts';

describeWording('where the connection may come from (access control)', [
  ['access_control', '専用サイトへの接続元は町の固定ＩＰアドレスに限定する。', true],
  ['access_control', '管理画面へのアクセス元は庁内ネットワークに限る。', true],
  ['access_control', '利用者はインターネットから専用サイトに接続する。', false],
]);

describeWording('a list or data not given to a named outside party (third-party provision)', [
  ['third_party_provision', '取扱店には名簿を提供せず、引換券の番号だけで確認する。', true],
  ['third_party_provision', '照会の結果は、村外の機関には提供しない。', true],
  ['third_party_provision', '取扱店では引換券と交換する。', false],
  ['third_party_provision', '村外の機関に勤務する者も対象とする。', false],
]);

describeWording('a second person checks before sending (misdelivery prevention)', [
  ['misdelivery_prevention', '送信前に、送信件数と送信文面を、作成した職員とは別の職員が抽出条件と照らし合わせて確認する。', true],
  ['misdelivery_prevention', '送信前に、送信用ファイルを作成する。', false],
]);

describeWording('consent given by signing (notice and consent)', [
  ['notice_consent', '利用の申込みの際に、ご本人の署名により同意をいただきます。', true],
  ['notice_consent', '収入申告書の同意欄に署名した者の課税情報に限り照会する。', true],
  ['notice_consent', '申請書には申請者が署名する。', false],
]);

describeWording('an article cited after a defined short name (legal basis)', [
  ['legal_basis', '個人情報の保護に関する法律（以下「法」という。）第１０９条に基づき、行政機関等匿名加工情報として提供する。', true],
  ['legal_basis', '個人情報の保護に関する法律（以下「法」という。）の趣旨を踏まえ、提供する。', false],
]);

describeWording('kept, then disposed of (retention and deletion)', [
  ['retention_deletion', '③ 調査票及び照合結果は、必要な期間保存した後、適切に処理する。', true],
  ['retention_deletion', '申請書は施錠できる書庫に保管した後、翌年度に廃棄する。', true],
  ['retention_deletion', 'データを保存した後、集計の処理を行う。', false],
]);

describeWording('a sign whose own words hold a negation (notice and consent)', [
  ['notice_consent', '設置場所ごとに「ＡＩカメラ作動中（映像は保存しません）」の表示を掲げる。', true],
  ['notice_consent', '「防犯カメラ作動中」の表示は行わない。', false],
]);

describeWording('the council form’s own title is not a rulebook (governance documentation)', [
  ['governance_documentation', '次ページの「個人情報保護対策チェックリスト」のとおり。', false],
  ['governance_documentation', '■ 個人情報保護対策チェックリスト（○：実施する ×：実施しない －：該当なし）', false],
  ['governance_documentation', '作業手順のチェックリストを作成し、作業の都度、確認する。', true],
]);

describeWording('an encrypted stick or disc (encryption at rest)', [
  ['encryption_rest', '印刷データは、パスワードロック機能付きの暗号化ＵＳＢメモリに格納し、職員２名が持参する。', true],
  ['encryption_rest', 'ＵＳＢメモリの暗号化は行わない。', false],
]);

describe('headings that list the items used or received (data minimisation, descriptive sections)', () => {
  const heading = DESCRIPTIVE_SECTIONS.find((d) => d.id === 'data_minimization')!.heading;
  it('「照会に用いる個人情報」「回答として受け取る個人情報」 list items', () => {
    expect(heading.test('照会に用いる個人情報')).toBe(true);
    expect(heading.test('回答として受け取る個人情報')).toBe(true);
  });
  it('a measures heading does not (「個人情報の保護措置」)', () => {
    expect(heading.test('受け取る個人情報の保護措置')).toBe(false);
  });
});

describeWording('an encrypted file handed over by download (encryption in transit, not at rest)', [
  ['encryption_transit', '市の電子申請システムの本人専用ページから、暗号化したファイルでダウンロードさせる。', true],
  ['encryption_rest', '市の電子申請システムの本人専用ページから、暗号化したファイルでダウンロードさせる。', false],
  ['encryption_rest', '分析結果は暗号化したファイルとして保存する。', true],
]);

describeWording('なりすまし that is not the applicant\'s identity check (identity verification)', [
  ['identity_verification', '認証 なりすまし 職員ごとのＩＤ・パスワードと端末の電子証明書による二要素認証とする。', false],
  ['identity_verification', 'メッセージには氏名を記載せず、ＵＲＬも記載しない（なりすましメッセージと区別するため）。', false],
  ['identity_verification', '申請時はマイナンバーカードの電子証明書で本人確認を行い、なりすましを防ぐ。', true],
]);
