/**
 * Wording read from held-out sets 97–108 after their one measurement (session 12), each with a look-alike that must
 * stay out.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, reviewMeasures } from './helpers.ts';

describeWording('where the server is, a network kept apart from several others, encryption by password', [
  ['data_location', 'マッチングシステムは、事業者が契約するクラウドサービス上で稼働し、サーバは国内にあります。', true],
  ['data_location', '登録データは相談室内のサーバに保存し、外部には持ち出さない。', true],
  ['data_location', 'サーバの保守は事業者が行う。', false],
  ['network_separation', '台帳システムは、インターネット及び他課の業務システムに接続しない。', true],
  ['network_separation', 'インターネット及び電話で予約を受け付ける。', false],
  ['encryption_rest', '台帳ファイルは、パスワードによる暗号化を行って保存する。', true],
  ['authentication', '台帳ファイルは、パスワードによる暗号化を行って保存する。', false],
]);

describeWording('reports at fixed times, forms handed back, nothing given to anyone else', [
  ['vendor_oversight', '受託者には、毎月１０日までに、前月の相談件数及び事故の有無を書面で報告させる。', true],
  ['vendor_oversight', '受託者は、毎月の相談件数を集計する。', false],
  ['retention_deletion', '収集が完了した依頼票は翌営業日までに町に返却させる。', true],
  ['retention_deletion', '依頼票は町が受託者に渡す。', false],
  ['third_party_provision', '抽出した情報を町以外の者に提供することはなく、目的外に利用しない。', true],
  ['third_party_provision', '抽出した情報を町の担当者が確認する。', false],
]);

describeWording('a contractor made to hand forms back, not a city handing originals back after scanning', [
  ['retention_deletion', '委託先には、回収した調査票を調査終了後１週間以内に市に返還させる。', true],
  ['retention_deletion', '紙の書類は、スキャン完了後、全て市に返却します。', false],
]);

describe('a server in a room of the office is a place, not a vague one', () => {
  it('「相談室内のサーバに保存し」 names where the data is: data_location present, not vague', () => {
    const r = reviewMeasures(['outsourcing'], ['相談記録は相談室内のサーバに保存し、サーバはインターネットに接続しない。']);
    expect(r.status('data_location')).toBe('present');
  });
});
