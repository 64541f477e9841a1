/**
 * Conditional expectations (lib/review/data/expectations.ts CONDITIONAL_EXPECTATIONS): a category is expected
 * only when the consultation describes the situation (cloud, remote maintenance, mailing, online application,
 * research use, media hand-over). Positive, negative and look-alike sentences.
 */
import { describe, expect, it } from 'vitest';
import { expectedSafeguards, reviewConsultation } from '../../lib/review/index.ts';
import type { ConsultationType, SafeguardId } from '../../lib/analysis/schema.ts';
import { buildSearchKey } from '../../lib/text/search-key.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

const expects = (types: ConsultationType[], text: string, id: SafeguardId) => expectedSafeguards(types, buildSearchKey(text).key).includes(id);

describe('conditional expectations', () => {
  const cases: [SafeguardId, ConsultationType[], string, boolean][] = [
    ['data_location', ['outsourcing'], '受付データは事業者のクラウドサービスに保存する。', true],
    ['data_location', ['external_linkage'], 'データセンターで運用する。', true],
    ['data_location', ['outsourcing'], '委託先 株式会社ことぶきクラウド', false],
    ['data_location', ['outsourcing'], '市の職員が庁内の端末で入力する。', false],
    ['vendor_certification', ['system_change'], 'ガバメントクラウドへ移行する。', true],
    ['vendor_certification', ['purpose_external_use'], 'ガバメントクラウドへ移行する。', false],
    ['remote_maintenance', ['system_change'], '障害時は事業者がリモート保守を行う。', true],
    ['remote_maintenance', ['system_change'], '障害時は事業者の技術者が来庁して保守を行う。', false],
    ['misdelivery_prevention', ['outsourcing'], '納税通知書の印字、封入封緘及び差出しを委託する。', true],
    ['misdelivery_prevention', ['outsourcing'], '督促対象者にSMSを送信する。', true],
    ['misdelivery_prevention', ['external_linkage'], 'ログインの都度、登録済みのメールアドレスあてに送信されるワンタイムパスワードを入力する。', false],
    ['misdelivery_prevention', ['outsourcing'], 'コールセンターで電話の問合せに対応する。', false],
    ['identity_verification', ['system_change'], '保護者がオンライン申請により口座振替を申し込む。', true],
    ['identity_verification', ['system_change'], '職員が庁内で申請書を入力する。', false],
    ['anonymization', ['purpose_external_use'], '大学の研究者に調査データを提供する。', true],
    ['anonymization', ['purpose_external_use'], '税務課が課税資料を福祉課に提供する。', false],
    ['transport_media', ['outsourcing'], '対象者データをUSBメモリで受託者に引き渡す。', true],
  ];
  for (const [id, types, text, want] of cases) {
    it(`${want ? 'expects' : 'does not expect'} ${id} (${types.join('+')}): ${text.slice(0, 30)}`, () => {
      expect(expects(types, text, id)).toBe(want);
    });
  }

  it('an expected conditional category not written in the section is missing, with its question', () => {
    const doc = makeDoc([
      ['督促対象者にSMSを送信する業務を委託する。', '5 保護措置', '(1) 従事者は業務に携わる職員3名に限定する。', '6 予定'].join('\n'),
    ]);
    const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 保護措置', page: 1, until: '6 予定' }] });
    const r = reviewConsultation(c, doc);
    expect(r.safeguards.find((s) => s.id === 'misdelivery_prevention')?.status).toBe('missing');
    expect(r.questions.some((q) => q.safeguard === 'misdelivery_prevention' && q.text.includes('誤送付'))).toBe(true);
  });

  it('written in the section → present, not missing', () => {
    const doc = makeDoc([
      ['督促対象者にSMSを送信する業務を委託する。', '5 保護措置', '(1) 送信前に宛先を職員2名でダブルチェックする。', '6 予定'].join('\n'),
    ]);
    const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 保護措置', page: 1, until: '6 予定' }] });
    const r = reviewConsultation(c, doc);
    expect(r.safeguards.find((s) => s.id === 'misdelivery_prevention')?.status).toBe('present');
  });
});

describe('modifiers raise priority', () => {
  const order = (intro: string) => {
    const doc = makeDoc([[intro, '5 保護措置', '(1) 作業は庁内で行う。', '6 予定'].join('\n')]);
    const c = makeConsultation(doc, { types: ['computer_recording'], sections: [{ heading: '5 保護措置', page: 1, until: '6 予定' }] });
    const ids = reviewConsultation(c, doc).questions.map((q) => q.safeguard);
    return { log: ids.indexOf('logging_audit_trail'), ret: ids.indexOf('retention_deletion'), texts: reviewConsultation(c, doc).questions.map((q) => q.text) };
  };
  it('without a modifier, deletion (weight 9) comes before logs (weight 7)', () => {
    const o = order('住民の届出情報をシステムに記録する。');
    expect(o.log).toBeGreaterThan(o.ret);
  });
  it('with 戸籍, logs come first, and the question says why (before its ask)', () => {
    const o = order('戸籍の届出情報をシステムに記録する。');
    expect(o.log).toBeLessThan(o.ret);
    expect(o.texts[o.log]).toMatch(/^本件は戸籍・本籍を扱うため、特にお尋ねします。/);
    expect(o.texts[o.log]).toMatch(/ください。$/);
  });
});

