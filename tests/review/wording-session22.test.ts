/**
 * Wording read in session 22 from the held-out sets already measured (172–197): sentences that looked like a
 * retention or deletion rule for the item's data and were not, each beside the rule they look like; and, from round 12
 * (set 203, after its measurement), a checklist whose rows are written as sentences ending in 「。」 before the answer mark.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, reviewMeasures, vagueRuleIds } from './helpers.ts';

describeWording('a cancelled operation (取消し) and a disciplinary procedure (処分の手続) are no deletion', [
  ['retention_deletion', '登録及び取消しの操作ログ（利用者ＩＤ、日時、端末番号）をサーバに記録し、期日前投票期間中は毎日、選挙係長が取消し操作の有無を点検する。', false],
  ['retention_deletion', '抽出した記録は、当該通報の調査及びこれに基づく処分の手続以外には利用せず、市の外部には提供しない。', false],
  ['retention_deletion', '不要となった記録は、年度末に消します。', true],
  ['retention_deletion', '調査票は、集計が終わった後、シュレッダーで処分する。', true],
]);

describeWording('a staff user’s registration removed when they leave is access control, not the data’s retention', [
  ['retention_deletion', 'システムを利用できるのは生活衛生課の職員６名とし、異動の日に利用者登録を削除する。', false],
  ['retention_deletion', 'アプリの利用登録は市が行い、委嘱期間の満了時に登録を抹消する。', false],
  // a resident's registration and the data that go with it
  ['retention_deletion', '利用者登録を抹消したときは、減免区分も同時に削除する。', true],
  ['retention_deletion', '登録者が転出・死亡した場合等は、登録を抹消します。', true],
]);

describeWording('the entry record of a work room kept for a year is no retention period of the item’s data', [
  ['retention_deletion', '受託者の作業場所は入退室をＩＣカードで管理し、記録を１年間保存する。', false],
  ['retention_deletion', '申請書は受付の日から５年間保存する。', true],
]);

describe('a checklist row written as a sentence, its 「。」 before the answer mark', () => {
  it('a row answered 「×」 or 「該当なし」 states no measure', () => {
    const r = reviewMeasures(['system_change'], [
      '６ 共有フォルダに保存した申請データを暗号化する。 × 現行の共有フォルダは暗号化に対応していない。',
      '１１ 申請データのバックアップを取得する。 該当なし',
    ]);
    expect(r.status('encryption_rest')).toBe('missing');
    expect(r.status('backup_recovery')).not.toBe('present');
    expect(r.status('backup_recovery')).not.toBe('vague');
  });
  it('a row answered 「○」 states its measure', () => {
    const r = reviewMeasures(['system_change'], [
      '６ 共有フォルダに保存した申請データをＡＥＳ２５６で暗号化する。 ○',
      '１１ 申請データのバックアップを毎日取得する。 ○',
    ]);
    expect(r.status('encryption_rest')).toBe('present');
    expect(r.status('backup_recovery')).toBe('present');
  });
});

describeWording('a safeguard left to be decided (「…については、今後…協議する予定」) states no measure of it', [
  ['remote_maintenance', 'リモート保守の方法については、今後、事業者と協議する予定である。', false],
  ['third_party_provision', '警察から映像の提供を求められた場合の取扱いについては、今後検討する。', false],
  ['staff_training', '職員及びボランティアへの個人情報保護に関する研修の実施方法については、今後、協会と協議する予定です。', false],
  // a consultation that is itself the measure, and a measure stated with a date
  ['subcontracting', '再委託については、事前に市と協議し、書面による承認を得なければならない。', true],
  ['staff_training', '研修については、従事前に受託者が実施し、受講記録を市に提出させる。', true],
]);

describe('a deferred safeguard outside the measures section', () => {
  it('counts for no category, yet its plan is a phrase to ask about', () => {
    const r = reviewMeasures(['indirect_collection'], ['録画装置は施錠した部屋に置く。'], ['警察から映像の提供を求められた場合の取扱いについては、今後検討する。']);
    expect(r.status('third_party_provision')).toBe('missing');
    expect(r.phrases.some((q) => q.includes('検討する'))).toBe(true);
  });
});

describeWording('round 12 wording (sets 199–204, after their measurement)', [
  // a code set per person or per counter, and its change
  ['authentication', '委員ごとに６桁の暗証番号を設定し、タブレットの起動時に入力する。', true],
  ['authentication', 'パスコードは窓口ごとに設定し、定期的に変更する。', true],
  ['authentication', '名簿は窓口ごとに保管する。', false],
  // a protocol that encrypts a call, and the encryption of what passes between two ends
  ['encryption_transit', 'タブレット端末と通訳センターの間の映像及び音声は、ＳＲＴＰ（ＡＥＳ１２８ビット）により暗号化する。', true],
  ['encryption_rest', 'タブレット端末と通訳センターの間の映像及び音声は、ＳＲＴＰ（ＡＥＳ１２８ビット）により暗号化する。', false],
  ['encryption_rest', '保存するデータはＡＥＳ２５６で暗号化する。', true],
  // a handover of media between two parties is no encrypted communication
  ['encryption_transit', '市と受託者の間のデータの受渡しは、市が貸与する暗号化機能付きＵＳＢメモリを用いて対面で行う。', false],
  // the core systems kept apart
  ['network_separation', '基幹系の端末とは接続しません。', true],
  ['network_separation', '基幹系システムの改修費用は約３００万円である。', false],
  // faces blurred, only counts given out, small counts withheld
  ['anonymization', '人の顔と車両のナンバーを自動でぼかす処理をした後に掲載します。', true],
  ['anonymization', '県に報告する捕獲実績は、獣種別・地区別の集計値のみとし、従事者を識別できる情報は提供しない。', true],
  ['anonymization', '集計結果は停留所別・時間帯別の件数とし、１０件未満の区分は公表しない。', true],
  ['anonymization', '教育委員会の担当者は、学校別・学年別の集計値のみを閲覧し、個人別の記録は閲覧できない設定とする。', false],
  ['anonymization', '写真は撮影した日のうちに掲載する。', false],
  // the addressee checked against the list before sealing
  ['misdelivery_prevention', '係長が提供先との一致を確認したうえで封緘し、書留で送付する。', true],
  ['misdelivery_prevention', '提供先は警察署に限る。', false],
  // who handles the list, and what one user sees
  ['access_control', '名簿を取り扱うのは、受託者の現場責任者と作業班長に限ります。', true],
  ['access_control', '乗務員は、車載タブレットで当日の自車の乗車予定のみを閲覧します。', true],
  ['access_control', '各委員の端末には、担当する地区の農地だけが表示されます。', true],
  ['access_control', '名簿は受託者の事務所で保管します。', false],
  // the purpose told on the form and on a card
  ['notice_consent', '受講申込書には、記録の目的と記録項目を６言語で記載する。', true],
  ['notice_consent', '入力した内容は３０日後に削除されることを８言語の説明カードで示す。', true],
  ['notice_consent', '受講申込書は６言語で用意する。', false],
  // a training that is what the data are about, not a training of those who handle them
  ['staff_training', 'ゲートキーパー研修の受講者名簿を電子計算組織に記録することについて、ご意見を伺います。', false],
  ['staff_training', '氏名、住所、営農計画の概要、交付金の交付状況、研修の受講歴、相談記録。', false],
  ['staff_training', '従事者には従事前に個人情報保護の研修を行い、受講者の名簿を市に提出させる。', true],
]);

describe('a clause still to be written (「条項を定める予定です」) is a plan', () => {
  it('is read by the plan rule', () => {
    expect(vagueRuleIds('事業者との利用契約には、個人情報の取扱いに関する条項を定める予定です。')).toContain('yotei');
    expect(vagueRuleIds('事業者との利用契約には、個人情報の取扱いに関する条項を定める。')).not.toContain('yotei');
  });
});

describeWording('a check inside the city, or a report to the council, is no oversight of the contractor', [
  ['vendor_oversight', '閲覧、更新及び出力の操作ログを５年間保存し、人事係長が毎月点検して結果を総務課長に報告する。', false],
  ['vendor_oversight', '令和８年１２月から３病院で開始し、１年後に実施状況を審議会に報告する。', false],
  ['vendor_oversight', '市は、毎年度、センターの実地調査を行い、その結果を当審議会に報告する。', true],
  ['vendor_oversight', '担当職員が年１回受託者の作業場所を訪問して管理状況を確認し、結果を課長に報告する。', true],
]);

describeWording('a notice mailed to the person, a recording on the device’s own card, an ambulance’s transport: no carrying of the data', [
  ['transport_media', '交付の決定は、申請者が指定したメールアドレスに通知し、紙の決定通知書を郵送する。', false],
  ['transport_media', '毎年１月に有効期限が到来する指導者を抽出し、更新案内を郵送する。', false],
  ['transport_media', '在外選挙人名簿の登録申請書は、在外公館から外務省を経由して郵送で届く。', false],
  ['transport_media', '映像は本体のＳＤカードに常時記録し、容量を超えると古いものから自動的に上書きされる。', false],
  ['transport_media', '更新前の機器のＳＤカードは、契約管財課で回収し、物理的に破砕して廃棄する。', false],
  ['transport_media', '事案のデータは搬送の翌日から起算して９０日を経過した時点で自動的に削除する。', false],
  // the list itself sent, and the card carried back to the office
  ['transport_media', '名簿は簡易書留で提供先に郵送する。', true],
  ['transport_media', '画像は車載機器のＳＤカードに記録し、帰庁後に職員が解析用パソコンへ取り込んだ上で、ＳＤカードを初期化する。', true],
]);
