/**
 * Transport of data and media (transport_media): sentences that share its words but move nothing, read from the false
 * mentions of held-out sets 151–180 (session 21), each beside a sentence that does state how data are handed over.
 */
import { describeWording } from './helpers.ts';

describeWording('a reservation forwarded between libraries is no handover of data; forwarding records is', [
  ['transport_media', '各館の職員は、自館が受け付けた予約と自館に回送される予約だけを閲覧できる。', false],
  ['transport_media', '出力した帳票は、月末に本庁舎へ回送し、受領簿で件数を確認する。', true],
  ['transport_media', '担当課への回送はシステム上の割り振りで行い、電子メールによる回送は行いません。', true],
]);

describeWording('uploading or downloading by staff alone is how a system is used; a file passed to a contractor is a handover', [
  ['transport_media', '職員が公開予定のファイルをアップロードすると、氏名や住所と推定される文字列を検出する。', false],
  ['transport_media', '申請データは、担当職員２名がＬＧＷＡＮ接続系の端末でのみダウンロードする。', false],
  // a log of downloads is a log
  ['transport_media', 'ログイン及びダウンロードの記録は事業者が保存する。', false],
  ['transport_media', '市の職員が名簿ファイルをアップロードし、受託者が専用画面からダウンロードする。', true],
  ['transport_media', '抽出したデータは受託者がファイル交換システムからダウンロードする。', true],
]);

describeWording('a backup on an external drive is a backup, not media carried', [
  ['transport_media', '登録データは毎週、暗号化した外付け記憶装置にバックアップを取得し、耐火金庫に保管する。', false],
  ['backup_recovery', '登録データは毎週、暗号化した外付け記憶装置にバックアップを取得し、耐火金庫に保管する。', true],
  ['transport_media', '抽出したデータは暗号化した外付けハードディスクに格納し、職員が受託者に手渡す。', true],
]);

describeWording('a notice with a first password mailed to a user is a login set-up, not data sent', [
  ['transport_media', '利用者登録は、市が施設の所在地に郵送する利用開始通知書（初期パスワードを記載）により行う。', false],
  ['transport_media', '受給者証は簡易書留で郵送する。', true],
]);

describeWording('an application by post asking for an ID copy is identity checking, not a way of sending data', [
  ['transport_media', '郵送の場合は本人確認書類の写しの添付を求める。', false],
  ['transport_media', '郵送の場合は簡易書留とし、発送簿に記録する。', true],
]);
