/**
 * Wording read from the errors of held-out sets 157–162 (session 19, measured once before): kinds of sentence the
 * authors counted and the engine did not, or the reverse, each with a look-alike on the other side.
 */
import { describe, expect, it } from 'vitest';
import { MAILING } from '../../lib/review/data/expectations.ts';
import { describeWording, vagueRuleIds } from './helpers.ts';

describeWording('de-identification written without naming it (anonymization, domain.md §2.30)', [
  // a ban on re-identifying, a form that cannot be matched back
  ['anonymization', '第５条 乙は、研究用データを他の情報と照合して本人を識別し、又は識別しようとしてはならない。', true],
  ['anonymization', '回答票には整理番号を付さず、抽出データと照合できない形式とする。', true],
  // k-anonymity and small-cell suppression
  ['anonymization', '同じ属性の組合せが５人未満となる記録は削除する（ｋ＝５）。', true],
  ['anonymization', '統計表は、集計値が３未満となるセルを「＊」で秘匿して公表する。', true],
  // a pseudonym numbered apart from the resident number, or hashed from it
  ['anonymization', '分析用番号は、こども政策課が宛名番号とは別に付番する。', true],
  ['anonymization', '分析用ＩＤ（宛名番号から生成した不可逆のハッシュ値）', true],
  // look-alikes: matching records to find a person, a threshold that is no cell, a password hash
  ['anonymization', '職員は申請書と住民記録を照合して本人を確認する。', false],
  ['anonymization', '利用者が５人未満の日は開館しない。', false],
  ['anonymization', 'パスワードは不可逆のハッシュ値で保存する。', false],
]);

describeWording('a pseudonymous research number is no login ID (authentication)', [
  ['authentication', '１ 研究用ＩＤ、学年、年度、学校の規模区分、国語・算数の正答率', false],
  ['authentication', '分析用ＩＤと被保険者番号の対応表は市が保管する。', false],
  ['authentication', '職員にはＩＤ及びパスワードを個別に付与する。', true],
  ['authentication', '調査票に回答用ＩＤと初期パスワードを記載して送付する。', true],
]);

describeWording('items limited in a table row with no 「は」 after the label (data minimization)', [
  ['data_minimization', '(4) 利用する項目 氏名、住所、来庁日、手続の種類に限る。', true],
  ['data_minimization', '(3) 提供する項目 氏名、電話番号に限る。', true],
  // the persons are limited, not the items
  ['data_minimization', '(2) 対象者 令和８年１１月に証明書の交付を受けた方に限る。', false],
]);

describeWording('an answer said to be optional (notice and consent)', [
  ['notice_consent', '調査票に回答が任意であることを明記する。', true],
  ['notice_consent', '記入が任意である旨を申込書に記載する。', true],
  ['notice_consent', '回答の集計は統計として公表する。', false],
]);

describeWording('a server room with a note in brackets (data location)', [
  ['data_location', '５ サーバの設置場所 ○ 本庁舎３階のサーバ室（入退室はＩＣカードで管理）に設置する。', true],
  ['data_location', 'サーバ室（本館２階）に保管する。', true],
  // paper kept in a locked place is no data location
  ['data_location', '申請書は鍵のかかる書庫（総務課管理）に保管する。', false],
]);

describeWording('telling residents not to share their PIN is no rule on provision (third-party provision)', [
  ['third_party_provision', '広報紙とホームページで、暗証番号を他人に教えないこと及び証明書の取り忘れへの注意を呼びかける。', false],
  ['third_party_provision', 'パスワードは他人に教えないよう利用者に案内する。', false],
  ['third_party_provision', '受託者は、名簿を他の者に渡さない。', true],
  ['third_party_provision', '相談の内容は第三者に伝えない。', true],
]);

describeWording('「…に提供することはない」 is a rule on provision (third-party provision)', [
  ['third_party_provision', '用地測量を受託している事業者に一覧を提供することはない。', true],
  ['third_party_provision', '公社が外部に名簿を提供することもありません。', true],
  // the city’s own use, no provision
  ['third_party_provision', '公社は一覧を複写しない。', false],
]);

describeWording('disposal after the acquisition or survey is over (retention and deletion)', [
  ['retention_deletion', '用地の取得が完了した後、一覧は公社において適切に処理する。', true],
  ['retention_deletion', '調査が終了した後、調査票は速やかに処分する。', true],
  ['retention_deletion', '用地の取得が完了した後、町が公社から用地を買い戻す。', false],
]);

