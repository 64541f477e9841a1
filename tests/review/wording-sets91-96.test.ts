/**
 * Wording read from held-out sets 91–96 after their one measurement (session 11), each with a look-alike that must
 * stay out.
 */
import { describeWording } from './helpers.ts';

describeWording('asking the contractor for reports, a reminder to staff, people and a hall\'s own bookings only', [
  ['vendor_oversight', '事業者から必要に応じて報告を求める。', true],
  ['vendor_oversight', '必要に応じて事業者から報告を求める。', true],
  ['vendor_oversight', '事故が起きたときは、事業者から直ちに報告を受ける。', false],
  ['staff_training', '必要に応じて個人情報の取扱いについて注意喚起を行う。', true],
  ['staff_training', '大雨の際は住民に注意喚起を行う。', false],
  ['access_control', '端末は調査員（農業委員及び農地利用最適化推進委員）に限って使用させる。', true],
  ['access_control', '各館の職員は自館の予約のみ閲覧できる設定とする。', true],
]);

describeWording('a network apart, a licence checked, data stored encrypted, parcel counts matched', [
  ['network_separation', '名簿はインターネット接続系ではなく内部系のファイルサーバに保存し、課の職員だけが開ける。', true],
  ['identity_verification', '建築士免許証の写しの提出を受け、建築士登録番号と氏名を照合する。', true],
  ['identity_verification', '運転免許証の更新の案内を送る。', false],
  ['encryption_rest', '申請データは暗号化した状態でデータベースに保存する。', true],
  ['misdelivery_prevention', '送り状の件数と管理システム上の件数を照合します。', true],
  ['misdelivery_prevention', '申請の件数と前年の件数を比べる。', false],
]);
