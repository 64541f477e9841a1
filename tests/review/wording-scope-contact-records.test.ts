/**
 * Wording read in session 5 from sets 16–27 (after their measurement): access granted to named staff, what may be
 * viewed, records of uploads and downloads, opt-out and withdrawal of consent, contact deadlines counted from
 * the moment a leak is known, laws named without an article, systems a terminal is never connected to, items
 * not received; and look-alikes (a shared folder that only stores a file, 「必要最小限の職員」 that limits people, a
 * biometric door that records entry). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { mentionsInUnit } from '../../lib/review/detect.ts';
import { reviewMeasures, unitOf, vagueRuleIds as rules } from './helpers.ts';
import type { SafeguardId } from '../../lib/analysis/schema.ts';

const found = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));

const cases: [SafeguardId, string, boolean][] = [
  // access: rights granted to named staff, the handling limited to staff, what may be viewed, who may connect
  ['access_control', '台帳フォルダのアクセス権は、福祉係の職員３名と係長にのみ付与する。', true],
  ['access_control', '名簿の取扱いは、防災係の職員に限る。', true],
  ['access_control', '閲覧は担当する地区の世帯の情報に限る。', true],
  ['access_control', 'フォルダに接続できるのは、給付係の職員２名のアカウントに限る。', true],
  ['access_control', 'アクセス権については今後検討する。', false],
  // provision: telling other bodies, on a condition
  ['third_party_provision', '関係機関に情報を伝えるときは、本人の同意を得て、必要な事項だけを口頭で伝える。', true],
  ['third_party_provision', '関係機関と月１回会議を開く。', false],
  // records: of logins, uploads and downloads; of viewing, with what they hold in brackets; use checked later
  ['logging_audit_trail', 'ログイン、アップロード及びダウンロードの記録を３年間保存する。', true],
  ['logging_audit_trail', '閲覧の記録（日時、職員、開いた画面）を１年間保存し、毎月係長が確認する。', true],
  ['logging_audit_trail', '利用の状況は、毎年度末に福祉課長が確認する。', true],
  ['logging_audit_trail', 'アップロードされた画像は３年間保存する。', false],
  // notice: the letter says which data was used; opt-out; telling the person what was done
  ['notice_consent', '案内には、税の情報を用いて対象世帯を選んだこと及び問合せ先を記載する。', true],
  ['notice_consent', '送付を望まない方は、申し出ることで対象から外れることができる。', true],
  ['notice_consent', '本人には、支援計画を渡すときに面談の結果を説明する。', true],
  ['notice_consent', '職員には、操作の手順を説明する。', false],
  ['notice_consent', '情報を名簿の作成に利用することについては、広報紙等により知らせる。', true],
  // rights: consent can be withdrawn
  ['data_subject_rights', '同意はいつでも撤回できる。', true],
  // misdelivery: the confirmation screen shows the recipients before sending
  ['misdelivery_prevention', '送信前に、配信先の学年と件数が確認画面に表示される。', true],
  ['misdelivery_prevention', '配信の結果は画面に表示される。', false],
  // training: instruction on handling personal information
  ['staff_training', '支援員には、個人情報の取扱いについても指導を行う。', true],
  ['staff_training', '支援員には、アプリの操作方法を教える。', false],
  // transport: when papers are taken out or handed over
  ['transport_media', '訪問で相談票を持ち出すときは、鍵のかかる鞄に入れる。', true],
  ['transport_media', '新しい名簿を手渡す際に、古い名簿を回収する。', true],
  ['transport_media', '記録ファイルは、庁内の共有フォルダに保存する。', false],
  ['transport_media', '抽出したファイルは、共有フォルダを通じて受託者に渡す。', true],
  // oversight: a visit to the contractor to check
  ['vendor_oversight', '協定の遵守状況は、年２回、課の職員が法人を訪問して確認する。', true],
  ['vendor_oversight', '法人を訪問して確認する。', true],
  // incident: contact counted from when the leak is known; a Q&A question about losing the list
  ['incident_response', '事業者は、漏えいを知ってから２時間以内に市へ電話する。', true],
  ['incident_response', '名簿をなくしてしまったら、どうなりますか。', true],
  ['incident_response', '名簿は年１回作り直す。', false],
  // legal basis: a law named without an article
  ['legal_basis', '行政手続における特定の個人を識別するための番号の利用等に関する法律により、情報を照会する。', true],
  ['legal_basis', '本件は条例により審議会に諮問するものである。', false],
  // network: a system a terminal is never connected to; data kept inside the core network
  ['network_separation', '発送用の端末は、住民記録システムには接続しない。', true],
  ['network_separation', '抽出したデータは、基幹系ネットワーク内の専用フォルダに格納する。', true],
  ['network_separation', '新しいシステムに接続する。', false],
  // minimisation: items not received; the data looked at limited
  ['data_minimization', '受け取るのは世帯番号と区分のみで、所得額は受け取らない。', true],
  ['data_minimization', '保守で参照するのは、障害の起きた画面とデータに限る。', true],
  ['data_minimization', '一覧の取扱いは必要最小限の職員に限る。', false],
  // look-alikes: a dedicated room limits the place; children's entry records are an app's data; keeping the logs is
  // not the data's retention; one department answering another's inquiry is not a provision to a third party
  ['access_control', '受託者は、入退室を管理した専用室でのみデータを扱う。', false],
  ['access_control', '名簿は子育て支援課内でのみ閲覧する。', true],
  ['access_control', '従事者名簿に記載された者以外に個人情報を取り扱わせてはならない。', true],
  ['logging_audit_trail', 'アプリは、児童の入退室の記録と保護者への連絡に使う。', false],
  ['logging_audit_trail', '作業室の入退室の記録を残す。', true],
  ['retention_deletion', '操作ログを５年間保存し、所長が毎月点検する。', false],
  ['retention_deletion', '相談の記録は５年間保存し、その後削除する。', true],
  ['third_party_provision', '照会は環境課の職員が行い、介護保険課は照会のあった者の情報のみを回答する。', false],
  ['third_party_provision', '警察から照会があったときは、所長の判断で映像を提供する。', true],
  // giving outside the town; the material and the device one views from; checked before sending; where the hand-over is;
  // items not entered
  ['third_party_provision', '名簿の情報を町の外に提供するのは、本人の同意を得た方の情報に限る。', true],
  ['access_control', '委員は、担当する部会の資料のみ閲覧できる。', true],
  ['access_control', '避難所では、市が貸与するタブレットからのみ閲覧する。', true],
  ['misdelivery_prevention', '配信の前に、担当職員２名で配信条件と対象人数を確認する。', true],
  ['transport_media', '受渡しは市民税課の窓口で行う。', true],
  ['data_minimization', '申請書の様式にない項目は入力させない。', true],
  ['data_minimization', '申請書の項目を入力する。', false],
  // keeping a paper list: physical security (its vagueness is read by the vague rules); managing a list in a system is not
  ['physical_security', '提供先には、名簿を適切に管理するよう求める。', true],
  ['physical_security', '名簿は民生委員の自宅で保管していただきます。', true],
  ['physical_security', '名簿はシステムで管理する。', false],
  // from sets 29–30 after their measurement
  ['access_control', '台帳を扱うのは、こども支援課の担当職員２名と係長の計３名です。', true],
  ['access_control', '名簿にない者には取り扱わせない。', true],
  ['vendor_oversight', '作業者は、事前に氏名を市に届け出た者に限る。', true],
  ['vendor_oversight', '毎年３月に組合事務所を訪問し、保管の状況を確認する。', true],
  ['transport_media', '一覧は、LGWANのファイル交換機能で送ります。', true],
  ['transport_media', '配達員が名簿を自宅に持ち帰ることはしない。', true],
  ['remote_maintenance', 'カメラは固定式とし、ズーム及び向きの遠隔操作は行わない。', false],
  ['data_minimization', '所得の額及び世帯の状況に関する記録は利用しない。', true],
  ['data_minimization', '源泉徴収票等の写しの画像はシステムに取り込まない。', true],
  ['notice_consent', '調査票には、送付先の選定に手当の情報を用いたこと並びに回答が任意であることを記載する。', true],
  ['notice_consent', '利用者には、記録の方法が変わることを文書でお知らせする。', true],
  // from sets 31 and 33 after their measurement
  ['access_control', '作業に従事する者は、あらかじめ名簿により市に届け出た者に限らなければならない。', true],
  ['transport_media', '記録カードの取出しは職員２名で行い、鍵の掛かるケースに入れて持ち帰ります。', true],
  ['network_separation', '映像は、ネットワークに接続していない教育委員会の専用パソコンで確認する。', true],
  ['network_separation', 'データは、基幹系ネットワーク上の両課のみがアクセスできるフォルダに置く。', true],
  ['network_separation', '外部のネットワークから切り離された閉じたLANで運用する。', true],
  ['staff_training', '指定管理者には、職員に個人情報の保護について十分に周知するよう求めます。', true],
  // a biometric reader on the door records who enters: not a login
  ['authentication', '作業は、入退室を生体認証装置で記録する専用室で行う。', false],
  ['authentication', '端末へのログインは生体認証で行う。', true],
];

describe('wording of sets 16–27', () => {
  for (const [id, sentence, expected] of cases) {
    it(`${expected ? 'finds' : 'does not find'} ${id} in 「${sentence}」`, () => {
      expect(found(sentence).has(id)).toBe(expected);
    });
  }
});

describe('vague wording of sets 16–27', () => {
  it('reads 「必要最小限の職員に限り」 as people without a number', () => {
    expect(rules('一覧の取扱いは必要最小限の職員に限り、鍵のかかる書庫に保管する。')).toContain('saishougen_hito');
    expect(rules('一覧の取扱いは福祉係の職員２名に限る。')).not.toContain('saishougen_hito');
  });
  it('reads 「必要な指導」 as instruction without content', () => {
    expect(rules('個人情報の取扱いについても必要な指導を行う。')).toContain('hitsuyou_na_sochi');
  });
  it('does not ask when training is given before go-live to every user', () => {
    expect(rules('稼働前に、全ての利用者を対象に操作研修を実施する。')).not.toContain('kenshu');
    expect(rules('操作研修を実施する。')).toContain('kenshu');
  });
});

describe('the core act of a category written only vaguely', () => {
  it('makes logging vague when the logs are kept for a set time but read only 「定期的に」', () => {
    const r = reviewMeasures(['system_change'], ['操作ログは７年間保存する。', 'ログは定期的に点検する。']);
    expect(r.status('logging_audit_trail')).toBe('vague');
  });
  it('keeps logging present when the reading is specific in another sentence', () => {
    const r = reviewMeasures(['system_change'], ['操作ログは７年間保存する。', 'ログは毎月、係長が点検する。', '必要に応じて課長も確認する。']);
    expect(r.status('logging_audit_trail')).toBe('present');
  });
  it('keeps logging present when nothing says how the logs are read', () => {
    const r = reviewMeasures(['system_change'], ['操作ログは７年間保存する。']);
    expect(r.status('logging_audit_trail')).toBe('present');
  });
});

describe('partial coverage that is not partial', () => {
  it('a decision not to use media is not a medium without encryption', () => {
    expect(reviewMeasures(['outsourcing'], ['USBメモリ等の記録媒体は使わない。']).status('transport_media')).toBe('present');
    expect(reviewMeasures(['outsourcing'], ['画像を記録媒体に複製してはならない。']).status('transport_media')).toBe('present');
    expect(reviewMeasures(['outsourcing'], ['データはUSBメモリで受託者に渡す。']).status('transport_media')).toBe('vague');
  });
  it('a data centre placed by prefecture is placed in Japan', () => {
    expect(reviewMeasures(['system_change'], ['データは東京都及び大阪府のデータセンターに保存される。']).status('data_location')).toBe('present');
    expect(reviewMeasures(['system_change'], ['データは事業者のデータセンターに保存される。']).status('data_location')).toBe('vague');
  });
});

describe('deletion of paper only', () => {
  it('is enough when only paper leaves the city (the data stays in its own system)', () => {
    const r = reviewMeasures(['external_provision'], ['名簿は住民記録システムから作成し、紙で民生委員に渡す。', '新しい名簿を渡したときは古い名簿を回収し、溶解処理する。']);
    expect(r.status('retention_deletion')).toBe('present');
  });
  it('is partial when electronic data is handed over and its deletion is not written: asked (present, session 18)', () => {
    const r = reviewMeasures(['outsourcing'], ['宛名データはUSBメモリで受託者に渡す。', '申請書の原本は子育て支援課で５年間保存した後、溶解処理する。']);
    expect(r.status('retention_deletion')).toBe('present');
    expect(r.questions.some((q) => q.includes('電子データ（サーバ・端末・バックアップ）'))).toBe(true);
  });
});

describe('a checklist row whose question wraps after its answer', () => {
  it('is answered by its ○ and note, not a question that states nothing', () => {
    const r = reviewMeasures(['outsourcing'], ['2 契約書に個人情報取扱特記事項を添 ○ 市の標準特記事項を添付', '付しているか', '3 再委託を禁止し、又は事前の書面承 ○ 本件では再委託を一切認めない', '諾を条件としているか']);
    expect(r.status('subcontracting')).toBe('present');
    expect(r.status('outsourcing_contract')).toBe('present');
  });
  it('a question standing alone still states nothing', () => {
    const r = reviewMeasures(['outsourcing'], ['再委託を禁止しているか。']);
    expect(r.status('subcontracting')).toBe('missing');
  });
});

describe('training and provision wording from set 28–30', () => {
  it('reads 「…に十分注意するよう徹底します」 as instruction to staff', () => {
    expect(found('従事者には、個人情報の取扱いに十分注意するよう徹底します。').has('staff_training')).toBe(true);
  });
  it('reads 「民生委員への情報提供は…」 as a provision', () => {
    expect(found('民生委員への情報提供は、必要に応じて行う。').has('third_party_provision')).toBe(true);
  });
  it('training before taking up the work is timed', () => {
    expect(rules('オペレーターには、業務に就く前に、委託先が研修を行います。')).not.toContain('kenshu');
  });
});

describe('subcontracting that does not pass on the data', () => {
  it('is not a 再委託 allowed without conditions', () => {
    const r = reviewMeasures(['designated_manager', 'outsourcing'], ['清掃及び設備保守は専門業者に再委託することがありますが、再委託先には個人情報を取り扱わせません。']);
    expect(r.status('subcontracting')).toBe('present');
    expect(reviewMeasures(['outsourcing'], ['業務の一部を再委託することがある。']).status('subcontracting')).toBe('vague');
  });
});