describe('documents sealed in an envelope to be kept, not sent (no mailing, so no misdelivery expectation)', () => {
  it('「封筒に封入し、…施錠できる保管庫に保管しなければならない」 is no mailing; sealing letters to post still is', () => {
    expect(MAILING.test('受託者は、夜間に預かった戸籍の届書を、複写することなく封筒に封入し、警備員室内の施錠できる保管庫に保管しなければならない。')).toBe(false);
    expect(MAILING.test('受託者は、納税通知書を封入封緘し、郵便局に差し出す。')).toBe(true);
    expect(MAILING.test('受託者は、通知書を窓あき封筒に封入する。')).toBe(true);
  });
});

describeWording('「…している旨は、…に表示する」 tells the people filmed (notice and consent)', [
  ['notice_consent', '(6) 防犯カメラを設置している旨は、庁舎の出入口等に適宜表示する。', true],
  ['notice_consent', '録画している旨を入口に掲示する。', true],
  // the screen shows data to staff, nobody is told
  ['notice_consent', '画面には受付番号を表示する。', false],
]);

describeWording('the national network’s records, what residents can see of them, a suspected unauthorised access (set 159)', [
  ['logging_audit_trail', '情報照会・提供の記録は情報提供ネットワークシステムに７年間保存される。', true],
  ['logging_audit_trail', '閲覧の記録を取得し、課長が毎月確認する。', true],
  ['logging_audit_trail', '相談の記録は５年間保存する。', false],
  ['data_subject_rights', '本人はマイナポータルで自己の情報の照会・提供の状況を確認できます。', true],
  ['data_subject_rights', '職員は申請者の情報を確認する。', false],
  ['incident_response', '障害や不正なアクセスが疑われる事象が発生したときは、関係機関と連携し適切に対応します。', true],
  ['incident_response', '不正なアクセスを防ぐため、ファイアウォールを設置する。', false],
]);

describeWording('updating the OS and software is vulnerability management (set 157)', [
  ['vulnerability_management', '事業者がＯＳやソフトウェアの更新など、必要な対策を講じる。', true],
  ['vulnerability_management', 'サーバのＯＳの更新を毎月行う。', true],
  // updating the data or the app’s contents is not
  ['vulnerability_management', '名簿の更新を毎月行う。', false],
  ['vulnerability_management', 'アプリの掲載情報の更新は広報課が行う。', false],
]);

describe('a checklist note that ends in the plan (「予定」, set 159)', () => {
  it('「…次回の機器更新時に対応予定」「契約締結後に提出予定」 are plans; a start date 「（予定）」 and 「予定どおり」 are not', () => {
    expect(vagueRuleIds('現行の端末ではログ取得機能がないため、次回の機器更新時に対応予定')).toContain('yotei');
    expect(vagueRuleIds('11 連絡体制表を町に提出する。 × 契約締結後に提出予定')).toContain('yotei');
    expect(vagueRuleIds('令和９年４月１日から運用を開始する（予定）。')).not.toContain('yotei');
    expect(vagueRuleIds('データの消去は予定どおり完了した。')).not.toContain('yotei');
  });
});

describe('「期限を定めずに保存する」 (set 161)', () => {
  it('is a phrase of its own, listed without making the sentence’s categories vague', async () => {
    const { VAGUE_RULES } = await import('../../lib/review/data/vague-rules.ts');
    expect(vagueRuleIds('事故等が発生したときは、該当する時間帯の映像をＤＶＤ－Ｒに複写し、期限を定めずに保存する。')).toContain('kigen_nashi');
    expect(vagueRuleIds('映像は期限を定めて保存し、期限の到来後に消去する。')).not.toContain('kigen_nashi');
    expect(VAGUE_RULES.find((r) => r.id === 'kigen_nashi')?.weakens).toBe(false);
  });
});

describe('priority modifiers read the word, not letters inside another one', () => {
  it('「ＤＶＤ－Ｒ」 is no DV; 「ＤＶ被害者」「DV相談」 are', async () => {
    const { PRIORITY_MODIFIERS } = await import('../../lib/review/data/expectations.ts');
    const abuse = PRIORITY_MODIFIERS.find((m) => m.id === 'abuse')!;
    const read = (s: string) => abuse.when.test(s.normalize('NFKC'));
    expect(read('該当する時間帯の映像をＤＶＤ－Ｒに複写する。')).toBe(false);
    expect(read('ＤＶ被害者の住民票の写しの交付を制限する。')).toBe(true);
    expect(read('DV相談の記録をシステムで管理する。')).toBe(true);
  });
});
