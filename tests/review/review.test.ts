import { describe, expect, it } from 'vitest';
import { ConsultationSchema } from '../../lib/analysis/schema.ts';
import { reviewConsultation, reviewConsultationDetailed } from '../../lib/review/index.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

const P1 = [
  '資料4',
  '特定健康診査受診勧奨業務の外部委託について',
  '第1 諮問の趣旨',
  '架空市個人情報保護条例第13条第2項の規定により、審議会の意見を求めるものである。',
  '第3 取り扱う個人情報',
  '提供を受ける情報は、氏名及び電話番号に限定する。',
  '第4 安全対策',
  '1 受託者は、個人情報の取扱いについて、関係法令及び本市の規程等を遵守し、適切に管理す',
  '  る。',
  '2 委託契約書に個人情報取扱特記事項を添付する。',
  '3 対象者データは、市が指定する方法により受託者に提供する。',
  '資料4－1',
].join('\n');
const P2 = [
  '資料4',
  '4 受託者は、作業に使用するパソコンにパスワードを設定し、パスワードを定期的に変更する。',
  '5 受託者は、従事者に対し、必要に応じて個人情報保護に関する教育を行う。',
  '6 架電結果を記載した書類等は、業務終了後、適切に処分する。',
  '7 その他、個人情報の漏えい等の防止のため、十分なセキュリティ対策を講じるよう努める。',
  '第5 今後の予定',
  '令和4年6月に従事者研修を実施し、7月に契約を締結する。',
].join('\n');

function vagueDoc() {
  const doc = makeDoc([{ text: P1, label: '資料4-1' }, { text: P2, label: '資料4-2' }]);
  const c = makeConsultation(doc, {
    types: ['outsourcing'],
    sections: [{ heading: '第4 安全対策', page: 1, pageEnd: 2, until: '第5 今後の予定' }],
  });
  return { doc, c };
}

