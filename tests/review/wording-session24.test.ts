/**
 * Wording read in session 24 from round 16 (sets 223–228, after their measurement): a checklist row ticked 「○」 after its
 * predicate is a statement, not a heading; a row whose own mark is 「×」 or 「該当なし」 states nothing; a matter
 * 「確認中」 or left 「契約締結までに検討する」 is no measure; a measure said to be 「困難」 is not taken; a law's words in
 * brackets are not the item's vague wording; 「…課の担当職員に限り」「関係する職員のみ」 name no number or role.
 */
import { describe, expect, it } from 'vitest';
import { isHeading } from '../../lib/review/units.ts';
import { describeWording, reviewMeasures, unitOf, vagueRuleIds } from './helpers.ts';

describe('a checklist row ticked 「○」 after its predicate is a statement', () => {
  const rows = [
    '1 委託契約書に個人情報取扱特記事項を添付する ○ 町の標準特記事項',
    '2 再委託を禁止する（町の書面による承諾がある場合を除く） ○',
    '3 受託者がプライバシーマーク又はＩＳＭＳ認証を取得している × 取得していない',
    '4 従事者の名簿を業務開始前に提出させる ○',
    '5 端末の利用者ごとにIDとパスワードを設定する ○ 従事者３名',
    '6 事故が発生したときは直ちに町に報告させる ○',
  ];
  it('finds what the ticked rows state, not what the 「×」 row names', () => {
    const r = reviewMeasures(['outsourcing'], rows);
    expect(r.status('subcontracting')).toBe('present');
    expect(r.status('authentication')).toBe('present');
    expect(r.status('vendor_oversight')).toBe('present');
    expect(r.status('incident_response')).not.toBe('missing');
    expect(r.status('vendor_certification')).not.toBe('present');
  });
  it('a numbered heading is still a heading; a ticked row is not', () => {
    expect(isHeading(unitOf('(1) 通信の暗号化'))).toBe(true);
    expect(isHeading(unitOf('(2) 保存データの暗号化（ＡＥＳ）'))).toBe(true);
    expect(isHeading(unitOf('4 従事者の名簿を業務開始前に提出させる ○'))).toBe(false);
    expect(isHeading(unitOf('2 再委託を禁止する（町の書面による承諾がある場合を除く） ○'))).toBe(false);
  });
});

describeWording('a row whose own mark says not done or not applicable states nothing', [
  ['encryption_rest', 'データを暗号化している ×', false],
  ['logging_audit_trail', '作業の記録を残している ×', false],
  ['third_party_provision', '外部へ提供する場合の取扱いを定 － 該当なし めている', false],
  ['access_control', '取り扱う職員を限定している ○ 福祉課の義援金担当の職員3名に限る。', true],
  ['encryption_rest', '保存データはＡＥＳ２５６で暗号化している。', true],
]);

describeWording('a matter being checked or left to the contract is no measure', [
  ['encryption_rest', '(8) 保存データの暗号化の方式は、現在、決済代行事業者に確認中です。', false],
  ['subcontracting', 'なお、受託者による再委託の可否は、契約締結までに検討する。', false],
  ['subcontracting', '再委託の可否は、市が書面で承認する。', true],
]);

describeWording('a measure said to be impossible is not taken', [
  ['notice_consent', 'なお、相談者一人ひとりから利用の同意を得ることは、匿名の相談も多く困難です。', false],
  ['notice_consent', '相談者から同意書を得る。', true],
]);

describe('vague wording', () => {
  it('a law’s words quoted in brackets after its article are not the item’s', () => {
    expect(vagueRuleIds('個人情報の保護に関する法律第61条第1項（所掌事務の遂行に必要な範囲での保有）による。')).not.toContain('hitsuyou_na_hani');
    expect(vagueRuleIds('照会結果は必要な範囲で関係課と共有する。')).toContain('hitsuyou_na_hani');
  });
  it('「…課の担当職員に限り」「関係する職員のみ」 name no number or role; a named duty does', () => {
    expect(vagueRuleIds('照会は福祉総務課の担当職員に限り行う。')).toContain('tantou_nomi');
    expect(vagueRuleIds('予診票の内容の入力は、関係する職員のみが行う。')).toContain('tantou_nomi');
    expect(vagueRuleIds('端末は保育課の入所担当職員に限り利用する。')).not.toContain('tantou_nomi');
    expect(vagueRuleIds('照会は福祉総務課の担当職員２名に限り行う。')).not.toContain('tantou_nomi');
  });
});

