/**
 * Evidence outside the security sections (issue 5 item 2): the sections first, then the rest of the item's
 * pages — sentences of the 諮問書 / 利用の方法, and a 別紙 特記事項 labelled only at the top of its page.
 * Background sentences, schedules and document titles are not measures.
 */
import { describe, expect, it } from 'vitest';
import type { SafeguardId } from '../../lib/analysis/schema.ts';
import { reviewConsultation, reviewConsultationDetailed } from '../../lib/review/index.ts';
import { annexPages } from '../../lib/review/units.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

/** These tests are about the detailed table (domain.md §7.3), which the member chooses in the settings. */
const FULL = { expectations: 'full' } as const;

const SECTION = ['5 個人情報の取扱い', '(1) データを利用する職員は、福祉課の職員5名に限定する。'];

function review(before: string[], after: string[] = []) {
  const doc = makeDoc([[...before, ...SECTION, '6 実施時期', ...after].join('\n')]);
  const c = makeConsultation(doc, { types: ['purpose_external_use'], sections: [{ heading: '5 個人情報の取扱い', page: 1, until: '6 実施時期' }] });
  return { d: reviewConsultationDetailed(c, doc, FULL), doc };
}
const st = (d: ReturnType<typeof reviewConsultationDetailed>, id: SafeguardId) => d.safeguards.find((s) => s.id === id)?.status;

