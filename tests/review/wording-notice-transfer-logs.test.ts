/**
 * Wording read since session 4: what a notice says about where the data came from, file-exchange screens,
 * reading the operation records, warnings given to staff, open lists of people who may use the data, and
 * words that look like a category but are not (ログオン, an 調査票's 特記事項 box, terms shown to residents,
 * a report of a deletion, fields deleted before a data set is handed over). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { mentionsInUnit, vagueInUnit } from '../../lib/review/detect.ts';
import { reviewMeasures, unitOf } from './helpers.ts';

const found = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));
const rules = (s: string) => vagueInUnit(unitOf(s)).map((h) => h.rule.id);

const cases: [string, string, boolean][] = [
  // notice: the letter says which register was used
  ['notice_consent', '案内文には、介護保険の資格情報を用いて対象者を選んだ旨を記載する。', true],
  ['notice_consent', '送付する通知には、情報を住民基本台帳から得たことを明記します。', true],
  ['notice_consent', '委託契約書には、再委託を禁止する旨を記載する。', false],
  ['notice_consent', '申請書には氏名と住所を記載する。', false],
  // transport: a file-exchange service, an upload by the contractor, a registration over LGWAN
  ['transport_media', '名簿は、町と事業者の間のファイル共有サービスで受け渡す。', true],
  ['transport_media', '受託者は、作成した結果ファイルを専用サイトにアップロードする。', true],
  ['transport_media', '移行するデータは、LGWAN経由で新システムに登録する。', true],
  ['transport_media', '申請者は添付書類の画像を提出できる。', false],
  // logging: reading the records of use
  ['logging_audit_trail', 'アクセスの記録は、係長が確認する。', true],
  ['logging_audit_trail', '職員はIDとパスワードでログオンする。', false],
  ['logging_audit_trail', '利用後はログアウトする。', false],
  // training: warnings and the rules explained to the people who handle the data
  ['staff_training', '作業員には、データの扱いについて注意を促す。', true],
  ['staff_training', '従事者は、市の担当者から取扱いの注意事項について説明を受ける。', true],
  ['staff_training', '作業員は指定の作業室で入力を行う。', false],
  // not a contract: a form's 特記事項 box, terms shown to residents
  ['outsourcing_contract', '審査資料は、調査票（基本調査及び特記事項）と意見書から作る。', false],
  ['outsourcing_contract', '登録画面で利用規約を表示し、同意した者だけが使える。', false],
  ['outsourcing_contract', 'クラウドサービスの利用規約により、事業者はデータを目的外に利用しない。', true],
  ['outsourcing_contract', '受託者には個人情報取扱特記事項を遵守させる。', true],
  // not an incident report: the report that data was deleted
  ['incident_response', '事業が終わったときは、速やかにデータを消去し、町に報告する。', false],
  ['incident_response', '漏えいのおそれがあるときは、速やかに町に報告する。', true],
  // not deletion of data: fields taken out of a data set before it is handed over
  ['retention_deletion', '氏名、住所及び保険者番号を削除し、研究用の番号に置き換えて渡す。', false],
  ['retention_deletion', '研究が終わった後、データを消去する。', true],
  // a password put on a file or a USB memory, or sent apart, locks the data: not a login
  ['encryption_rest', '職員が、パスワードを付けたUSBメモリで運ぶ。', true],
  ['encryption_rest', '渡すファイルにはパスワードを設定する。', true],
  ['encryption_rest', 'パスワードは別途電話で知らせる。', true],
  ['authentication', '職員が、パスワードを付けたUSBメモリで運ぶ。', false],
  ['authentication', '渡すファイルにはパスワードを設定する。', false],
  ['authentication', '職員は、各自のIDとパスワードでログインする。', true],
  ['encryption_rest', '職員は、各自のIDとパスワードでログインする。', false],
  // a condition of viewing is not an incident response; a request by post is not a transfer of data
  ['incident_response', '録画の閲覧は、事故が発生した場合に限り、所長が行う。', false],
  ['incident_response', '事故が発生した場合は、所長が市に報告し、原因を調べる。', true],
  ['transport_media', '証明書の郵送請求は、電子署名を付した場合に限り受け付ける。', false],
  ['transport_media', '通知書は郵送する。', true],
];

describe('wording read since session 4', () => {
  for (const [id, s, want] of cases) {
    it(`${want ? 'shows' : 'does not show'} ${id}: ${s}`, () => {
      expect(found(s).has(id)).toBe(want);
    });
  }
});

describe('an open list of the people who may use the data is vague', () => {
  it('「…課長と…の職員等に限る」: access control vague', () => {
    const s = '映像を見られる者は、所管課の課長と総務課の職員等に限る。';
    expect(rules(s)).toContain('hito_tou');
    expect(reviewMeasures(['outsourcing'], [s]).status('access_control')).toBe('vague');
  });
  it('the same list closed is not', () => {
    const s = '映像を見られる者は、所管課の課長と総務課の職員２名に限る。';
    expect(rules(s)).not.toContain('hito_tou');
    expect(reviewMeasures(['outsourcing'], [s]).status('access_control')).toBe('present');
  });
  it('「保護者等」 in a description of who is served is not an access rule', () => {
    expect(rules('対象は、児童の保護者等である。')).not.toContain('hito_tou');
  });
});

describe('「速やかに消去し…報告する」 weakens the deletion, not an incident report', () => {
  it('retention vague, no incident response', () => {
    const r = reviewMeasures(['outsourcing'], ['事業が終わったときは、速やかにデータを消去し、町に報告する。']);
    expect(r.status('retention_deletion')).toBe('vague');
    expect(r.status('incident_response')).not.toBe('present');
    expect(r.status('incident_response')).not.toBe('vague');
  });
});
