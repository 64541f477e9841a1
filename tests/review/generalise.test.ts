/**
 * Wording added after measuring on the held-out corpus (docs/heldout.md): each pattern with a sentence
 * that shows it and one that must not count.
 */
import { describe, expect, it } from 'vitest';
import { mentionsInUnit, vagueInUnit } from '../../lib/review/detect.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { makeConsultation, makeDoc, unitOf } from './helpers.ts';

const found = (s: string) => new Set(mentionsInUnit(unitOf(s)).map((m) => m.id));

describe('safeguard wording', () => {
  const cases: [string, string, boolean][] = [
    ['legal_basis', '個人情報の保護に関する法律第69条第2項第2号（相当な理由のある内部利用）', true],
    ['access_control', '管理画面の権限は「施設管理者」「受付担当」「閲覧のみ」の3区分とし、担当業務に応じて付与する。', true],
    ['access_control', '届け出た従事者以外は取り扱うことができないようにする。', true],
    ['access_control', '委託期間は令和7年3月31日までとする。', false],
    ['access_control', '管理画面を利用できる職員は学務課の担当者3名とし、二要素認証によりログインする。', true],
    ['encryption_rest', 'パスワードを設定した暗号化ファイルとして引き渡す。', true],
    ['encryption_rest', '入力済みデータは、暗号化した上で市職員が端末から直接回収する。', true],
    ['encryption_rest', 'データを暗号化して送信する。', false],
    ['data_location', '相談記録は市の業務用端末にのみ保存し、Web会議サービス上には保存しない。', true],
    ['vendor_oversight', '受託者は作業状況を市に報告する。', true],
    ['vendor_oversight', '市は四半期ごとに受託者から業務報告を受ける。', true],
    ['vendor_oversight', '委託事業者には、相談員の名簿を事前に提出させる。', true],
    ['vendor_oversight', '指定管理者は個人情報保護責任者を置く。', true],
    ['vendor_oversight', '個人情報取扱作業者及び作業場所を限定し、事前に報告させる。', false],
    ['physical_security', '保存データは暗号化し、暗号鍵は市が管理する。', false],
    ['physical_security', '書類は鍵のかかる書庫に保管する。', true],
    ['transport_media', '受付データの市への引渡しは、暗号化したUSBメモリで行う。', true],
    ['incident_response', '事故発生時の対応は、市の定める手順に従う。', true],
    ['identity_verification', '予約時に登録された電話番号へ折り返し連絡して、本人であることを確認する。', true],
    ['third_party_provision', '警察から捜査関係事項照会書により画像の提供を求められた場合は、照会書に記載された日時の画像に限り提供する。', true],
    ['governance_documentation', '市の情報セキュリティポリシーに定める手順に従い対応する。', true],
  ];
  for (const [id, sentence, shows] of cases) {
    it(`${shows ? 'shows' : 'does not show'} ${id}: ${sentence.slice(0, 28)}…`, () => {
      expect(found(sentence).has(id as never)).toBe(shows);
    });
  }
});

describe('selection and certification are read outside the security section', () => {
  const doc = makeDoc([
    ['委託先', '指名競争入札により選定する事業者（プライバシーマーク付与事業者に限る。）', '第4 安全管理措置', '(1) 作業は施錠できる専用室で行う。', '第5 今後の予定'].join('\n'),
  ]);
  const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '第4 安全管理措置', page: 1, until: '第5 今後の予定' }] });
  const r = reviewConsultation(c, doc);
  const status = (id: string) => r.safeguards.find((s) => s.id === id)?.status;
  it('vendor_selection and vendor_certification are present', () => {
    expect(status('vendor_selection')).toBe('present');
    expect(status('vendor_certification')).toBe('present');
  });
  it('other categories stay inside: 施錠 counts, the 委託先 line does not make 再委託 present', () => {
    expect(status('physical_security')).toBe('present');
    expect(status('subcontracting')).toBe('missing');
  });
});

describe('「一定期間」 is vague', () => {
  it('is reported and weakens the sentence', () => {
    const hits = vagueInUnit(unitOf('ログは一定期間保存する。'));
    expect(hits.map((h) => h.rule.id)).toContain('ittei');
    expect(hits.find((h) => h.rule.id === 'ittei')!.rule.weakens).toBe(true);
  });
  it('a stated period is not', () => {
    expect(vagueInUnit(unitOf('ログは1年間保存する。')).map((h) => h.rule.id)).not.toContain('ittei');
  });
});