describe('pseudonymised data for research is anonymisation wording', () => {
  it('「氏名等を削除し識別番号に置き換えたデータ」 shows anonymization', () => {
    const doc = makeDoc([['大学の研究者に提供する。', '5 保護措置', '(1) 研究者には氏名等を削除し識別番号に置き換えたデータのみを提供する。', '6 予定'].join('\n')]);
    const c = makeConsultation(doc, { types: ['purpose_external_use'], sections: [{ heading: '5 保護措置', page: 1, until: '6 予定' }] });
    expect(reviewConsultation(c, doc).safeguards.find((s) => s.id === 'anonymization')?.status).toBe('present');
  });
});

describe('exemptions (lib/review/data/expectations.ts EXPECTATION_EXEMPTIONS)', () => {
  const full = (types: ConsultationType[], text: string) => expectedSafeguards(types, buildSearchKey(text).key, 'full');
  it('a contractor told not to put the forms into a PC is not asked about login authentication', () => {
    expect(full(['outsourcing'], '受託者は、調査票の内容をパソコン等に入力してはならない。')).not.toContain('authentication');
  });
  it('a paper-only process that merely does not mention computers is still asked (the member would ask whether a PC is used)', () => {
    expect(full(['outsourcing'], '名簿は紙で作成し、事業者の担当者に窓口で手渡す。')).toContain('authentication');
  });
  it('a system the contractor uses keeps it', () => {
    expect(full(['outsourcing'], '受託者は、市のシステムに入力する。')).toContain('authentication');
  });
  it('「パソコンへの入力は行いません」 drops it too', () => {
    expect(full(['outsourcing'], '名簿は紙で管理し、パソコンへの入力は行いません。')).not.toContain('authentication');
  });
  it('a linkage with a national system and no contractor is not asked about a contractor\'s certification', () => {
    expect(full(['external_linkage'], '国の児童虐待情報共有システム（こども家庭庁が運用）と接続する。')).not.toContain('vendor_certification');
    expect(full(['external_linkage'], '国の児童虐待情報共有システム（こども家庭庁が運用）と、事業者のクラウドサービスを経由して接続する。')).toContain('vendor_certification');
    expect(full(['external_linkage'], '県の医療機関と専用回線で接続する。')).toContain('vendor_certification');
  });
});

describe('a condition denied right after it is written (「クラウドサービスは利用しない」)', () => {
  const full = (types: ConsultationType[], text: string) => expectedSafeguards(types, buildSearchKey(text).key, 'full');
  it('a checklist answer that says no cloud is used does not ask where the data centre is', () => {
    expect(full(['outsourcing'], 'クラウドサービスを利用するか　該当なし　クラウドサービスは利用しない。')).not.toContain('data_location');
    expect(full(['outsourcing'], '受託者のクラウドサービスにデータを保存する。')).toContain('data_location');
  });
  it('mailing denied is not mailing; mailing written elsewhere still counts', () => {
    expect(full(['outsourcing'], '本業務では通知書の郵送は行わない。')).not.toContain('misdelivery_prevention');
    expect(full(['outsourcing'], '本業務では通知書の郵送は行わない。ただし督促状は受託者が郵送する。')).toContain('misdelivery_prevention');
  });
});

describe('a PIA is asked about its contractor only when it outsources (detailed table)', () => {
  const full = (text: string) => expectedSafeguards(['pia'], buildSearchKey(text).key, 'full');
  it('outsourcing named: the contract and the oversight are expected', () => {
    expect(full('システムの運用保守を事業者に委託する。')).toEqual(expect.arrayContaining(['outsourcing_contract', 'vendor_oversight']));
  });
  it('staff alone: neither is expected', () => {
    const got = full('特定個人情報ファイルは担当課の職員のみが取り扱う。');
    expect(got).not.toContain('vendor_oversight');
    expect(got).not.toContain('outsourcing_contract');
    expect(got).toContain('access_control');
  });
});

describe('residents registering in an app or a form (detailed table only)', () => {
  const full = (text: string) => expectedSafeguards(['external_linkage'], buildSearchKey(text).key, 'full');
  const core = (text: string) => expectedSafeguards(['external_linkage'], buildSearchKey(text).key);
  it('「アプリをインストールし、利用登録を行う」 asks how the person is identified', () => {
    expect(full('保護者は自らのスマートフォンにアプリをインストールし、利用登録を行う。')).toContain('identity_verification');
    expect(full('公式ＬＩＮＥアカウントを友だち登録し、提案を送信する。')).toContain('identity_verification');
  });
  it('the standard table, which the corpus truth was made with, stays as it was', () => {
    expect(core('保護者は自らのスマートフォンにアプリをインストールし、利用登録を行う。')).not.toContain('identity_verification');
  });
  it('staff registering users is not residents registering themselves', () => {
    expect(full('職員が管理画面で配信先を設定する。')).not.toContain('identity_verification');
  });
});
