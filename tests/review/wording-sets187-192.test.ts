/**
 * Wording read from the errors of held-out sets 187–193 (session 21, measured once before): kinds of sentence the
 * authors counted and the engine did not, or the other way round, each with a look-alike on the other side.
 */
import { describeWording } from './helpers.ts';

describeWording('an incident reported elsewhere is why the item matters, not a measure', [
  ['authentication', '令和６年に近隣の自治体で、録画装置の初期パスワードが変更されておらず、映像が閲覧できる状態になっていた事案が報道されました。', false],
  ['misdelivery_prevention', '令和７年度には、近隣の自治体で見守り対象者の名簿をファクスで誤送信した事案が報道されました。', false],
  ['purpose_necessity', '令和７年度には、本市でも通知の誤送付が２件発生しました。', true],
  // a measure for when an incident happens is still a measure
  ['incident_response', '漏えい等の事故が発生した場合は、直ちに電話で報告させ、２４時間以内に書面で報告させる。', true],
]);

describeWording('a staff login guarded against impersonation is authentication, not a resident’s identity check', [
  ['identity_verification', 'なりすまし 利用者は職員５名に限り、ＩＤ・パスワードに加えワンタイムパスワードによる多要素認証を行う。', false],
  ['identity_verification', '管理画面へのログインには、ＩＤ・パスワードに加えて、登録したメールアドレスに届く確認コードの入力が必要です。', false],
  ['authentication', '管理画面へのログインには、ＩＤ・パスワードに加えて、登録したメールアドレスに届く確認コードの入力が必要です。', true],
  ['identity_verification', '申込者が登録したメールアドレスに届く確認コードを入力した場合に限り、申込みを受け付ける。', true],
  // a checklist's head 「番号｜確認事項｜対応状況」 is no 番号確認
  ['identity_verification', '番号 確認事項 対応状況', false],
  ['identity_verification', '窓口で個人番号カードにより番号確認と身元確認を行う。', true],
]);

describeWording('the respondent checked by a code handed to them (identity verification)', [
  ['identity_verification', '回答者の確認は、依頼状に記載した回答用ＩＤ及び８桁の確認コードにより行う。', true],
  ['identity_verification', '回答は統計的に処理し、個人を特定しない。', false],
]);

describeWording('a law that makes the work the municipality’s task (legal basis)', [
  ['legal_basis', '登録は消費者安全法第８条第２項の事務として、相談員が入力する。', true],
  ['legal_basis', '相談の内容は相談員が入力する。', false],
]);

describeWording('how papers are carried on a visit, and a shared folder a handover is put in (transport)', [
  ['transport_media', '訪問時に持参する支援票は鍵付きのバッグに入れ、当日中に役場に戻る。', true],
  ['transport_media', '抽出結果を庁内ネットワークの共有フォルダのうち、担当職員２名だけがアクセスできるフォルダに置きます。', true],
  ['transport_media', '支援票は鍵付きのキャビネットで保管します。', false],
  ['transport_media', '共有フォルダのアクセス権は担当職員２名に限る。', false],
]);

describeWording('the condition a provision must meet is a rule on third-party provision (set 192)', [
  ['third_party_provision', '録画映像を報道機関等に提供する場合は、議長の許可を得た場合に限る。', true],
  ['third_party_provision', '警察に提供する場合は、文書による照会に限る。', true],
  ['third_party_provision', '録画映像は議会事務局のサーバに保存する。', false],
]);

describeWording('more plain wording of items left out, updates, reports asked for and an opt-out (sets 181–192)', [
  ['data_minimization', '住所、年齢及び所属団体は求めません。', true],
  ['data_minimization', '利用者の要介護度や病歴は取り扱いません。', true],
  ['data_minimization', '申込みには住所と電話番号を求めます。', false],
  ['vulnerability_management', '読取端末のセキュリティ更新は、必要に応じて行う。', true],
  ['vulnerability_management', '読取端末は令和９年度に更新する。', false],
  ['vendor_oversight', '町は事業者に対し、必要に応じて報告を求める。', true],
  ['vendor_oversight', '事業者は町に対し、利用料金を請求する。', false],
  // (「セキュリティが確保された場所」 is left alone: set 186's author reads it as physical security, the corpus truth does not
  // (09: 「サーバはセキュリティが確保された場所に設置する」))
  ['physical_security', 'サーバはセキュリティが確保された場所に設置する。', false],
  ['notice_consent', '送付を希望しない旨の申出があった者には送付しない。', true],
  ['notice_consent', '名簿は民生委員に送付する。', false],
]);

describeWording('a measure considered and not adopted, and consent said to be impossible, are not measures (sets 183, 190)', [
  ['identity_verification', '期日前投票所での本人確認に顔認証の機器を用いることも検討したが、費用対効果の面から今回は導入しない。', false],
  ['identity_verification', '期日前投票所では、入場券と本人確認書類により本人確認を行う。', true],
  ['notice_consent', '放置車両の所有者は所在が不明であることが多く、あらかじめ本人の同意を得ることは困難である。', false],
  ['notice_consent', '申込みの際に、本人の同意を得る。', true],
]);

describeWording('an outsourced task named, and a standard whose name holds IDS, are not measures (set 193)', [
  ['misdelivery_prevention', '督促状の印刷・封入封緘と、電話による納付案内を事業者に委託します。', false],
  ['misdelivery_prevention', '封入封緘では、宛名ラベルと依頼状を封入機で照合する。', true],
  // (the task named with its aim, 「…封入封緘までを専門の事業者に委託し、発送の正確性の向上を図る」, set 32, stays)
  ['misdelivery_prevention', '印刷から封入封緘までを専門の事業者に委託し、発送の正確性の向上を図る。', true],
  ['network_separation', '受託者は、プライバシーマーク及びPCIDSS準拠の認定を取得しています。', false],
  ['network_separation', 'ネットワークにはIDS及びIPSを設置する。', true],
]);
