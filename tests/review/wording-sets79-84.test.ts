/**
 * Wording read from held-out sets 79–84 after their one measurement (session 11): each sentence as the authors wrote
 * it, and a look-alike that must stay out.
 */
import { describeWording } from './helpers.ts';

describeWording('a law the act rests on, cited in the sentence that asks the council (legal_basis)', [
  ['legal_basis', '放課後児童クラブの管理運営を、地方自治法第２４４条の２第３項の規定による指定管理者に行わせることに伴い、指定管理者が個人情報を取り扱うことについて、審議会の意見を求める。', true],
  ['legal_basis', '公園の管理を、地方自治法第２４４条の２第３項の規定により指定管理者に行わせるにあたり、個人情報を取り扱うことについて意見を求める。', true],
  // the rule that makes the council hear the item is not the act's basis
  ['legal_basis', '個人情報の保護に関する法律第１２９条の規定により、審議会の意見を求める。', false],
  ['legal_basis', '市個人情報保護法施行条例第４条第２号の規定に基づき、審議会に諮問する。', false],
  ['legal_basis', '地方自治法第１３８条の４第３項の規定により審議会に諮問するものである。', false],
]);

describeWording('nobody but the listed people, a count in brackets, who may look a record up (access_control)', [
  ['access_control', '作業場所への入室は、名簿に記載された従事者以外はできない。', true],
  ['access_control', '名簿に記載された者以外は個人情報を取り扱わせない。', true],
  ['access_control', '調査は、市に調査員として登録した介護支援専門員（１法人３名以内）に限り行わせる。', true],
  ['access_control', '印影イメージを照会できるのは市民課の証明交付担当の職員に限り、ログインは静脈認証による。', true],
  // a door closed to everyone but staff is the room's lock (physical security), not a list of who may handle the data
  ['access_control', '関係者以外は入室できない。', false],
  ['access_control', '申込みは、市に住所を有する方（１世帯２名以内）に限り受け付ける。', false],
]);

describeWording('a person\'s own history is data, not a log of who did what (logging_audit_trail)', [
  ['logging_audit_trail', '登録情報を電子化し、拠点職員が利用状況と相談履歴を確認できるようにする。', false],
  ['logging_audit_trail', '氏名、住所、生年月日、メールアドレス、利用者番号、利用履歴（申請・予約の記録）。', false],
  ['logging_audit_trail', '位置の履歴は、記録した日から９０日を経過したものを自動で削除する。', false],
  ['logging_audit_trail', '事業者のサービス上には、このほか解答履歴と正答率が記録されます。', false],
  ['logging_audit_trail', '学習ログを閲覧できる者は、学級担任、教科担任、校長及び教頭とする。', false],
  // the operations' own history still is
  ['logging_audit_trail', 'システムの操作履歴は５年間保存し、毎月確認する。', true],
  ['logging_audit_trail', '管理画面の閲覧履歴を記録し、課長が確認する。', true],
]);

describeWording('a room entered by card, papers kept in the office and out of a parked car, a sign that says what is filmed', [
  ['physical_security', '受信センターへの入室はＩＣカードで管理し、閲覧できるのはオペレーターに限る。', true],
  ['transport_media', '入力作業は分室で行い、予診票を庁外に持ち出させません。', true],
  ['transport_media', '訪問に持参する書類は必要最小限とし、移動中は書類や端末を車内に放置しない。', true],
  ['notice_consent', '街路灯に、計測の目的、取得する情報及び問合せ先を記載した表示板を掲出する。', true],
  // look-alikes: children coming into the club room (the data the club keeps), a car park's sign
  ['physical_security', '児童の入室は保護者がアプリで確認する。', false],
  ['transport_media', '公用車は車庫に駐車する。', false],
]);

describeWording('asking the contractor to report, a contract clause returning the papers, keeping 「当分の間」', [
  ['vendor_oversight', '市は、必要に応じて委託先に報告を求め、又は調査を行うことができる。', true],
  ['vendor_oversight', '・調査を行うことができるのは、事前に町に届け出た調査員に限る。', false],
  ['retention_deletion', '受託者は、市から提供を受けた個人情報が記録された資料を、業務の完了後速やかに市に返還しなければならない。', true],
  ['retention_deletion', '紙の原票は、電子化の完了後も当分の間保管する。', true],
  // returning the originals once the work is done is the hand-over, not the end of the data
  ['retention_deletion', '紙の書類は、スキャン完了後、全て市に返却します。', false],
]);

describeWording('the purpose of a use, said in a sentence under a heading that is not the purpose section (purpose_necessity)', [
  ['purpose_necessity', 'データヘルス計画に基づく事業であり、人工透析への移行を防ぐことを目的とする。', true],
  ['purpose_necessity', '受託者は、提供を受けた情報を業務の目的以外に利用してはならない。', true],
  ['purpose_necessity', '本要綱は、防犯カメラの設置及び運用に関し必要な事項を定める。', false],
]);

describeWording('two facts the applicant must match before booking (identity_verification)', [
  ['identity_verification', '利用者がウェブで予約する際は、交付通知書番号と生年月日の一致を確認し、一致しない場合は予約できない。', true],
  ['identity_verification', '入力した住所と郵便番号が一致しない場合は、エラーを表示する。', false],
]);
