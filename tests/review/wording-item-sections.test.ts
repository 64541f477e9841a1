/**
 * Wording and item sections added after the second held-out measurement (docs/heldout2.md "after set-2
 * fixes"): each pattern with a sentence of its own that shows it and one that must not count.
 */
import { describe, expect, it } from 'vitest';
import { expectedSafeguards, reviewConsultation } from '../../lib/review/index.ts';
import { mentionsInUnit } from '../../lib/review/detect.ts';
import { makeConsultation, makeDoc, unitOf } from './helpers.ts';

const found = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));

describe('safeguard wording (domain.md §2)', () => {
  const cases: [string, string, boolean][] = [
    // §2.5 who may see it, without the words 職員・担当者
    ['access_control', '保健師が閲覧できるのは担当地区の記録に限り、相談記録は所長と主任のみが閲覧できる。', true],
    ['access_control', '相談記録は紙で保管し、年度末に廃棄する。', false],
    ['access_control', '面談記録の閲覧は、学年主任及び養護教諭に限る。', true],
    ['access_control', 'データの利用は、給付の審査に限る。', false],
    // §2.8 encrypted media
    ['encryption_rest', '名簿のデータは暗号化したCD-Rに書き込み、職員が持参する。', true],
    ['encryption_rest', '名簿のデータはCD-Rに書き込み、職員が持参する。', false],
    ['encryption_rest', '集計ファイルは暗号化して作成し、作業の完了後に端末から消去する。', true],
    ['encryption_rest', '集計ファイルは暗号化して、LGWAN経由で送信する。', false],
    // §2.18 staff attend the vendor's work
    ['vendor_oversight', '書庫での仕分け作業には、課の職員が常に立ち会う。', true],
    ['vendor_oversight', '窓口では職員が申請者に説明する。', false],
    // §2.16 a designated manager hands work to others only with approval
    ['subcontracting', '警備業務を第三者に委託するときは、事前に町の承認を受ける。', true],
    // §2.22 照合 is about what is sent, not about building a list or checking a person
    ['misdelivery_prevention', '封入した通知書は、宛名と中身の番号を機械で照合する。', true],
    ['misdelivery_prevention', '福祉課の台帳と突合して対象者の一覧を作る。', false],
    ['misdelivery_prevention', '窓口で申請書の番号と照合し、本人確認を行う。', false],
    // §2.25: the name of a law is not a disaster measure
    ['backup_recovery', '災害対策基本法の規定に基づき名簿を作成する。', false],
    ['backup_recovery', 'データは毎日バックアップし、遠隔地に保管する。', true],
    // §2.26: checking eligibility with a card is not identity verification
    ['identity_verification', '薬局でマイナンバーカードにより受給資格を確認できるようにする。', false],
    ['identity_verification', '窓口ではマイナンバーカードの提示により本人確認を行う。', true],
    // §2.27 telling people that the processing happens
    ['notice_consent', '録画していることについては、入口の案内板で周知する。', true],
    ['notice_consent', '職員には運用の手順を周知する。', false],
    ['notice_consent', '申請者には窓口で利用目的を説明する。', true],
    // §2.29 a list handed to outside helpers
    ['third_party_provision', '見守り名簿は、同意した者の分に限り自治会及び民生委員に提供する。', true],
    ['third_party_provision', '抽出データは受託者に引き渡す。', false],
    ['third_party_provision', '訪問記録の写しは、本人の同意を得て社会福祉協議会に提供する。', true],
    ['vendor_selection', '公募により企画提案を求め、審査の上で選定する。', true],
    ['vendor_selection', '令和9年1月 公募開始', false],
    // §2.32 writing the rules down; a self-check is not
    ['governance_documentation', '端末の持出しの手順を運用要領に定める。', true],
    ['governance_documentation', '年2回、所管課が自己点検を行い、結果を課長に報告する。', false],
    // other §2 [add] terms
    ['access_control', '管理者アカウントは最小権限の原則により付与する。', true],
    ['access_control', '接続できる端末はMACアドレスで登録したものに制限する。', true],
    ['authentication', '5回続けて誤るとアカウントロックがかかる。', true],
    ['physical_security', '来訪者には入館証を着用させる。', true],
    ['misdelivery_prevention', '発送前に宛名と封入物を二人で点検する。', true],
    ['staff_training', '従事者には着任時にeラーニングを受講させる。', true],
    ['incident_response', '漏えい時は、所管課長が情報政策課に報告する。', true],
    ['incident_response', '漏えい防止のため、画面にフィルターを貼る。', false],
    ['governance_documentation', '市の情報セキュリティポリシーを遵守する。', true],
    ['subject_scope', '対象は市内在住の75歳以上の単身者に限る。', true],
    ['subject_scope', '対象は市内の全世帯とする。', false],
    // a form's remarks row is not the contract's 特記事項
    ['outsourcing_contract', '特記事項　なし', false],
    ['outsourcing_contract', '委託契約には特記事項を付す。', true],
    // §2.2 what the analysis is limited to
    ['data_minimization', '画像の解析は、通路の混雑度の推定に限る。', true],
  ];
  for (const [id, sentence, shows] of cases) {
    it(`${shows ? 'shows' : 'does not show'} ${id}: ${sentence.slice(0, 28)}…`, () => {
      expect(found(sentence).has(id as never)).toBe(shows);
    });
  }
  it('a measure word at the head of a negated list is negated: 「指紋認証、個人の推定及び追跡は行わない」', () => {
    expect(found('指紋認証、個人の推定及び追跡は行わない。').has('authentication')).toBe(false);
    expect(found('指紋認証を導入し、私物の持込みは行わない。').has('authentication')).toBe(true);
  });
});

