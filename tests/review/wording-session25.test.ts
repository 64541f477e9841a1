/**
 * Wording read in session 25 from round 18 (sets 235–240, after their measurement): 「閲覧権限」 and screens limited to what
 * the work needs are access control; a council member's question reported is no measure; a certificate list 「には登録
 * されていない」 is no certificate; a matter 「今後検討する」 or whose period is 「…後に定める予定」 is not yet a measure.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, reviewMeasures, vagueRuleIds } from './helpers.ts';

describeWording('閲覧権限 and screens limited to the work are access control', [
  ['access_control', '（１）閲覧権限 学級担任は自分の学級、養護教諭及び校長は自校の児童生徒の記録を閲覧できる。', true],
  ['access_control', '手当システムは、従事者ごとにＩＤとパスワードで利用し、入力の画面は現況届の入力に必要な画面に限定する。', true],
  ['access_control', '利用できる機能は、業務に必要な機能に限る。', true],
  ['access_control', '入力の画面は見やすく配置する。', false],
]);

describeWording('a question of the council reported states no measure', [
  ['subcontracting', 'なお、再委託の取扱いについては、前回の審議会で委員から質問がありました。', false],
  ['logging_audit_trail', 'ログの確認については、委員からご意見をいただきました。', false],
  ['subcontracting', '委員から質問があった再委託については、市の書面による承諾を得た場合を除き禁止する。', true],
]);

describeWording('a certificate list said not to be joined is no certificate', [
  ['vendor_certification', '本システムは、ISMAPクラウドサービスリストには登録されていない。', false],
  ['vendor_certification', '受託者は、プライバシーマークの認証を取得していない。', false],
  ['vendor_certification', '本サービスはISMAPクラウドサービスリストに登録されている。', true],
]);

describeWording('a matter left to later is not yet a measure', [
  ['third_party_provision', '許可台帳の情報を他の機関に提供するかどうかは、今後検討する。', false],
  ['retention_deletion', '口座情報の保存期間は、国の通知が示された後に定める予定である。', false],
  ['retention_deletion', '口座情報の保存期間は、５年とし、期間の満了後に削除する。', true],
]);

describe('a matter left to later leaves the category missing, with a phrase to ask about', () => {
  it('the deferred retention period', () => {
    const r = reviewMeasures(['computer_recording'], ['口座情報の保存期間は、国の通知が示された後に定める予定である。']);
    expect(r.status('retention_deletion')).toBe('missing');
    expect(r.phrases.some((q) => q.includes('定める予定'))).toBe(true);
  });
});

// Round 19 (sets 241–246, after their measurement)

describe('a file said to be kept encrypted, with no scheme, is vague (sets 241, 242, 246)', () => {
  it('「作業ファイルは暗号化して保存します」 asks for the scheme', () => {
    const r = reviewMeasures(['computer_recording'], ['抽出したファイルは暗号化して保存します。']);
    expect(r.status('encryption_rest')).toBe('vague');
  });
  it('a file encrypted with a scheme is present', () => {
    const r = reviewMeasures(['computer_recording'], ['抽出したファイルはＡＥＳ２５６で暗号化して保存します。']);
    expect(r.status('encryption_rest')).toBe('present');
  });
  it('a file encrypted to be handed over is the medium’s matter, not vague storage', () => {
    const r = reviewMeasures(['external_provision'], ['提供するデータは暗号化したファイルとし、職員が持参して手渡す。']);
    expect(r.status('encryption_rest')).not.toBe('vague');
  });
});

describeWording('the present practice told with its risk or its difficulty is no measure', [
  ['incident_response', '現在、約１４０店の指定と更新を紙の台帳で管理しており、更新期限の確認に漏れが生じるおそれがあります。', false],
  ['access_control', 'センターは、市の職員２名で会員の相談の調整を行っているが、相談の予約が取りにくい状況が続いている。', false],
  ['access_control', 'センターの会員情報は、市の職員２名で取り扱う。', true],
]);

describeWording('the handling status of the contractor checked is oversight', [
  ['vendor_oversight', '委託先での取扱いの状況は、必要に応じて確認します。', true],
  ['vendor_oversight', '委託先での取扱いの状況は、年１回、職員が作業場所を訪問して確認します。', true],
  ['vendor_oversight', '安全管理の状況は、次ページの確認表のとおりです。', false],
  ['vendor_oversight', '個人情報の取扱いの状況は、別紙のチェックリストにより確認した。', false],
]);

describeWording('what the city does with the information, told to the person, is notice', [
  ['notice_consent', '下水道使用開始届の様式及び市ホームページで、使用水量を企業団から受け取ることをお知らせしています。', true],
  ['notice_consent', '給付金の案内の裏面に、「重複受給を防ぐため、住民記録の情報と照合します」と記載してお知らせします。', true],
  ['notice_consent', '使用水量を企業団から受け取る。', false],
]);

describeWording('the ground of the collection named with its article is a legal basis', [
  ['legal_basis', '収集の根拠は、生活困窮者自立支援法第２２条（資料の提供等）です。', true],
  ['legal_basis', '審議会への諮問の根拠は、審議会条例第２条です。', false],
]);

describeWording('the contract clause that forbids 委任 or 請負 to a third party is a subcontracting rule', [
  ['subcontracting', '受注者は、業務の全部又は主たる部分を第三者に委任し、又は請け負わせてはならない。', true],
  ['subcontracting', '受注者は、業務の一部を第三者に委任することができる。', false],
]);

describeWording('data kept inside the 個人番号利用事務系 network is separated', [
  ['network_separation', '抽出結果のファイルは、個人番号利用事務系のネットワーク内に設けた給付金室専用の共有フォルダで受け渡す。', true],
  ['network_separation', '抽出結果のファイルは、共有フォルダで受け渡す。', false],
]);

// Round 20 (sets 247–252, after their measurement)

describeWording('a database encrypted, and a file encrypted then sent, are encryption', [
  ['encryption_rest', '共同システムのデータベースを暗号化する。', true],
  ['encryption_transit', '連携ファイルは暗号化して県のシステムへ送信する。', true],
  ['encryption_rest', '連携ファイルは暗号化して県のシステムへ送信する。', false],
  ['encryption_transit', 'データベースを暗号化する。', false],
]);

describeWording('an opinion or question of the council reported, in longer forms, states no measure', [
  ['incident_response', '前回の審議会では、通帳を紛失した場合に読書の内容を他人に知られるおそれがあるとのご意見をいただきました。', false],
  ['anonymization', '本件について、委員から「番号を付け替えただけで個人を特定できないと言えるのか」との事前質問があった。', false],
]);

describe('a plan said politely is still a plan (set 247)', () => {
  it('「…については、…と併せて、今後検討します」 is a vague phrase', () => {
    expect(vagueRuleIds('指定期間の終了後に手元に残る個人情報の取扱いについては、引継ぎの方法と併せて、今後検討します。')).toContain('yotei');
  });
  it('a database encrypted with no scheme asks for it', () => {
    const r = reviewMeasures(['system_change'], ['共同システムのデータベースを暗号化する。']);
    expect(r.status('encryption_rest')).toBe('vague');
  });
});