describe('measures written outside the security section', () => {
  it('a sentence under 「利用の方法」 shows encryption, network separation and the hand-over', () => {
    const { d } = review(['４ 利用の方法', '住民課の職員が対象者を抽出し、パスワードを設定した暗号化ファイルとして、インターネットから分離された庁内の業務用ネットワークを通じて福祉課に引き渡す。']);
    expect(st(d, 'encryption_rest')).toBe('present');
    expect(st(d, 'network_separation')).toBe('present');
    expect(st(d, 'transport_media')).toBe('present');
    // a password set on a file is encryption, not a login
    expect(st(d, 'authentication')).toBeUndefined();
    expect(d.details.find((x) => x.id === 'encryption_rest')!.found).toBe('elsewhere');
  });

  it('「…課に渡す」 is a hand-over too', () => {
    const { d } = review(['４ 利用の方法', '税務課の職員が抽出し、暗号化したファイルを庁内ネットワークで子ども家庭課に渡す。']);
    expect(st(d, 'transport_media')).toBe('present');
  });

  it('a form row whose value lists its attributes in brackets (「…クラウドサーバー（ISMAP登録、国内リージョン）」) shows the place', () => {
    const { d } = review(['結合先　委託事業者の使用するクラウドサーバー（ISMAPに登録されたクラウドサービス、国内リージョン）']);
    expect(st(d, 'data_location')).toBe('present');
    // the same value without the place: the note does not hold the category's specific words
    const { d: without } = review(['結合先　委託事業者の使用するクラウドサーバー（ISMAPに登録されたクラウドサービス、月額契約）']);
    expect(st(without, 'data_location')).not.toBe('present');
  });
  it('the security section is preferred when both have the category', () => {
    const { d } = review(['４ 利用の方法', '職員が紙の名簿を鍵のかかる書庫に保管する。'], []);
    const doc2 = makeDoc([['４ 利用の方法', '職員が紙の名簿を鍵のかかる書庫に保管する。', '5 個人情報の取扱い', '(1) 端末は施錠できる部屋に置く。', '6 実施時期'].join('\n')]);
    const c2 = makeConsultation(doc2, { types: ['purpose_external_use'], sections: [{ heading: '5 個人情報の取扱い', page: 1, until: '6 実施時期' }] });
    const d2 = reviewConsultationDetailed(c2, doc2, FULL);
    expect(d.details.find((x) => x.id === 'physical_security')!.found).toBe('elsewhere');
    expect(d2.details.find((x) => x.id === 'physical_security')!.found).toBe('section');
    expect(d2.safeguards.find((s) => s.id === 'physical_security')!.evidence[0].quote).toContain('施錠できる部屋');
  });

  // session 10: how the data travels, written in the 利用の方法 — a ban on a channel is a rule for it too
  it.each([
    '紙や記録媒体による受渡しは行いません。',
    '電子メールへの添付は行わない。',
    '取扱いの場所は事務室に限り、施設外への持出しは禁止する。',
    '結果は簡易書留で母子保健課に送付する。',
    '防災安全係の職員が各自主防災組織の会長に直接お渡しし、受領書に署名をいただきます。',
    'データは暗号化した上で、大学の研究責任者に市の職員が庁舎内で手渡しする。',
    'データの受渡しは、外付けハードディスクに格納し、現行事業者、ＡＳＰ事業者及び市の職員の三者の立会いの下で行う。',
    '毎月５日までに抽出したファイルを暗号化し、ＬＧＷＡＮ上のファイル受渡し画面にアップロードする。',
    '移行データは専用のＵＳＢメモリに格納し、職員２名が鍵付きのケースに入れて事業者の作業室に持参する。',
  ])('a hand-over decided outside the section: %s', (sentence) => {
    expect(st(review(['４ 利用の方法', sentence]).d, 'transport_media')).toBe('present');
  });

  it('the people described as those who consented (a row, not a sentence) show notice and consent', () => {
    const row = '対象者　要介護３以上の方、療育手帳Ａの方のうち、平常時からの名簿情報の提供に書面で同意した方（約６５０人）';
    expect(st(review(['３ 提供の内容', row]).d, 'notice_consent')).toBe('present');
    // a row that only names the people, without consent, shows nothing of it
    expect(st(review(['３ 提供の内容', '対象者　要介護３以上の方、療育手帳Ａの方（約６５０人）']).d, 'notice_consent')).not.toBe('present');
  });

  it('the same words as background are not a hand-over (a practice being replaced, a code given to parents)', () => {
    for (const sentence of [
      '出生届等の届出は、現在は窓口への持参又は郵送に限られている。',
      '健診結果は紙で手渡ししており、紛失の相談が年間約９０件ある。',
      '再開するときは、クラブで新しい登録用ＱＲコードを手渡しします。',
    ]) expect(st(review(['１ 目的', sentence]).d, 'transport_media'), sentence).toBe('missing');
  });

  it('background and schedules are not measures (郵送 as a cost, 研修 in a timetable, a 仕様書 title)', () => {
    const { d } = review(
      ['１ 目的', 'はがきの郵送料の増加が課題となっていることから、事業者が提供するサービスを利用する。', '別紙 電子契約サービス利用仕様書（抜粋）'],
      ['令和5年2月 職員研修及び事業者説明会'],
    );
    expect(st(d, 'transport_media')).toBe('missing');
    expect(st(d, 'staff_training')).toBeUndefined();
    expect(st(d, 'outsourcing_contract')).toBeUndefined();
  });

  it('a measure sentence outside the section with a vague phrase makes the category vague and lists the phrase', () => {
    const { d } = review(['４ 利用の方法', '抽出したデータは、福祉課において適切に暗号化して保存する。']);
    expect(st(d, 'encryption_rest')).toBe('vague');
    expect(d.vaguePhrases.some((v) => v.rule === 'tekisetsu')).toBe(true);
  });

  it('a vague phrase in background text that states no measure is not listed', () => {
    const { d } = review(['１ 目的', '高齢者の見守りを適切に行うため、住民基本台帳の情報を利用する。']);
    expect(d.vaguePhrases).toEqual([]);
  });

  it('a risk stated in the background is not incident handling; a programme 要綱 is not an operating rule', () => {
    const { d } = review(['１ 目的', '書類の郵送に伴い紛失のおそれがあることから、オンラインで受け付ける。', '市の実施要綱を定め、事業を実施する。']);
    expect(st(d, 'incident_response')).toBeUndefined();
    expect(st(d, 'governance_documentation')).toBeUndefined();
  });

  it('滞納処分 is not disposal of data', () => {
    const { d } = review(['１ 目的', '滞納処分の対象者を把握するため、課税情報を利用する。']);
    expect(st(d, 'retention_deletion')).toBe('missing');
  });

  it('a negated measure outside the section is not a presence', () => {
    const { d } = review(['４ 利用の方法', '抽出したデータは暗号化しないで保存する。']);
    expect(st(d, 'encryption_rest')).toBe('missing');
  });
});

