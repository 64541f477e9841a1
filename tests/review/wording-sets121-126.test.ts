/**
 * Wording read from the errors of held-out sets 121–126 and checked over sets 1–120 (session 14): kinds of sentence the
 * authors counted and the engine did not, each with a look-alike that must stay out.
 */
import { describeWording } from './helpers.ts';

describeWording('who may handle or see the data, limited by post, head count or setting (access control)', [
  ['access_control', '保健指導に従事する者は保健師又は管理栄養士に限り、従事者名簿（８名）を事前に提出させる。', true],
  ['access_control', '従事者は町に名簿を提出した者に限り、従事する全員に業務開始前の研修を受託者が実施します。', true],
  ['access_control', '第一学校給食センターの栄養教諭２名と調理主任１名、各校の養護教諭（１８名）に限る。', true],
  ['access_control', '委員及び職員ごとにＩＤとパスワードを発行し、閲覧できる資料は会議ごとに設定する。', true],
  ['access_control', '町が使う管理画面は、健康づくり係の職員３名に個別のアカウントを付与する。', true],
  // who the service is for, not who handles the data
  ['access_control', '助成の対象は、市内に住所を有する６５歳以上の者に限る。', false],
  ['access_control', '定員（２０名）を超えた場合は抽選とする。', false],
]);

describeWording('items kept out or no new items (data minimisation)', [
  ['data_minimization', '標準仕様書で定められた項目に限り、現行システムから項目の追加はない。', true],
  ['data_minimization', '新たに取り扱う個人情報の項目はありません。', true],
  ['data_minimization', '病名等を記入する欄は設けない。', true],
  ['data_minimization', '６業務の現行システムに記録されている全項目（約２，４００項目）を移行する。', true],
  ['data_minimization', '受給者の氏名、住所、振込先口座、児童の氏名及び生年月日を記録する。', true],
  ['data_minimization', '新たに取り扱う事務はありません。', false],
  ['data_minimization', '会議室は予約制とし、受付は設けない。', false],
]);

describeWording('the applicant checked by a code or by name and birth date (identity verification)', [
  ['identity_verification', '登録時は、メールアドレスの確認とＳＭＳで送る確認コードの入力により行う。', true],
  ['identity_verification', '相談開始時に保健師が画面越しに氏名と生年月日を口頭で確認する。', true],
  // staff log-in with a second factor is authentication, not the applicant's identity
  ['identity_verification', '教員のログインには、パスワードのほか、教員用端末に届く確認コードの入力を求める。', false],
  ['identity_verification', '利用者ごとにＩＤを発行し、パスワードとスマートフォンのアプリによる確認コードの入力を求める。', false],
]);

describeWording('only some data given to an outside body (third-party provision)', [
  ['third_party_provision', 'コンビニ事業者には証明書の印刷データのみを送信し、課税の内容は保存されない。', true],
  ['third_party_provision', '依頼者にはボランティアのグループ名と代表者の氏名だけを伝える。', true],
  ['third_party_provision', '申請書の記載内容だけを確認する。', false],
]);

describeWording('what becomes of the data when the work ends, said loosely (retention and deletion)', [
  ['retention_deletion', '端末とクラウドサービスに残る記録は、委託期間が終わった後、事業者の責任において適切に処理させる。', true],
  ['retention_deletion', '認定事務の終了後、適切に処理する。', true],
  ['retention_deletion', '利用を終了した方のデータは、適切に処理する。', true],
  // the wipe of a lost device is incident response; a staff member's ID removed is access control
  ['retention_deletion', 'タブレットを紛失したときは、直ちに災害対策本部に報告し、遠隔操作でデータを消去する。', false],
  ['retention_deletion', 'ＩＤは異動や退職の日に町が削除します。', false],
  ['retention_deletion', '作業者のアカウントは業務の終了時に削除する。', false],
  // a resident's app account removed with its data is the data's deletion
  ['retention_deletion', '退部した生徒のアプリのアカウントを１か月以内に削除します。', true],
]);

describeWording('measures against viruses or unauthorised access, said as such (vulnerability management)', [
  ['vulnerability_management', '不正アクセス及びコンピュータウイルスに対しては、事業者において必要な対策を講じる。', true],
  ['vulnerability_management', 'ウイルスの感染を防ぐため、受託者の端末を点検する。', true],
  ['vulnerability_management', '不正アクセスに対する罰則は、条例第５０条に定める。', false],
]);