describe('reviewConsultation', () => {
  it('judges expected safeguards present, vague or missing', () => {
    const { doc, c } = vagueDoc();
    const r = reviewConsultation(c, doc);
    const st = Object.fromEntries(r.safeguards.map((s) => [s.id, s.status]));
    expect(st.outsourcing_contract).toBe('present');
    expect(st.authentication).toBe('vague');
    expect(st.staff_training).toBe('vague');
    expect(st.retention_deletion).toBe('vague');
    expect(st.transport_media).toBe('vague');
    for (const id of ['access_control', 'subcontracting', 'vendor_oversight', 'physical_security', 'incident_response']) {
      expect([id, st[id]]).toEqual([id, 'missing']);
    }
  });

  it('quotes evidence as exact substrings of the page text', () => {
    const { doc, c } = vagueDoc();
    const r = reviewConsultation(c, doc);
    for (const s of r.safeguards) {
      for (const e of s.evidence) expect(doc.pages[e.page - 1].text.includes(e.quote)).toBe(true);
    }
    for (const v of r.vaguePhrases) expect(doc.pages[v.page - 1].text.includes(v.quote)).toBe(true);
    for (const q of r.questions) if (q.quote && q.page) expect(doc.pages[q.page - 1].text.includes(q.quote)).toBe(true);
  });

  it('keeps a sentence broken over two lines together as one quote', () => {
    const { doc, c } = vagueDoc();
    const r = reviewConsultation(c, doc);
    const v = r.vaguePhrases.find((x) => x.rule === 'tekisetsu' && x.page === 1)!;
    expect(v.quote.replace(/\s/g, '')).toBe('適切に管理する');
  });

  it('looks in the security section, not the schedule (研修 in 今後の予定 is not a measure)', () => {
    const { doc, c } = vagueDoc();
    const d = reviewConsultationDetailed(c, doc);
    const training = d.safeguards.find((s) => s.id === 'staff_training')!;
    expect(training.evidence.every((e) => !e.quote.includes('従事者研修を実施'))).toBe(true);
    expect(d.details.find((x) => x.id === 'staff_training')!.found).toBe('section');
  });

  it('finds data minimisation outside the section and says so', () => {
    const { doc, c } = vagueDoc();
    const d = reviewConsultationDetailed(c, doc, { expectations: 'full' });
    // 委託では項目の記載が期待される（詳細の表 = domain.md §7.3 ●）
    expect(d.details.find((x) => x.id === 'data_minimization')).toMatchObject({ status: 'present', found: 'elsewhere', expected: true });
  });

  it('takes the legal basis from outside the section (it is written in the 諮問書 or the overview)', () => {
    const text = ['第4 目的外利用の根拠', '個人情報保護条例第10条第2項第4号に該当する。', '第5 個人情報の保護措置', '(1) 共有フォルダにアクセスできる職員は4名に限定する。'].join('\n');
    const doc = makeDoc([text]);
    const sections = [{ heading: '第5 個人情報の保護措置', page: 1 }];
    const asExternalUse = reviewConsultation(makeConsultation(doc, { types: ['purpose_external_use'], sections }), doc);
    expect(asExternalUse.safeguards.find((s) => s.id === 'legal_basis')?.status).toBe('present');
    const asSystem = reviewConsultation(makeConsultation(doc, { types: ['system_change'], sections }), doc);
    expect(asSystem.safeguards.find((s) => s.id === 'legal_basis')?.status).toBe('present');
  });

  it('the council ordinance under which the item is consulted is not the legal basis of the processing', () => {
    const text = ['架空市個人情報保護審議会条例第2条の規定に基づき、次の事項について諮問します。', '第5 個人情報の保護措置', '(1) 共有フォルダにアクセスできる職員は4名に限定する。'].join('\n');
    const doc = makeDoc([text]);
    const r = reviewConsultation(makeConsultation(doc, { types: ['purpose_external_use'], sections: [{ heading: '第5 個人情報の保護措置', page: 1 }] }), doc);
    expect(r.safeguards.find((s) => s.id === 'legal_basis')?.status).toBe('missing');
  });

  it('lists unexpected categories found as present, and reports missing only for expected ones', () => {
    const text = ['■ 個人情報の保護措置', '① 「防犯カメラ作動中」のステッカーを掲示する。', '② 録画データは14日間で上書き消去する。', '③ 受託者はプライバシーマークの認証を取得している。'].join('\n');
    const doc = makeDoc([text]);
    const c = makeConsultation(doc, { types: ['indirect_collection'], sections: [{ heading: '■ 個人情報の保護措置', page: 1 }] });
    const statuses = (expectations: 'core' | 'full') => Object.fromEntries(reviewConsultation(c, doc, { expectations }).safeguards.map((s) => [s.id, s.status]));
    for (const st of [statuses('core'), statuses('full')]) {
      expect(st.vendor_certification).toBe('present');
      expect(st.notice_consent).toBe('present');
      expect(st.subcontracting).toBeUndefined();
    }
    // 標準の表（既定。コーパス README）: 本人以外収集ではログが期待され、根拠法令は期待しない
    expect(statuses('core').logging_audit_trail).toBe('missing');
    expect(statuses('core').legal_basis).toBeUndefined();
    // 詳細の表（domain.md §7.3）: 根拠法令が ●、ログは ○（期待しない）
    expect(statuses('full').legal_basis).toBe('missing');
    expect(statuses('full').logging_audit_trail).toBeUndefined();
  });

  it('a negation is not a presence: 「ログは取得しない」', () => {
    const text = ['5 セキュリティ対策', '(1) 操作ログは取得しない。', '(2) 再委託は行わない。'].join('\n');
    const doc = makeDoc([text]);
    const r = reviewConsultation(makeConsultation(doc, { types: ['outsourcing', 'external_linkage'], sections: [{ heading: '5 セキュリティ対策', page: 1 }] }), doc);
    const st = Object.fromEntries(r.safeguards.map((s) => [s.id, s.status]));
    expect(st.logging_audit_trail).toBe('missing');
    expect(st.subcontracting).toBe('present');
  });

  it('a category is vague only when every mention is vague (or every mention of its core act: data/safeguards.ts core)', () => {
    const text = ['5 セキュリティ対策', '(1) 全ての操作について操作ログを取得し、7年間保存する。', '(2) システム管理者は、毎月操作ログを確認する。', '(3) 必要に応じて外部の専門家がログを分析する。'].join('\n');
    const doc = makeDoc([text]);
    const r = reviewConsultation(makeConsultation(doc, { types: ['external_linkage'], sections: [{ heading: '5 セキュリティ対策', page: 1 }] }), doc);
    expect(r.safeguards.find((s) => s.id === 'logging_audit_trail')?.status).toBe('present');
    expect(r.vaguePhrases.some((v) => v.rule === 'hitsuyou_ni_oujite')).toBe(true);
  });

  // (session 21: a staff list handed in beforehand is itself an act of oversight — the authors of 11 held-out sets read the
  // pair below as stated, those of 5 as vague — so a check written only vaguely beside it no longer makes the category vague)
  it('vendor oversight: a staff list handed in beforehand is stated oversight beside a vague check; a vague check alone is vague', () => {
    const run = (lines: string[]) => {
      const doc = makeDoc([['5 個人情報保護対策', ...lines, '6 今後の予定'].join('\n')]);
      const r = reviewConsultation(makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 個人情報保護対策', page: 1, until: '6 今後の予定' }] }), doc);
      return r.safeguards.find((s) => s.id === 'vendor_oversight')?.status;
    };
    expect(run(['(1) 従事者は４名とし、名簿を市に提出させる。', '(2) 市は定期的に受託者の作業状況を確認する。'])).toBe('present');
    expect(run(['(1) 従事者は４名とする。', '(2) 市は定期的に受託者の作業状況を確認する。'])).toBe('vague');
    expect(run(['(1) 従事者は４名とし、名簿を市に提出させる。', '(2) 市は年２回、受託者の作業場所で管理状況を確認する。'])).toBe('present');
    expect(run(['(1) 従事者は４名とし、名簿を市に提出させる。', '(2) 市は、必要があると認めるときは、受託者の作業場所に立ち入り、取扱状況を調査することができる。'])).toBe('present');
  });

  it('reads the whole consultation when no security section was found', () => {
    const text = ['3 個人情報の取扱いについて', '・管理画面へのログインは、ID・パスワードに加え、2段階認証を設定する。', '・データは国内のデータセンターで保管し、定期的なバックアップを行う。'].join('\n');
    const doc = makeDoc([text]);
    const r = reviewConsultation(makeConsultation(doc, { types: ['external_linkage'] }), doc);
    const st = Object.fromEntries(r.safeguards.map((s) => [s.id, s.status]));
    expect(st.authentication).toBe('present');
    expect(st.data_location).toBe('present');
    expect(st.backup_recovery).toBe('vague');
  });

  it('a heading is a promise: the sentences under it must show the measure', () => {
    const text = ['5 個人情報保護対策', '(3) 通信及び保存の暗号化', 'アプリとサーバの間の通信はTLS1.2以上で暗号化する。サーバに保存するデータは適切に管理', 'する。', '(4) 従事者の教育', '受託者は、従事者に対し年1回研修を実施する。'].join('\n');
    const doc = makeDoc([text]);
    const r = reviewConsultation(makeConsultation(doc, { types: ['system_change'], sections: [{ heading: '5 個人情報保護対策', page: 1 }] }), doc);
    const sg = Object.fromEntries(r.safeguards.map((s) => [s.id, s]));
    expect(sg.encryption_transit.status).toBe('present');
    expect(sg.encryption_rest.status).toBe('vague');
    expect(sg.encryption_rest.evidence[0].quote.replace(/\s/g, '')).toBe('サーバに保存するデータは適切に管理する。');
    expect(sg.staff_training.evidence[0].quote).toBe('受託者は、従事者に対し年1回研修を実施する。');
  });

  it('produces output valid under the analysis@1 contract', () => {
    const { doc, c } = vagueDoc();
    const r = reviewConsultation(c, doc);
    const parsed = ConsultationSchema.safeParse({ ...c, securitySections: c.securitySections.map(({ heading, pageStart, pageEnd, text }) => ({ heading, pageStart, pageEnd, text })), ...r });
    expect(parsed.success).toBe(true);
    expect(Object.keys(r).sort()).toEqual(['questions', 'safeguards', 'vaguePhrases']);
  });
});
