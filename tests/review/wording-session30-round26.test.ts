/**
 * Wording read in session 30 from round 26 (sets 283–288, after their measurement): rules of not giving data out, items
 * used and nothing more, instruction of the staff, small counts hidden, the rooms kept secure, who knows
 * the PIN, a file said to be encrypted; what is not a measure: a notice sent to the town, the item's own publication,
 * people with a record of receiving benefits, an incident reported in the news, a question still being asked, a
 * crossed checklist row.
 */
import { describe, expect, it } from 'vitest';
import { isHeading } from '../../lib/review/units.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { describeWording, foundIn, makeConsultation, makeDoc, reviewMeasures, unitOf } from './helpers.ts';

describeWording('rules of not giving data out', [
  ['third_party_provision', '個票データを市以外の者に提供することはしない。', true],
  ['transport_media', '申立人の氏名は口頭により伝え、文書、メール等では渡しません。', true],
  ['transport_media', '申立人には結果を文書で伝えます。', false],
]);

describeWording('the items used and nothing more', [
  ['data_minimization', '分析に用いるのは、配信ごとの開封の有無及びブロックの有無のみとする。', true],
  ['data_minimization', '分析の結果は庁内で共有する。', false],
]);

describeWording('the staff instructed', [
  ['staff_training', '受託者は、従事者に個人情報保護について十分に指導させる。', true],
  ['staff_training', '運営に従事する者全員に対し、個人情報の取扱いに関する説明を行う。', true],
  ['staff_training', '事業の内容について住民に説明を行う。', false],
]);

describeWording('small counts hidden', [
  ['anonymization', '件数が３件未満の欄は「－」と表示して公表する。', true],
  ['anonymization', '件数は地区別に公表する。', false],
]);

// (「ニーズ票は活動終了後にセンターで回収します」 (set 288) is not read as a way of carrying: a rule for 回収 found it in 14 items
// of sets 1–282, in 11 of which the authors did not count it)
describeWording('papers taken back are not a way of carrying by themselves', [
  ['transport_media', '古い名簿は、新しい名簿を配付する際に回収します。', false],
]);

describeWording('the rooms kept secure', [
  ['physical_security', '相談員の執務室は十分なセキュリティを確保する。', true],
  ['physical_security', '戸籍の写しは用地課内で適切に保管する。', true],
  ['physical_security', '相談員は執務室で電話を受ける。', false],
]);

describeWording('who knows the PIN', [
  ['authentication', 'ＩＣカードの暗証番号は課長と使用者のみが知るものとします。', true],
  ['authentication', '暗証番号の再設定は窓口で受け付ける。', false],
]);

describeWording('a file said to be encrypted', [
  ['encryption_rest', 'データのファイルは暗号化する。', true],
  ['encryption_rest', 'データのファイルは暗号化して送付する。', false],
]);

describeWording('not a notice to the person', [
  ['notice_consent', '県は、登録された情報を削除し、削除した旨を町に文書で通知する。', false],
  ['notice_consent', '指導監査の結果を、町のホームページで公表する。', false],
  ['notice_consent', '本事業の内容は、市のホームページで周知する。', true],
  ['notice_consent', '運営指導で町の職員が記録を閲覧することがある旨は、事業所を通じて適宜周知する。', true],
]);

describeWording('people with a record of receiving benefits are no vendor', [
  ['vendor_selection', '市内の介護サービス利用者のうち、直近１２か月に給付実績がある者', false],
  ['vendor_selection', '県内の１２市町村で利用実績があることから選びました。', true],
]);

describe('what is not a measure', () => {
  it('an incident reported in the news', () => {
    expect(foundIn('※他自治体では、クラウドサービスの脆弱性を突いた不正アクセスの事案が報じられている。').size).toBe(0);
  });
  it('a question still being asked', () => {
    expect(foundIn('※前回の審議会で質問のあった「県のサーバに保存されたデータは暗号化されているか」については、現在県に照会中である。').has('encryption_rest')).toBe(false);
  });
  it('a crossed checklist row, while a ticked one is read', () => {
    expect(foundIn('保存データの暗号化 ×').has('encryption_rest')).toBe(false);
    expect(foundIn('ＵＳＢメモリ等の使用 ×').has('transport_media')).toBe(false);
    expect(foundIn('保存データの暗号化 ○').has('encryption_rest')).toBe(true);
  });
});

describe('a checklist row ending in a verb', () => {
  it('is a statement, not a heading that needs sentences under it', () => {
    expect(isHeading(unitOf('1 委託契約書に個人情報取扱特記事項を付す ○ 町の標準特記事項'))).toBe(false);
    expect(isHeading(unitOf('(3) 通信及び保存の暗号化'))).toBe(true);
  });
  it('so the category it names is present', () => {
    const r = reviewMeasures(['outsourcing'], ['1 委託契約書に個人情報取扱特記事項を付す ○ 町の標準特記事項']);
    expect(r.status('outsourcing_contract')).toBe('present');
  });
  it('a file said to be encrypted without a scheme is vague', () => {
    expect(reviewMeasures(['computer_recording'], ['４ データのファイルは暗号化する。']).status('encryption_rest')).toBe('vague');
  });
});

/** One external linkage whose section holds `measures`, with `before` lines ahead of it, judged against the detailed table. */
function linkage(measures: string[], before: string[]) {
  const doc = makeDoc([[...before, '5 安全対策', ...measures, '6 スケジュール', '令和8年4月 開始'].join('\n')]);
  const c = makeConsultation(doc, { types: ['external_linkage'], sections: [{ heading: '5 安全対策', page: 1, until: '6 スケジュール' }] });
  const r = reviewConsultation(c, doc, { expectations: 'full' });
  return (id: string) => r.safeguards.find((g) => g.id === id)?.status;
}

describe('a link to a system the prefecture runs, with no vendor and no cloud (set 288)', () => {
  const before = ['町の担当職員が、県が運用する「県被災者支援システム」に、ＬＧＷＡＮ回線を経由して対象者の情報を登録する。'];
  it('expects no vendor certification, no contract with a vendor and no backup of a cloud', () => {
    const status = linkage(['操作ログは県が取得する。'], [...before, 'システムは県庁舎内のサーバ室で稼働しており、事業者によるクラウドサービスではない。', 'システムの運用は県の職員が行い、町と県の間に受託事業者は介在しない。']);
    expect(status('vendor_certification')).toBeUndefined();
    expect(status('outsourcing_contract')).toBeUndefined();
    expect(status('backup_recovery')).toBeUndefined();
  });
  it('expects them when a vendor\'s cloud service runs it', () => {
    const status = linkage(['操作ログは県が取得する。'], ['町の担当職員が、事業者のクラウドサービスで運用するシステムに対象者の情報を登録する。']);
    expect(status('vendor_certification')).toBe('missing');
    expect(status('outsourcing_contract')).toBe('missing');
    expect(status('backup_recovery')).toBe('missing');
  });
});

describe('a registration sent online to the Legal Affairs Bureau (set 285)', () => {
  it('asks for no vendor certification: the bureau\'s system is a public one', () => {
    const status = linkage(['ＩＣカードは課長が保管する。'], ['所有権移転の登記を、オンラインで法務局に嘱託する。']);
    expect(status('vendor_certification')).toBeUndefined();
  });
});