describe('item sections (domain.md §5.2, §5.4)', () => {
  const review = (page: string, types: Parameters<typeof makeConsultation>[1]['types'] = ['outsourcing']) => {
    const doc = makeDoc([page]);
    const c = makeConsultation(doc, { types, sections: [{ heading: '六 安全対策', page: 1 }] });
    const r = reviewConsultation(c, doc);
    return (id: string) => r.safeguards.find((s) => s.id === id);
  };
  it('「一 趣旨」 states the purpose; kanji numbering 「三 委託する個人情報」 heads the items', () => {
    const s = review(['一 趣旨', '窓口の待ち時間を減らすため、受付業務を事業者に委託する。', '三 委託する個人情報', '氏名、住所、電話番号', '六 安全対策', '（１）作業室は施錠する。'].join('\n'));
    expect(s('purpose_necessity')?.status).toBe('present');
    expect(s('data_minimization')?.status).toBe('present');
  });
  it('dotted numbering 「2.1 対象者 …」 is a label with its content', () => {
    const s = review(['2. 取り扱う個人情報', '2.1 対象者 体操教室の参加者（約400人）', '2.2 項目 氏名、電話番号', '六 安全対策', '（１）作業室は施錠する。'].join('\n'), ['designated_manager']);
    expect(s('subject_scope')?.status).toBe('present');
    expect(s('data_minimization')?.status).toBe('present');
  });
  it('a citation wrapped onto a line starting 「第2項…」 stays one sentence (legal basis found)', () => {
    const s = review(['一 趣旨', '体育館の管理を、地方自治法第２４４条の２', '第３項の規定による指定管理者に行わせる。', '六 安全対策', '（１）作業室は施錠する。'].join('\n'), ['designated_manager']);
    expect(s('legal_basis')?.status).toBe('present');
  });
  it('「提供先」 of an external-provision item shows the provision itself', () => {
    const s = review(['２ 提供先', '県の予防接種記録システム（県が運用する。）', '六 安全対策', '（１）端末は施錠できる部屋に置く。'].join('\n'), ['external_provision']);
    expect(s('third_party_provision')?.status).toBe('present');
  });
});

describe('transport_media is expected for a dispatch when the city hands data over (「…を抽出して受託者に提供し、」)', () => {
  it('expected', () => {
    expect(expectedSafeguards(['worker_dispatch'], '市は台帳から対象者を抽出して受託者に提供し、受託者はこれを登録する。', 'full')).toContain('transport_media');
  });
  it('not expected for a list of items 「受託者に提供する情報は氏名のみ」', () => {
    expect(expectedSafeguards(['worker_dispatch'], '受託者に提供する情報は氏名のみとする。', 'full')).not.toContain('transport_media');
  });
});

describe('a measure in an overview table cell outside the security section (no 「。」)', () => {
  const review = (cells: string[]) => {
    const doc = makeDoc([['１ 概要', ...cells, '２ 安全対策', '（１）端末は施錠できる部屋に置く。', '３ 日程', '令和９年４月 運用を開始'].join('\n')]);
    const c = makeConsultation(doc, { types: ['system_change'], sections: [{ heading: '２ 安全対策', page: 1, until: '３ 日程' }] });
    return (id: string) => reviewConsultation(c, doc, { expectations: 'full' }).safeguards.find((s) => s.id === id)?.status;
  };
  it('a cell that ends in a predicate is a statement', () => {
    expect(review(['データの所在 予約データは国内のデータセンターに保存される'])('data_location')).toBe('present');
  });
  it('a bare label is not', () => {
    expect(review(['データセンター'])('data_location')).toBe('missing');
  });
});

describe('short rows 「label　value」 inside the measures are statements, not headings', () => {
  const review = (rows: string[]) => {
    const doc = makeDoc([['５ 安全対策', ...rows, '６ 日程', '令和９年４月 開始'].join('\n')]);
    const c = makeConsultation(doc, { types: ['system_change'], sections: [{ heading: '５ 安全対策', page: 1, until: '６ 日程' }] });
    return (id: string) => reviewConsultation(c, doc, { expectations: 'full' }).safeguards.find((s) => s.id === id)?.status;
  };
  it('「(1) 保存期間　3年」「(2) 認証　IDと指紋」「(3) 操作者　係長と係員1名」', () => {
    const st = review(['（１）保存期間　３年', '（２）認証　ＩＤと指紋', '（３）操作者　係長と係員１名に限定']);
    expect(st('retention_deletion')).toBe('present');
    expect(st('authentication')).toBe('present');
    expect(st('access_control')).toBe('present');
  });
  it('a heading without a value is still a promise that its body must keep: 「(1) 保存データの暗号化」 + 「適切に管理する。」', () => {
    expect(review(['（１）保存データの暗号化', '保存データは適切に管理する。'])('encryption_rest')).toBe('vague');
  });
});
