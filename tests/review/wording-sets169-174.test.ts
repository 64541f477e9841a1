/**
 * Wording read from the errors of held-out sets 169–174 (session 20, measured once before): kinds of sentence the
 * authors counted and the engine did not, each with a look-alike on the other side.
 */
import { describeWording } from './helpers.ts';

describeWording('stored data encrypted, named by where it is kept (encryption at rest)', [
  ['encryption_rest', 'データベースは必要に応じて暗号化する。', true],
  ['encryption_rest', 'サービス上の申請データは、サービス事業者の標準機能により暗号化される。', true],
  // data sent, not kept
  ['encryption_rest', 'サービス上の申請データは、送信時に暗号化される。', false],
  ['encryption_rest', 'データベースの更新は事業者が行う。', false],
]);

describeWording('calls encrypted (encryption in transit)', [
  ['encryption_transit', '通話は暗号化される。', true],
  ['encryption_transit', '通話の内容は録音しない。', false],
]);

describeWording('software kept up to date, said of the software itself (vulnerability management)', [
  ['vulnerability_management', '顔認証端末及び認証サーバーのソフトウェアは、適宜更新する。', true],
  ['vulnerability_management', '町の端末のＯＳやソフトウェアは、常に最新の状態に保つよう努める。', true],
  // a system replaced, not patched
  ['vulnerability_management', '受付端末は令和９年度に更新する。', false],
  ['vulnerability_management', 'ソフトウェアの操作方法は研修で説明する。', false],
]);

describeWording('entry to the building controlled (physical security)', [
  ['physical_security', 'データセンターへの入館は生体認証で管理されている。', true],
  ['physical_security', '入館者数は毎月集計する。', false],
]);

describeWording('who the data are about, by a count or a label (subject scope)', [
  ['subject_scope', '町内の宿泊施設の特別徴収義務者（約１５０者）', true],
  ['subject_scope', '対象は、お試し住宅の利用を申し込む者及び同行者で、年間約１５０組を見込む。', true],
  // a list item without 「。」 runs into the same unit
  ['subject_scope', '３ 利用後アンケートの回答（申込番号を記入）対象は、お試し住宅の利用を申し込む者及び同行者である。', true],
  ['subject_scope', '対象者：証明書を請求する者及び証明書に記載される者', true],
  // staff counted, or the object of a task
  ['subject_scope', '受付の従事者は約１０組の交代制とする。', false],
  ['subject_scope', '対象業務：証明書の交付', false],
]);

describeWording('table rows read whole once their columns pair (sets 25, 62)', [
  // a risk named in the row, a login as its measure: authentication, not a resident's identity check
  ['identity_verification', 'なりすまし ログインはＩＤとパスワードによる。パスワードは定期的に変更する。', false],
  ['identity_verification', '窓口で運転免許証を提示させ、なりすましを防ぐ。', true],
  // the head of a PIA summary table, not a tender's scoring
  ['vendor_selection', '評価項目 記載内容', false],
  ['vendor_selection', 'プロポーザルの評価項目に個人情報の管理体制を設ける。', true],
]);

describeWording('a password set on what is handed over protects the file, it is no login (set 176)', [
  ['encryption_rest', '健診結果の集計表（Ｅｘｃｅｌ）はパスワードを設定して市に提出する。', true],
  ['authentication', '健診結果の集計表（Ｅｘｃｅｌ）はパスワードを設定して市に提出する。', false],
  // a login password stays authentication
  ['authentication', '管理画面にはパスワードを設定してログインする。', true],
  ['encryption_rest', '管理画面にはパスワードを設定してログインする。', false],
]);

describeWording('a checklist head is no identity check (set 22, read as one row once its columns pair)', [
  ['identity_verification', '番号 確認項目 状況 説明', false],
  ['identity_verification', '申請時に個人番号カードで番号確認と身元確認を行う。', true],
]);

describeWording('a face recogniser fooled by a photo is about the login, not a resident’s identity check (set 161)', [
  ['identity_verification', '３ 写真や動画によるなりすまし まばたきと顔の立体形状を判定する生体検知機能を備えた端末を採用する。', false],
  ['identity_verification', '窓口では写真付きの身分証明書を提示させ、なりすましを防ぐ。', true],
]);
