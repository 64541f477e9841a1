/**
 * Wording read in session 6 from held-out sets 34–48 (after their measurement): provision refused in other words,
 * identity checked by two items or against a register, a recording announced, a file-transfer service, two people
 * watching each other's work, reading a list aloud before sending, a detected intrusion and its report, statistics
 * only, training before the work starts; and look-alikes. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { mentionsInUnit } from '../../lib/review/detect.ts';
import { unitOf, vagueRuleIds as rules } from './helpers.ts';
import type { SafeguardId } from '../../lib/analysis/schema.ts';

const found = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));

const cases: [SafeguardId, string, boolean][] = [
  ['third_party_provision', '調査で得た情報は、町の外部にも提供しません。', true],
  ['third_party_provision', '大学には集計表のみを渡し、個人単位のデータは提供しない。', true],
  ['third_party_provision', '外部の専門家にも意見を聞く。', false],
  ['identity_verification', 'お電話では、生年月日と受付番号の二つを確認してから回答します。', true],
  ['identity_verification', '申込みは、住民記録と照合してから受け付けます。', true],
  ['identity_verification', '生年月日と住所を記入してもらう。', false],
  ['notice_consent', '通話の冒頭で「この通話は録音しています」と自動音声で案内します。', true],
  ['notice_consent', '通話は録音し、90日後に消去する。', false],
  ['transport_media', '名簿データは、市のファイル送受信サービスを使って受託者に渡す。', true],
  ['insider_threat', '作業は２名で行い、一方が操作し、他方が画面を確認する。', true],
  ['insider_threat', '作業は２名で行う日程とする。', false],
  ['misdelivery_prevention', '配信の対象者と件数を２名で読み合わせて確かめてから送信する。', true],
  ['misdelivery_prevention', '会議資料を読み合わせる。', false],
  ['incident_response', '不審な通信を検知したときは、直ちに回線を切断し、１時間以内に情報政策課に連絡する。', true],
  ['incident_response', '人感センサーで来訪を検知する。', false],
  ['anonymization', '研究機関には、個人が特定できないよう統計化した表だけを提供する。', true],
  // sets 37–38
  ['access_control', '訪問調査は、事前に町に届け出た調査員に限る。', true],
  ['access_control', '名簿にない職員は予約システムを利用できません。', true],
  ['access_control', '調査員は町に届け出る。', false],
  ['encryption_rest', '一覧表のファイルには、教頭だけが知る読み取りパスワードを設定します。', true],
  ['authentication', '一覧表のファイルには、教頭だけが知る読み取りパスワードを設定します。', false],
  ['authentication', '職員は個人のIDとパスワードでログインする。', true],
  ['transport_media', '一覧表は電子メールやファクシミリでは送りません。', true],
  ['transport_media', '申告書は、税務課の職員２名が公用車で入力室まで運ぶ。', true],
  ['notice_consent', '学校だよりに、欠席の状況をセンターと共有することを掲載します。', true],
  ['notice_consent', '提供を希望しない場合は１月末までに教育研究所へ申し出ることができる。', true],
  ['notice_consent', '従事者に対し、個人情報を漏らしてはならないことを周知する。', false],
  ['third_party_provision', '情報は学校給食センターと在籍校以外には提供しません。', true],
  ['vendor_oversight', '移行作業は、学校教育課職員の立会いの下で行う。', true],
  // set 39
  ['access_control', '映像の確認は、事故の申出があった場合その他必要に応じて、環境課の職員が行う。', true],
  ['incident_response', '映像の確認は、事故の申出があった場合その他必要に応じて、環境課の職員が行う。', false],
  ['incident_response', '映像が流出した場合は、直ちに環境課長に報告する。', true],
  ['logging_audit_trail', 'システムに入力した支援の記録は、５年間保存します。', false],
  ['logging_audit_trail', '入力の記録は、５年間保存します。', true],
  // sets 40–42
  ['physical_security', '現行システムは庁舎内のサーバ室で運用しているが、移行により機器更新の費用を削減する。', false],
  ['physical_security', 'サーバは本庁舎のサーバ室に設置し、入退室はＩＣカードで管理する。', true],
  // sets 43–45
  ['access_control', '名簿データは担当職員のみ閲覧できるよう設定する。', true],
  ['retention_deletion', '配達が終わったら、名簿と配達票を村に返していただきます。', true],
  ['retention_deletion', '配達票は、配達員が利用者に手渡す。', false],
  ['third_party_provision', '名簿を他の人に見せたり、複写したりしないことを記載した確認書に署名していただきます。', true],
  ['third_party_provision', '配食事業者へは氏名、住所、食事の形態のみを記載した配達表を渡す。', true],
  ['authentication', 'システムは全庁共通の職員ＩＤで認証する。', true],
  ['network_separation', '福祉総合システムは基幹系ネットワークで運用する。', true],
  ['access_control', '教員は、自分の学級の保護者への配信画面だけを利用できます。', true],
  ['outsourcing_contract', '個人情報の取扱いに関する契約の内容は従前どおりとする。', true],
  // sets 46–48
  ['data_location', '保守作業で参照する住民情報は市のサーバ室から外に出さない。', true],
  ['data_location', '申込書は庁舎の外に持ち出さない。', false],
  ['incident_response', '不正な接続が疑われるときは、２４時間以内に原因と影響の範囲を書面で報告する。', true],
  ['incident_response', '申込みから２４時間以内に受付の結果を連絡する。', false],
  // a checklist row whose mark is an empty box: not done
  ['logging_audit_trail', '4 アクセス記録（ログ）を取得し点検している □ 現行システムに記録機能なし。', false],
  ['logging_audit_trail', '4 アクセス記録（ログ）を取得し点検している ☑ 操作ログを１年間保存し、毎月係長が点検する。', true],
];

describe('wording of sets 34–48', () => {
  for (const [id, sentence, expected] of cases) {
    it(`${expected ? 'finds' : 'does not find'} ${id} in 「${sentence}」`, () => {
      expect(found(sentence).has(id)).toBe(expected);
    });
  }
});

describe('training timed before the work (sets 34–36)', () => {
  it('「業務に従事させる前に…研修を行う」 says when: not vague', () => {
    expect(rules('受託者は、従事者に対し、業務に従事させる前に個人情報の保護に関する研修を行う。')).not.toContain('kenshu');
  });
  it('training without a time is still asked about', () => {
    expect(rules('受託者は、従事者に対し、個人情報の保護に関する研修を行う。')).toContain('kenshu');
  });
});

describe('people limited to 「必要最小限」 after a comma (set 38)', () => {
  it('「閲覧できる職員は、必要最小限に限定します」 names no number', () => {
    expect(rules('追加項目を閲覧・更新できる職員は、必要最小限に限定します。')).toContain('saishougen_hito');
    expect(rules('追加項目を閲覧・更新できる職員は、障害福祉課の３名に限定します。')).not.toContain('saishougen_hito');
  });
});

describe('a retention period written as 「必要な期間」 (set 39)', () => {
  it('「事実の確認に必要な期間保存した後、消去する」 names no period', () => {
    expect(rules('イベント記録は、事実の確認に必要な期間保存した後、消去する。')).toContain('hitsuyou_na_kikan');
    expect(rules('イベント記録は、３０日間保存した後、消去する。')).not.toContain('hitsuyou_na_kikan');
  });
});

describe('people limited without a number (sets 43–45)', () => {
  it('「担当職員のみ閲覧できる」「限られた職員のみ」 name no number', () => {
    expect(rules('名簿データは担当職員のみ閲覧できるよう設定する。')).toContain('tantou_nomi');
    expect(rules('画像を見ることができるのは、総務課の限られた職員のみとする。')).toContain('tantou_nomi');
    expect(rules('画像を見ることができるのは、総務課長が指名した職員２名のみとする。')).not.toContain('tantou_nomi');
  });
  it('「健康増進課の職員に限り行う」: a whole 課 (domain.md §2.5: whether others in the same 課 can see it)', () => {
    expect(rules('分析は、健康増進課の職員に限り行う。')).toContain('tantou_nomi');
    expect(rules('分析は、健康増進課の保健師３名に限り行う。')).not.toContain('tantou_nomi');
    expect(found('分析は、健康増進課の職員に限り行う。').has('access_control')).toBe(true);
  });
});

describe('vague wording of sets 46–48', () => {
  it('「一定の間隔で」 names no interval', () => {
    expect(rules('事業者が一定の間隔でバックアップを取得する。')).toContain('ittei');
  });
  it('a list of the city\'s own data (「名簿の電子ファイル」) is not a list of staff: 「限られた職員のみ」 is still vague', () => {
    expect(rules('名簿の電子ファイルは、防災係の限られた職員のみが扱う。')).toContain('tantou_nomi');
    expect(rules('名簿の電子ファイルは、従事者名簿に記載した職員のみが扱う。')).not.toContain('tantou_nomi');
  });
  it('training before the first session of work says when', () => {
    expect(rules('初回の作業の前に、保健師が問診票の取扱いについて１時間の研修を行う。')).not.toContain('kenshu');
  });
});
