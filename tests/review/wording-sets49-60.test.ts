/**
 * Wording read in session 7 from held-out sets 49–60 (each after its measurement, which is in docs/heldout.md): a law's
 * article that sets a procedure, items limited in a query, IDs issued to named staff, a service kept off the
 * terminals that hold residents' data, who got which copy written in a ledger, a supervisor checking the record each
 * month, and a plain-language ban on handing the work to another company; and look-alikes. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { describeWording, reviewMeasures } from './helpers.ts';
import type { SafeguardId } from '../../lib/analysis/schema.ts';

const cases: [SafeguardId, string, boolean][] = [
  ['legal_basis', '児童福祉法第２１条の５では、町は事業者から報告を受けることとされています。', true],
  ['legal_basis', '障害者総合支援法第２０条第２項では、市は申請者の主治医に意見を求めることとされている。', true],
  ['legal_basis', '市個人情報保護法施行条例第５条の規定に基づき、審議会の意見を求めるものである。', false],
  ['data_minimization', '照会する項目は保険の種別と資格取得日に限り、それ以外は照会しない。', true],
  ['data_minimization', '照会する場合は、窓口で受け付ける。', false],
  ['access_control', '管理画面のアカウントは、子育て支援課の職員３名にのみ発行する。', true],
  ['access_control', '管理画面のアカウントを発行する。', false],
  ['network_separation', 'このサービスは、住民情報を扱う端末からは利用しない。', true],
  ['network_separation', 'このサービスは、庁内の端末から利用する。', false],
  ['logging_audit_trail', 'どの自治会長に何冊目を渡したかを管理簿に記録する。', true],
  ['logging_audit_trail', '課長が毎週その記録を確認する。', true],
  ['logging_audit_trail', '相談の内容を台帳に記録する。', false],
  ['logging_audit_trail', '課長が毎週その結果を確認する。', false],
  ['subcontracting', '業者には、ほかの会社に作業を任せないことを約束させます。', true],
  ['subcontracting', '業者は、ほかの会社と共同で作業を行う。', false],
  ['anonymization', '氏名は分析用番号に置き換えてから研究機関に渡す。', true],
  ['anonymization', '番号と氏名の対応表は健康課で保管し、研究機関には渡さない。', true],
  ['anonymization', '番号と氏名の対応表は健康課で管理する。', false],
  // です・ます: the key is read in the plain form (plain.ts: 「しません」→「しない」, 「ありません」→「あらない」)
  ['data_minimization', '世帯の収入や障害の等級は台帳に記録しません。', true],
  ['data_minimization', 'その他の検査値は利用しません。', true],
  ['data_minimization', '相談の内容は台帳に記録します。', false],
  ['third_party_provision', '外部の事業者や団体に提供することはありません。', true],
  ['third_party_provision', '外部の機関には、本人の同意なく提供しない。', true],
  ['third_party_provision', '外部の事業者に作業を委託する。', false],
  ['notice_consent', '結果を介護予防に活用することを、受診票でお知らせしています。', true],
  ['notice_consent', '掲載した旨と記載事項を郵送で通知する。', true],
  ['notice_consent', '結果を介護予防に活用する。', false],
  ['access_control', 'オペレーターが操作できるのは申請書の入力画面だけとする。', true],
  ['remote_maintenance', '保守の受託者が直接接続することはありません。', true],
  // a password put on a file or a disc is not a login (sets 34, 35, 39, 49)
  ['authentication', '印字データは、パスワードを付した圧縮ファイルとし、受託者がダウンロードする。', false],
  ['authentication', '印字データはパスワードを付して暗号化したＣＤ－Ｒに格納する。', false],
  ['authentication', '職員はパスワードを設定してログインする。', true],
  // people who receive a list are told how to handle it (sets 36, 42–45)
  ['staff_training', '自治会長には、名簿の取扱いについて必要に応じて説明を行う。', true],
  ['staff_training', '役員に、個人情報の適切な取扱いを徹底させます。', true],
  ['staff_training', '十分注意していただくよう、総会で周知します。', true],
  ['staff_training', '取扱いについては別紙のとおりとする。', false],
  // vague mentions that were read as silence (sets 36–51)
  ['vendor_oversight', '提供先での管理の状況については、必要に応じて報告を求める。', true],
  ['vendor_oversight', '町の職員が受託者の事業所において確認する。', true],
  ['physical_security', '取り出したＳＤカードは適切に管理する。', true],
  ['vendor_certification', '一定の水準のセキュリティ対策を講じている事業者とする。', true],
  ['transport_media', '録画装置の外部への持ち出しは、原則として行わない。', true],
  ['remote_maintenance', '遠隔からの保守作業は、市の承認を得て行う。', true],
  ['outsourcing_contract', '個人情報の取扱いは利用規約に定めがあります。', true],
  ['outsourcing_contract', '利用規約に同意して申し込む。', false],
  ['retention_deletion', '任期が終わったときは、名簿を地域包括支援センターに返す。', true],
  ['identity_verification', '登録したメールアドレスに届いた確認コードを入力した場合に限り、結果を表示する。', true],
  ['identity_verification', '確認のため、担当課に連絡する。', false],
  ['data_minimization', '世帯員の情報や本籍、個人番号は利用しません。', true],
  ['third_party_provision', '市以外の者に提供することはない。', true],
  ['third_party_provision', 'センター以外の者には利用者の情報を伝えない。', true],
  // a sentence about how things were done before the change is not a measure (set 49)
  ['access_control', 'これまで職員が庁内の印刷機で作業しており、発送前の３週間は課の職員６名が作業に専従していた。', false],
  ['access_control', '作業は課の職員６名に限る。', true],
];

describeWording('wording of sets 49–51', cases);

describe('a hand-over described only by 「適切な方法で」 (set 49)', () => {
  it('is a vague mention of transport, not silence about it', () => {
    expect(reviewMeasures(['purpose_external_use'], ['名簿のデータは、高齢福祉課に適切な方法で受け渡す。']).status('transport_media')).toBe('vague');
  });
  it('a hand-over that says how is present', () => {
    expect(reviewMeasures(['purpose_external_use'], ['名簿のデータは、暗号化したＵＳＢメモリに保存し、職員が施錠した鞄で高齢福祉課に受け渡す。']).status('transport_media')).toBe('present');
  });
});

describe('「一定の水準」 of security (sets 51)', () => {
  it('is vague: no standard is named', () => {
    expect(reviewMeasures(['outsourcing'], ['委託先は、一定の水準のセキュリティ対策を講じている事業者とする。']).status('vendor_certification')).toBe('vague');
    expect(reviewMeasures(['outsourcing'], ['委託先は、ＩＳＭＳ認証を取得している事業者とする。']).status('vendor_certification')).toBe('present');
  });
});

// sets 52–57, read after their measurement
const cases52: [SafeguardId, string, boolean][] = [
  ['logging_audit_trail', '毎月、情報政策係が不審な接続がないかを確認します。', true],
  ['logging_audit_trail', '閲覧簿に日時、閲覧者、目的を記入する。', true],
  ['logging_audit_trail', '通話は録音し、９０日後に消去する。', false],
  ['authentication', '従事者ごとのＩＤとパスワードでなければ起動できない。', true],
  ['authentication', 'パスワードは設定しない。', false],
  ['transport_media', '名簿は封をした封筒に入れて自治会長宅に届ける。', true],
  ['transport_media', '防災課の職員が紙で消防本部に届ける。', true],
  ['network_separation', '住民情報系システムには、テレワークの端末からは接続できません。', true],
  ['data_location', 'サーバーの所在地は、事業者に確認したところ国内とのことである。', true],
  ['data_location', '外部のクラウドサービスにはデータを送らない。', true],
  ['misdelivery_prevention', '職員のテスト用アカウントへ試験配信してから本配信を行う。', true],
  ['data_minimization', '所得の額と所得の内訳は利用しない。', true],
  ['data_minimization', '個人番号欄は読取り範囲から外し、読み取らない。', true],
  ['staff_training', '作業者の教育は、受託者の責任において十分に行うものとする。', true],
  ['staff_training', '個人情報の保護に関し必要な事項を周知しなければならない。', true],
  ['anonymization', '集計表は、個人が特定されないようにする。', true],
  ['remote_maintenance', '保守作業は、情報政策課が作業日時と内容を承認した場合に限り行う。', true],
  // 廃棄物 (waste) is not 廃棄 (disposal)
  ['retention_deletion', '委託先は市の一般廃棄物収集運搬業許可業者とする。', false],
  ['retention_deletion', '使い終えた名簿は廃棄する。', true],
];

describeWording('wording of sets 52–57', cases52);

// sets 58–60, read after their measurement on the final engine
const cases58: [SafeguardId, string, boolean][] = [
  ['retention_deletion', '提供先は、使い終えた資料を市に返却する。', true],
  ['network_separation', 'このシステムは、インターネットにつながる端末からは使えません。', true],
  ['logging_audit_trail', '市民課が毎月この記録を抽出し、不審な閲覧がないか確認する。', true],
  ['data_minimization', '世帯員、続柄、本籍及び住民票コードは利用しない。', true],
  ['transport_media', '照会画面の印刷及びデータの抽出は行わず、画面で確認する。', true],
  ['transport_media', '照会画面を印刷して保管する。', false],
  ['backup_recovery', '別の地域にあるデータセンターにも毎日複製する。', true],
  ['identity_verification', 'クラブを通じて配布する登録コードを入力して利用を開始する。', true],
];

describeWording('wording of sets 58–60', cases58);
