/**
 * Session 9, read from the disagreements of sets 2–66 taken together: sentences that use a safeguard's words for
 * something else. Children's entry and exit at a club (the data the service handles, not the entry control of a room),
 * paper kept for a period (a retention period, not physical storage), a registration code handed to parents (not a data
 * hand-over), a checklist row answered 「－」. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { expectedSafeguards } from '../../lib/review/index.ts';
import { buildSearchKey } from '../../lib/text/search-key.ts';
import { GENERAL_SPECIFIC } from '../../lib/review/data/safeguards.ts';
import { describeWording, reviewMeasures } from './helpers.ts';

describeWording('入退室 of children or users is not the entry control of a room', [
  ['physical_security', '児童は、クラブの入口の読取機にＩＣカードをかざして入退室を記録します。', false],
  ['logging_audit_trail', '児童は、クラブの入口の読取機にＩＣカードをかざして入退室を記録します。', false],
  ['logging_audit_trail', '入退室の記録は、児童が退会した年度の末日まで保存する。', false],
  ['physical_security', '作業室の入退室はＩＣカードで管理する。', true],
  ['logging_audit_trail', '専用区画の入退室はＩＣカードで記録する。', true],
  ['physical_security', '入退室はＩＣカードで記録し、作業中は施錠する。', true],
  ['physical_security', 'サーバは入退室管理を行うデータセンターに設置する。', true],
]);

describeWording('paper kept for a period is a retention period, not physical storage', [
  ['physical_security', '申請書などの紙の書類は、係の書類棚で一定期間保管した後、廃棄する。', false],
  ['physical_security', '紙の申請書は、これまでどおり保存年限まで保管します。', false],
  ['retention_deletion', '紙の申請書は、これまでどおり保存年限まで保管します。', true],
  ['physical_security', '書類は事務室内の棚に保管する。', true],
  ['physical_security', '名簿は保存期間の間、鍵のかかる書庫で保管する。', true],
]);

describeWording('a registration code handed to parents is not a data hand-over', [
  ['transport_media', '支援員が保護者に直接手渡しする登録用の書面のＱＲコードから、保護者自身が登録します。', false],
  ['transport_media', 'クラブで手渡しする登録コードと児童の生年月日を入力していただきます。', false],
  ['transport_media', '名簿は防災係の職員が自主防災組織の会長に直接手渡しする。', true],
]);

describeWording('a checklist row answered 「－」 names a measure the item does not take', [
  ['logging_audit_trail', '１５ 操作ログの取得 － 委託先の標準仕様によります。', false],
  ['backup_recovery', '１６ バックアップ － －', false],
  ['logging_audit_trail', '１５ 操作ログの取得 ○ 操作ログを１年間保存し、毎月確認する。', true],
  ['encryption_rest', '３ データはAES-256で暗号化して保存する。', true],
  ['incident_response', '5-4 タブレットを紛失したときは、直ちに本部に報告する。', true],
]);

describe('an item that handles no electronic data is not asked about login authentication', () => {
  const full = (text: string) => expectedSafeguards(['outsourcing'], buildSearchKey(text).key, 'full');
  it('「電子データは取り扱わず」 drops it; a paper list handed over does not', () => {
    expect(full('電子データは取り扱わず、紙の訪問記録のみである。')).not.toContain('authentication');
    expect(full('名簿は紙で作成し、事業者の担当者に窓口で手渡す。')).toContain('authentication');
  });
});

describe('an item number before 「名簿」「回収」 is not a count of people or times', () => {
  it('「３ 名簿は…適切に保管していただきます」 stays vague; 「３名の職員が」 is specific', () => {
    expect(reviewMeasures(['external_provision'], ['３ 名簿は、民生委員の自宅で適切に保管していただきます。']).status('physical_security')).toBe('vague');
  });
  it('the count itself still counts: 「3名」「2回」 are specific, 「3名簿」「2回収」 are not', () => {
    expect(GENERAL_SPECIFIC.test('職員3名が扱う')).toBe(true);
    expect(GENERAL_SPECIFIC.test('点検は2回行う')).toBe(true);
    expect(GENERAL_SPECIFIC.test('3名簿は自宅で保管する')).toBe(false);
    expect(GENERAL_SPECIFIC.test('2回収した書類は返す')).toBe(false);
  });
});

// the other way round: hand-over wording no rule knew (session 9, sets 2–66 together; our own sentences)
describeWording('hand-over wording', [
  ['transport_media', '回答書は税務課が紙で交付する。', true],
  ['transport_media', '事業者の従業員が毎週来庁し、担当課の職員から申請書を受け取る。', true],
  ['transport_media', 'ＣＳＶファイルを専用の管理画面からアップロードして取り込む。', true],
  ['transport_media', '担当職員が直接受け取りに行く。', true],
  ['transport_media', '電子メールへの添付は行わない。', true],
  ['transport_media', '個人情報を保守端末その他の媒体に保存してはならない。', true],
  ['transport_media', '移行は事業者が暗号化した外付けディスクを用いて行う。', true],
  ['transport_media', '申請書は担当課が受け付ける。', false],
  ['transport_media', '管理画面から配信する。', false],
]);

describeWording('who is concerned, said in a sentence', [
  ['subject_scope', '対象は、食物アレルギーがあり個別対応を希望する児童生徒で、現在５８人です。', true],
  ['subject_scope', '撮影されるのは、撮影範囲に立ち入ったすべての方です。', true],
  ['subject_scope', '実態調査で把握した空き家１３８件の所有者に通知する。', true],
  ['subject_scope', '対象は適切に設定する。', false],
  ['subject_scope', '申請は年間１３８件ある。', false],
]);

describeWording('people who enter a camera\'s range are not an inspection', [
  ['vendor_oversight', '撮影されるのは、撮影範囲に立ち入ったすべての方です。', false],
  ['vendor_oversight', '市は年１回、受託者の作業場所に立ち入り、管理状況を確認する。', true],
]);

describeWording('conditions of a provision (session 9)', [
  ['third_party_provision', '療育記録の内容は提供しない。', true],
  ['third_party_provision', '同意を得た方に限り自主防災組織へ提供する。', true],
  ['third_party_provision', '民生委員は民生委員法第１５条により守秘義務を負う。', true],
  ['third_party_provision', '捜査関係事項照会書により照会があった場合に限り提供する。', true],
  ['third_party_provision', '業務に必要な最小限の項目に限定し、それ以外の情報は提供しない。', false],
  ['third_party_provision', '市の職員は守秘義務を負う。', false],
]);

describeWording('who may see it, said with a count, a screen or a lent device (session 9)', [
  ['access_control', '照会は、こども支援課の児童クラブ担当２名のみが行う。', true],
  ['access_control', '奨学金担当職員２名が、住民情報照会端末で照会する。', true],
  ['access_control', '職務に応じて閲覧・更新できる画面を局が設定する。', true],
  ['access_control', '表示できる画面は受付に必要なものに限る。', true],
  ['access_control', '市が貸与する端末以外の機器で個人情報を取り扱ってはならない。', true],
  ['access_control', '職員２名で受託者の工場に持参する。', false],
  ['access_control', '画面を見やすく設定する。', false],
]);

describeWording('consent and notice, in more of the sets\' wording (session 9)', [
  ['notice_consent', '名簿は、提供に書面で同意した方に限り提供する。', true],
  ['notice_consent', '同意のボタンを押した者だけが登録できる。', true],
  ['notice_consent', '署名を得た世帯に限って照会する。', true],
  ['notice_consent', '提供を拒否する申出ができることをお知らせしています。', true],
  ['notice_consent', '名簿は毎年４月に更新する。', false],
]);

// read from set 72 after its first measurement (our own sentences)
describeWording('a daily copy kept elsewhere is a backup, not a hand-over; logging on with a card and a PIN', [
  ['backup_recovery', 'サーバのデータは毎日外付けの記憶装置へ複製し、その複製を消防署の金庫に移して保管する。', true],
  ['transport_media', 'サーバのデータは毎日外付けの記憶装置へ複製する。', false],
  ['transport_media', '移行に用いる外付けの記憶装置は暗号化機能付きのものとする。', true],
  ['authentication', '職員はＩＣカードと４桁以上の暗証番号によりログオンする。', true],
  ['authentication', '職員は端末にログオンする。', false],
]);

describeWording('a facility named 研修施設 is not training', [
  ['staff_training', '施設：青少年自然の家（宿泊研修施設）', false],
  ['staff_training', '指定管理者の職員に研修を行わせる。', true],
]);

describe('「教育を徹底させる」 is emphasis without content (domain.md §4.2 P09)', () => {
  it('training vague', () => {
    expect(reviewMeasures(['outsourcing'], ['・配達員には、利用者の情報の取扱いについて教育を徹底させる。']).status('staff_training')).toBe('vague');
  });
});

describeWording('doors, PINs and a same-day first report (session 9)', [
  ['physical_security', '入口は職員証（ＩＣカード）で解錠する扉とする。', true],
  ['physical_security', '作業は入室を分析部門の社員に制限している分析室で行う。', true],
  ['authentication', '端末は検針員ごとの４桁の暗証番号で起動する。', true],
  ['incident_response', '事故を認知した当日中に教育相談課へ第一報を入れる。', true],
  ['incident_response', '利用者からの問合せは当日中に回答する。', false],
  ['physical_security', '扉を開けて換気する。', false],
]);
