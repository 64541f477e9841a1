/**
 * Wording read from the development sets 2–72 in session 10 (each sentence as the authors wrote it, and a look-alike
 * that must stay out).
 */
import { describeWording } from './helpers.ts';

describeWording('output banned in a list, a take-out book, a hand-over to a 係長, a route named 回線 (transport_media)', [
  ['transport_media', '持出し資料の印刷、ダウンロード及び画面の撮影はできない設定とする。', true],
  ['transport_media', '照会結果は画面で確認するのみとし、紙への印刷や電子ファイルへの保存は行わない。', true],
  ['transport_media', 'データの抽出や受け渡しは行わず、画面での閲覧のみとする。', true],
  ['transport_media', '調査に出るときは持出簿に記入し、帰庁後は鍵付きロッカーで保管する。', true],
  ['transport_media', '検針値を一覧表として紙で出力し、封筒に入れて健康福祉課の係長に手渡す。', true],
  ['transport_media', '移行データは、暗号化したファイルとして事業者の担当者がＬＧＷＡＮ回線を通じてクラウドに登録する。', true],
  ['transport_media', '現行システムのデータは、暗号化したファイルとして閉域回線で移行先へ送る。', true],
  // look-alikes: printing as the service itself, a ledger that is not a take-out book
  ['transport_media', '通知書の印刷及び封入を委託する。', false],
  ['transport_media', '印刷や封入の作業は事業者の工場で行う。', false],
]);

describeWording('what the notice says, how people are told, consent by reply (notice_consent)', [
  ['notice_consent', '検査結果が医療機関から市に報告され、精密検査の受診勧奨に使われることを記載する。', true],
  ['notice_consent', '申出書の裏面に、４課のシステムに表示されることとその目的を記載する。', true],
  ['notice_consent', '通知には、固定資産税の情報を利用して所有者を確認したことを記載します。', true],
  ['notice_consent', '予約の方法と登録する情報、保存する期間を案内する。', true],
  ['notice_consent', '返信のない方は同意がないものとして扱います。', true],
  ['notice_consent', '調査員は居住者の了解を得てから撮影する。', true],
  ['notice_consent', '登録は、本人又は家族から申出があった方に限ります。', true],
  // the city agreeing to a vendor's terms of use is a contract matter, not the residents' consent
  ['notice_consent', '本サービスは、事業者の利用規約に同意して利用するものである。', false],
  ['notice_consent', '再委託は、市の了承を得て行う。', false],
]);

describeWording('a connection approved for its date, work only from the operator\'s site (remote_maintenance)', [
  ['remote_maintenance', '接続は町が作業申請書を承認した日時に限り、作業終了後は接続用のアカウントを無効にする。', true],
  ['remote_maintenance', '接続はその都度、保険医療課の承認を得てから行う。', true],
  ['remote_maintenance', '作業はＬＧＷＡＮ－ＡＳＰの運用拠点からのみ行う。', true],
  ['remote_maintenance', '事業者から町の端末への接続はない。', true],
  ['remote_maintenance', '会議室の利用は課長が承認した日時に限る。', false],
]);

describeWording('who may see, said with a count; only the route\'s list; nobody off the list (access_control)', [
  ['access_control', '映像を見ることができるのは、校長と教頭の２名です。', true],
  ['access_control', '名簿を閲覧できるのは、代表者があらかじめ町に届け出た副代表者など３人までとします。', true],
  ['access_control', '配達に必要な範囲の名簿のみを配達員に携行させる。', true],
  ['access_control', 'その日の担当経路の配達先だけを記載した配達票を渡す。', true],
  ['access_control', '名簿に記載のない者に調査を行わせてはならない。', true],
  ['access_control', '説明会に参加できるのは、市内に住む方です。', false],
  // a booking limit is not a limit on who sees the data
  ['access_control', '１回に予約できるのは３人までとします。', false],
]);

// read from sets 73–78 after their one measurement
describeWording('terminals counted, a viewing range, named people only, nothing shown to the contractor (access_control)', [
  ['access_control', '専用アプリは市が貸与する専用端末２台からのみ利用できる。', true],
  ['access_control', 'オペレーターの閲覧範囲を、通報対応に必要な氏名、電話番号、緊急連絡先に限る。', true],
  ['access_control', 'ＳＯＳ担当２名と課長だけがログインできる。', true],
  ['access_control', '住民記録、税その他の基幹系システムの情報は委託先に閲覧させない。', true],
  ['access_control', '名簿に記載された者以外は文書に触れさせない。', true],
  ['access_control', '展示物には手を触れないでください。', false],
]);

describeWording('a registration code sent by post is not a hand-over of data (transport_media)', [
  ['transport_media', '登録時に町から郵送した登録コード（１人１コード、有効期限３０日）を入力させる。', false],
  ['transport_media', '町が保護者あてに郵送する登録用ＱＲコードを読み取らせる。', false],
  ['transport_media', '名簿は簡易書留で郵送する。', true],
]);

describeWording('read from set 76 after its measurement', [
  ['access_control', '停電時の対応は、停電対応に当たる社員に限る。', true],
  ['remote_maintenance', '保守事業者は、町の承認を得た時間帯に限り接続する。', true],
  ['transport_media', '申込書の写しを封筒に入れて封をし、高齢福祉課の職員が消防組合の通信指令課に持参します。', true],
  ['notice_consent', '申込書の「提供に同意する」欄にチェックをされた方の情報だけを提供します。', true],
  ['transport_media', '当日は筆記用具を持参してください。', false],
]);

describeWording('read from sets 74–77 after their measurement (session 10)', [
  ['authentication', 'システムは個人ごとのＩＤで操作する。', true],
  ['remote_maintenance', '保守作業は本庁舎の電算室内でのみ行います。', true],
  ['insider_threat', '作業室には携帯電話やカメラ付きの機器を持ち込ませません。', true],
  ['anonymization', '公開する画像は、人物や車両番号が判別できない解像度に縮小する。', true],
  ['notice_consent', '提供を望まない世帯は申出書により名簿から除外する。', true],
  ['authentication', '予算は課ごとの枠で管理する。', false],
  ['anonymization', '夜間は映像が判別できないことがある。', false],
]);
