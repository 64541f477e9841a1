/**
 * Wording read in session 29 from round 24 (sets 271–276, after their measurement): data kept in two data centres; a
 * record of the calls sent; data uploaded through a management screen; a provision to a fire department; names received in
 * a sealed envelope; lists collected in exchange for the next day's; a member reading only the papers of his own panel;
 * a provision limited to the people who consented.
 */
import { describeWording } from './helpers.ts';

describeWording('backups by data kept in two places', [
  ['backup_recovery', 'データは国内の２か所のデータセンターに分散して保存されます。', true],
  ['backup_recovery', '名簿は３か所の拠点に分散して保管する。', true],
  // offices spread over the town are no copies of the data
  ['backup_recovery', '窓口は市内３か所に設置する。', false],
]);

describeWording('a record of what was sent', [
  ['logging_audit_trail', '通報の記録（日時、件数、応答の有無）は、管理画面で３年間保存します。', true],
  ['logging_audit_trail', '配信の記録は１年間保存する。', true],
  ['logging_audit_trail', '通報の内容を職員が聞き取る。', false],
  // the reports themselves (公益通報), not a record of what was sent (sets 152, 172)
  ['logging_audit_trail', '契約期間の終了時に、事務所は通報の記録を市に引き渡す。', false],
  ['logging_audit_trail', '紙の通報記録は、事務所内の施錠できる書庫に保管する。', false],
]);

describeWording('data uploaded through a management screen', [
  ['transport_media', '名簿から抽出した登録データ（ＣＳＶ）は、ＴＬＳで暗号化された管理画面から町職員がアップロードします。', true],
  ['transport_media', '管理画面から配信の設定を変更する。', false],
]);

describeWording('a provision to a fire department', [
  ['third_party_provision', '救助を求める投稿と判断したものは、消防本部に提供し、指令システム以外には入力しません。', true],
  ['third_party_provision', '消防本部の職員が現地を確認する。', false],
]);

describeWording('a provision limited to the people who consented', [
  ['third_party_provision', '平常時に避難支援等関係者（自治会、民生委員）へ名簿を提供するのは、本人から同意書の提出を受けた方に限ります。', true],
  ['third_party_provision', '名簿は本人から同意書の提出を受けた方に限り作成します。', false],
]);

describeWording('names received in a sealed envelope', [
  ['transport_media', '毎月１回、職員２名が警察署に出向き、封筒に封入された名簿（紙）を受け取る。', true],
  ['transport_media', '封筒には返信用の切手を同封する。', false],
]);

describeWording('lists collected in exchange for the next day\'s', [
  ['transport_media', 'リストは配達終了後に事業所へ持ち帰り、翌日分と引き換えに回収する。', true],
  ['transport_media', '使用済みの電池は新しい電池と引き換えに回収する。', false],
]);

describeWording('a member reads only the papers of his own panel', [
  ['access_control', '各委員は自らが属する合議体の資料のみを、開催日の７日前から翌日まで閲覧できる。', true],
  ['access_control', '各委員は全ての合議体の資料を閲覧できる。', false],
]);