describe('a 別紙 特記事項 labelled only at the top of its page', () => {
  const item = ['諮問第43号 指定管理者の指定について', '６ 個人情報保護のための措置', 'ア 基本協定書に「個人情報取扱特記事項」（別紙）を付す。', '７ 今後の予定', '令和6年12月町議会に議案を提出する。'].join('\n');
  const annex = ['資料４ 別紙', '個人情報取扱特記事項', '（再委託の禁止）', '第２条 乙は、甲の書面による承諾を得た場合を除き、個人情報を取り扱う業務を第三者に委託してはならない。', '（事故発生時の報告）', '第４条 乙は、個人情報の漏えい、滅失又はき損が生じたときは、直ちに甲に報告しなければならない。'].join('\n');
  const notAnnex = ['資料４ 別紙', '施設の平面図', '（事務室）', '受付の奥に事務室がある。'].join('\n');

  it('opens the page as an attachment of the item and credits its 再委託 and 事故報告', () => {
    const doc = makeDoc([item, annex]);
    const c = makeConsultation(doc, { types: ['designated_manager'], sections: [{ heading: '６ 個人情報保護のための措置', page: 1, until: '７ 今後の予定' }] });
    expect([...annexPages(c, doc)]).toEqual([2]);
    const d = reviewConsultationDetailed(c, doc, FULL);
    expect(d.details.find((x) => x.id === 'subcontracting')).toMatchObject({ status: 'present', found: 'attachment' });
    expect(d.details.find((x) => x.id === 'incident_response')).toMatchObject({ status: 'present', found: 'attachment' });
    expect(d.safeguards.find((s) => s.id === 'subcontracting')!.evidence[0]).toMatchObject({ page: 2 });
  });

  it('a 別紙 that is not a safeguard annex (a floor plan) is not opened', () => {
    const doc = makeDoc([item, notAnnex]);
    const c = makeConsultation(doc, { types: ['designated_manager'], sections: [{ heading: '６ 個人情報保護のための措置', page: 1, until: '７ 今後の予定' }] });
    expect(annexPages(c, doc).size).toBe(0);
  });

  it('a following page with the same label continues the annex', () => {
    const more = ['資料４ 別紙', '（複写の禁止）', '第５条 乙は、甲の承諾なく個人情報を複写してはならない。'].join('\n');
    const doc = makeDoc([item, annex, more]);
    const c = makeConsultation(doc, { types: ['designated_manager'], sections: [{ heading: '６ 個人情報保護のための措置', page: 1, until: '７ 今後の予定' }] });
    expect([...annexPages(c, doc)]).toEqual([2, 3]);
  });

  it('questions stay one per finding and cite the printed page and quote', () => {
    const doc = makeDoc([item, annex]);
    const c = makeConsultation(doc, { types: ['designated_manager'], sections: [{ heading: '６ 個人情報保護のための措置', page: 1, until: '７ 今後の予定' }] });
    const r = reviewConsultation(c, doc, FULL);
    const ids = r.questions.map((q) => `${q.safeguard}|${q.quote}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of r.questions) {
      expect(q.text).toMatch(/ください。$|でしょうか。$/);
      if (q.quote && q.page) expect(doc.pages[q.page - 1].text.includes(q.quote)).toBe(true);
    }
    expect(r.questions.some((q) => q.safeguard === 'subcontracting')).toBe(false);
  });
});
