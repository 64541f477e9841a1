/**
 * Wording read from the errors of held-out sets 133–138 and checked over sets 1–120 (session 16): kinds of sentence the
 * authors counted and the engine did not, each with a look-alike that must stay out.
 */
import { describeWording } from './helpers.ts';

describeWording('locked storage in a sentence that also moves the papers (physical security)', [
  ['physical_security', '紙の参加者名簿は、受付本部内の施錠できるケースに保管し、受付の終了後は受託者の車両で本部と事務所の間を移送する。', true],
  ['physical_security', '書類は施錠できるケースに入れて運搬する。', false],
]);

describeWording('a register book written at each handover or disposal (logging)', [
  ['logging_audit_trail', '交付の都度、交付簿に記録し、各課の課長が毎月点検する。', true],
  ['logging_audit_trail', '廃棄した書類は廃棄簿に記録した上で、毎年度末に町に報告する。', true],
  ['logging_audit_trail', '認証の成功・失敗の記録を取得する。', true],
  ['logging_audit_trail', '職員の操作は管理者が確認できる形で記録される。', true],
  ['logging_audit_trail', '紙の受付簿で管理しているため、回答期限の管理に時間を要している。', false],
  ['logging_audit_trail', 'ログイン画面でパスワードを入力する。', false],
]);

describeWording('papers not taken home (transport and media)', [
  ['transport_media', '資料を電子メールで送信すること及び構成員が資料を持ち帰ることは認めない。', true],
  ['transport_media', '相談員は資料を持ち帰らない。', true],
  ['transport_media', '受講者は作品を持ち帰ることができる。', false],
]);

describeWording('addresses not typed by hand, nor shown to other recipients (misdelivery prevention)', [
  ['misdelivery_prevention', '一斉送信の際は、アドレスを手入力して送信しない。', true],
  ['misdelivery_prevention', '登録者のメールアドレスを他の登録者が見ることのできる方法で配信してはならない。', true],
  ['misdelivery_prevention', '申込みの際には、どの情報がほかの登録者に表示されるかを説明する。', false],
]);

describeWording('removal on the person’s request (data subject rights)', [
  ['data_subject_rights', '掲載後に本人から削除の申出があったときは、申出を受けた日から７日以内に市ウェブサイトから削除する。', true],
  ['data_subject_rights', '出演者から掲載中止の求めがあったときは、次号から掲載しない。', true],
  ['data_subject_rights', '本人から掲載の取りやめの申出があったときは、申出を受けた日から７日以内に市ウェブサイトから削除する。', true],
  ['data_subject_rights', '掲載した写真は５年間保存した後に削除する。', false],
]);

describeWording('not given outside the office, or only with renewed consent (third-party provision)', [
  ['third_party_provision', '支援措置の対象者の情報は、庁外の機関には提供しない。', true],
  ['third_party_provision', '写真は、本人の同意を改めて得たときに限り提供する。', true],
  ['third_party_provision', '庁外の会議室で研修を行う。', false],
]);

describeWording('records two bodies can both see are not a two-person check (insider threat)', [
  ['insider_threat', '作業は２名で行い、相互に確認する。', true],
  ['insider_threat', '相談・支援の経過を相互に確認できる「情報連携システム」を構築した。', false],
]);

describeWording('a list handed to an outside group (third-party provision)', [
  ['third_party_provision', '居場所の運営団体には、担当する居場所の利用者名簿（氏名、学年）のみを紙で渡し、利用終了時に回収する。', true],
  ['third_party_provision', '職員には、操作手順書を渡す。', false],
]);

describeWording('rules set down in a named document (governance documentation)', [
  ['governance_documentation', '「礼智浜市消費生活相談員在宅勤務実施要領」に定め、相談員に周知する。', true],
  ['governance_documentation', '入力してよい情報は、「生成ＡＩ利用ガイドライン」に一覧にして示します。', true],
  ['governance_documentation', '要領の改正を予定している。', false],
]);

describeWording('the contract limits what the vendor does with the data (outsourcing contract)', [
  ['outsourcing_contract', '法人向けの契約では、入力した内容はＡＩの学習に利用されず、３０日後に削除される。', true],
  ['outsourcing_contract', '事業者との契約において撮影データの複製及び目的外利用を禁止し、', true],
  ['outsourcing_contract', '契約では、事業者が撮影を行う。', false],
]);

describeWording('an article cited in brackets (legal basis)', [
  ['legal_basis', '指定管理者の指定（地方自治法第２４４条の２第３項）に伴い、個人情報を取り扱わせる。', true],
  ['legal_basis', '指定管理者（令和６年度から）に伴い、手続を変更する。', false],
]);

describeWording('who may see the images, with their posts in brackets (access control)', [
  ['access_control', '画像を閲覧できるのは、事務局の職員３名（事務局長、農地係長、農地係員）とする。', true],
  ['access_control', '画像は事務局長（農地係長を含む）が確認する。', false],
]);

describeWording('images that cannot show faces, templates not kept (data minimization)', [
  ['data_minimization', '地上解像度は１画素当たり約３cmとする。この解像度では人物の顔や車両のナンバープレートは判読できない。', true],
  ['data_minimization', '顔画像は、特徴量を生成した後、直ちに消去し、保存しない。', true],
  ['data_minimization', '高解像度のカメラで人物の顔を撮影する。', false],
]);

describeWording('data handed over through a set network folder (transport and media)', [
  ['transport_media', 'データの受渡しは、インターネットから分離された基幹系ネットワーク上の専用フォルダで行う。', true],
  ['transport_media', '専用フォルダの容量を増やす。', false],
]);
describeWording('data brought in as an encrypted file (transport and media)', [
  ['transport_media', '移行用データは暗号化したファイルで事業者の管理画面から取り込み、取込み後に削除する。', true],
  ['transport_media', 'サーバのデータは暗号化したファイルとして保存する。', false],
]);