describeWording('a roster of who may use the system is no physical security; a traffic accident is no data incident', [
  ['physical_security', '係長が利用者名簿を管理し、異動のあった日に利用者登録を削除する。', false],
  ['physical_security', '名簿は施錠できる書庫で管理する。', true],
  ['incident_response', '事故やヒヤリハットが発生したときは、運転者が総務課に届け出て、総務課の担当職員のみがSDカードから映像を取り出す。', false],
  ['incident_response', '漏えい等の事故が発生したときは、受託者は２４時間以内に市に報告する。', true],
]);

describeWording('the password that is an encryption key is no login', [
  ['authentication', '暗号鍵となるパスワードは人権推進係長が管理し、職員の異動時に変更します。', false],
  ['encryption_rest', '暗号鍵となるパスワードは人権推進係長が管理し、職員の異動時に変更します。', true],
  ['authentication', '職員ごとのIDとパスワードで認証する。', true],
]);

// Round 17 (sets 229–234, after their measurement)
describeWording('a file kept with a password is stored data protected, not a login; a database’s or terminal’s stays a login', [
  ['authentication', '抽出ファイルには、パスワードを設定して保存する。', false],
  ['encryption_rest', '抽出ファイルには、パスワードを設定して保存する。', true],
  ['authentication', 'データベースにはパスワードを設定し、適切に管理する。', true],
  ['authentication', '相談記録のデータは、パスワードを設定した事務所の端末に保存しなければならない。', true],
]);

describeWording('inspections of shops under the law and the staff a job takes are the item’s work, not oversight or access control', [
  ['vendor_oversight', '食品衛生監視員(18名)は、飲食店等への立入検査の結果を紙の監視票に記入し、帰庁後にシステムへ転記している。', false],
  ['vendor_oversight', '旅館業法に基づく立入検査で行う宿泊者名簿の確認結果を、旅館業台帳システムに記録すること。', false],
  ['vendor_oversight', '市は、年1回、受託者の作業場所への立入検査を行う。', true],
  ['access_control', '通知は年間約400通で、繁忙期には職員2名が数日を要しているため、印刷から郵便差出しまでを事業者に委託します。', false],
  ['access_control', '台帳を利用できるのは、保健師6名と事務職員2名の計8名に限る。', true],
]);

describeWording('a chatbot’s question history is its data, not a log', [
  ['logging_audit_trail', '広聴課の職員は、管理画面に接続し、回答の登録と問合せ履歴の確認を行う。', false],
  ['logging_audit_trail', '操作履歴を1年間保存し、係長が毎月確認する。', true],
]);

describeWording('wording read in round 17', [
  ['access_control', '本業務に従事する者を限定し、従事者名簿を契約締結後10日以内に市に提出させる。', true],
  ['data_minimization', '利用しない情報：認定の理由、世帯の所得、生活保護の受給の有無', true],
  ['subject_scope', '記録される個人は、委員、発言した住民及び説明を行った職員である。', true],
  ['data_subject_rights', '取下げの申出があった世帯は、翌月の名簿から削除します。', true],
  ['vendor_selection', '委託先は、プライバシーマークを取得している事業者から選定します。', true],
]);

describe('a subcontract allowed with the city’s written consent, the subcontractor named between', () => {
  it('is a condition, not a bare permission', () => {
    const r = reviewMeasures(['outsourcing'], [
      '受注者は、本業務の全部又は一部を第三者に再委託してはならない。ただし、印刷機の故障時に限り、あらかじめ市の書面による承諾を得て、同種の印刷事業者に再委託することができる。',
    ]);
    expect(r.status('subcontracting')).toBe('present');
  });
});

describeWording('more wording read in round 17', [
  ['vulnerability_management', '端末のOSとアプリは、定期的に更新する。', true],
  ['physical_security', '適切な管理が行われている作業場所で行わせます。', true],
  ['physical_security', '十分なセキュリティを確保した事業者の作業場で行う。', true],
  ['vendor_oversight', '立入検査の現場でタブレット端末から直接入力することにより、転記作業と転記誤りをなくす。', false],
  ['vendor_oversight', '本町は、旅館業法第7条に基づく立入検査を行っており、その際に宿泊者名簿が正しく記載されているかを確認している。', false],
]);
