/**
 * Wording read in session 29 from round 25 (sets 277–282, after their measurement): the documents of the 本人通知制度 are the
 * item's subject, not a notice; an item published only in stated cases; the rules taught before the work; consent checked
 * or given in writing; a provision to the press; data sent by encrypted e-mail.
 */
import { describeWording } from './helpers.ts';

describeWording('the 本人通知制度 named, not a notice of the handling', [
  ['notice_consent', '本人通知書は年間約２，４００件の発送を見込んでいます。', false],
  ['notice_consent', '本人通知機能を利用できる職員は市民課住民記録係の７名に限る。', false],
  ['notice_consent', '第三者に交付したときは、本人通知により本人に知らせる。', true],
]);

describeWording('an item made public only in stated cases', [
  ['data_minimization', '氏名は、次のいずれかに該当する場合に限り公表し、それ以外は所属と職位のみとします。', true],
  ['data_minimization', '結果は、次のいずれかに該当する場合に限り公表します。', false],
]);

describeWording('the rules taught before the work', [
  ['staff_training', '台帳を取り扱う職員は、着任時に監察室長からこの要領の説明を受けなければならない。', true],
  ['staff_training', '要領の改正は監察室長が行う。', false],
]);

describeWording('consent checked or given in writing', [
  ['notice_consent', '同意の有無と範囲は受付時に書面又は電子メールで確認し、記録する。', true],
  ['notice_consent', '通報者が書面により同意した場合は、氏名を調査担当者に伝える。', true],
  ['notice_consent', '通報の有無と内容は受付時に確認する。', false],
]);

describeWording('a provision to the press', [
  ['third_party_provision', '報道機関への資料提供と町ホームページへの掲載により公表します。', true],
  ['third_party_provision', '報道機関の取材には広報課が対応する。', false],
]);

describeWording('data sent by encrypted e-mail', [
  ['transport_media', '受付報告書は、暗号化した電子メールにより総務課長あてに送付する。', true],
  ['transport_media', '電子メールで問い合わせに回答する。', false],
]);
