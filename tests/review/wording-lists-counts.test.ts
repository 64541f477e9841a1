/**
 * Session 8, read from the disagreements of sets 2–60 taken together (not from one set), and from sets 61–66 after their
 * first measurement: the items handled, written as
 * a plain list in a sentence (closed lists only; a list that ends in 「等」「など」 is left to the open-list rule, which
 * reads it as vague), and the number of people or things concerned written with 約/およそ (but not the number of staff).
 * Sentences are our own.
 */
import { describeWording } from './helpers.ts';

describeWording('items listed, people counted', [
  ['data_minimization', '記録するのは、児童の氏名、生年月日、住所、保護者の勤務先と就労時間です。', true],
  ['data_minimization', '受託者に渡すのは宛名番号、氏名、送付先住所、税額である。', true],
  ['data_minimization', '氏名、住所、電話番号等を記録する。', false],
  ['data_minimization', '氏名と住所を記録する。', false],
  ['subject_scope', '対象となる町民は約２万１千人である。', true],
  ['subject_scope', '空き家と推定される建物（約２，３００棟）の所有者に送付する。', true],
  ['subject_scope', '作業に従事する職員は約２０名である。', false],
  ['subject_scope', '対象者に案内を送付する。', false],
  ['subject_scope', '申請件数は年間約１万件である。', false],
]);


// read from sets 61–65 after their first measurement (our own sentences)
describeWording('wording of sets 61–65', [
  ['remote_maintenance', 'プログラム更新のための接続は、市の承認を受けた日時に限り、同社の保守拠点から行う。', true],
  ['remote_maintenance', '同社の本社から職員が来庁して作業する。', false],
  ['third_party_provision', '受け取った情報を他の機関に渡すことはしない。', true],
  ['third_party_provision', '受け取った情報を他の機関に渡す。', false],
  ['transport_media', '記録媒体による受渡しは行わない。', true],
  ['logging_audit_trail', 'ログイン及び出力の履歴は、サービス上で自動的に記録される。', true],
  ['logging_audit_trail', '申請の状況を画面で確認できる。', false],
  ['notice_consent', '申込書に「勤務先に確認することがあります」と記載し、保護者の署名欄を設ける。', true],
  ['notice_consent', '申込書を窓口で受け付ける。', false],
  ['access_control', '入力できるのは資産税係の職員（現在３名）だけとする。', true],
  ['access_control', '空家対策係（係長を含む４名）のみが取り扱う。', true],
  ['access_control', '資産税係の職員が入力する。', false],
  ['subject_scope', '対象は、現地を確認して空家等と判断した物件に限る。', true],
  ['subject_scope', '現地を確認して空家等と判断する。', false],
  ['third_party_provision', '所有者の情報は、相談者や自治会には伝えない。', true],
  ['data_minimization', '氏名や住所はバーコードに含めず、収納代行業者にも渡さない。', true],
  ['authentication', '回答者は調査番号と８桁のアクセスキーで回答画面に入る。', true],
  ['authentication', '本人確認は、口座情報と暗証番号を入力して行う。', false],
  ['subcontracting', '受託者が作業の一部をほかの事業者に任せる場合は、事前に町の承諾を得る。', true],
  ['data_minimization', '登録するのはメールアドレスと希望する分野の２項目だけです。', true],
  ['backup_recovery', 'データは日次で別の拠点に複製されている。', true],
  ['access_control', '名簿は自治会の役員以外に見せないこと。', true],
  ['third_party_provision', '町から同社へ個人情報を提供することはない。', true],
  ['notice_consent', '利用目的は、申請時に窓口で読み上げて説明する。', true],
  ['anonymization', '写真に写り込んだ人の顔は、公開する前にぼかしを入れる。', true],
  ['data_minimization', '撮影は道路区域に限り、住宅の敷地にカメラを向けない。', true],
  ['backup_recovery', '安否情報を扱うのは、災害対策本部の職員８名に限る。', false],
  ['backup_recovery', '災害対策として、データを別のデータセンターに複製する。', true],
]);
