/**
 * 目的・取り扱う個人情報・対象者 sections (lib/review/data/descriptive-sections.ts, domain.md §2.1–2.3, §5.2):
 * the category is written about when the item has its section; the heading (and the sentence under it) is
 * the evidence. Positive, negative and look-alike headings.
 */
import { describe, expect, it } from 'vitest';
import type { ConsultationType, SafeguardId } from '../../lib/analysis/schema.ts';
import { reviewConsultation, reviewConsultationDetailed } from '../../lib/review/index.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

/** These tests are about the detailed table (domain.md §7.3), which the member chooses in the settings. */
const FULL = { expectations: 'full' } as const;

const SECTION = ['5 セキュリティ対策', '(1) 作業は庁舎内で行い、作業できる職員は2名に限定する。'];

function statusOf(lines: string[], id: SafeguardId, types: ConsultationType[] = id === 'legal_basis' ? ['purpose_external_use'] : ['outsourcing']) {
  const doc = makeDoc([[...lines, ...SECTION].join('\n')]);
  const c = makeConsultation(doc, { types, sections: [{ heading: '5 セキュリティ対策', page: 1 }] });
  const r = reviewConsultation(c, doc, FULL);
  return { s: r.safeguards.find((x) => x.id === id), doc };
}

describe('descriptive sections', () => {
  const present: [SafeguardId, string[]][] = [
    ['purpose_necessity', ['第１ 事業の目的', '健診結果を速やかに登録し、結果通知を早めることを目的とする。']],
    ['purpose_necessity', ['■ 委託の理由', '受付業務を専門の事業者に委託し、受付時間を延長する。']],
    ['purpose_necessity', ['外部結合を必要とする理由', '窓口での受付時間外にも申請できるようにするため。']],
    // 「概要」は目的・効果が書かれているときだけ
    ['purpose_necessity', ['【事業の概要】', '調査票をOCRで読み取ることで、入力誤りを減らす。']],
    // 「…できるよう」も目的（docs/heldout3.md "after set-3 fixes"）
    ['purpose_necessity', ['■ 概要', '住民が夜間も施設を予約できるよう、予約サービスを導入する。']],
    ['data_minimization', ['２ 個人情報の項目', '被保険者番号、氏名、生年月日、性別']],
    ['data_minimization', ['４．取り扱う個人情報', '氏名、住所、電話番号']],
    ['data_minimization', ['項　目　被保険者番号、氏名、生年月日']],
    ['subject_scope', ['１ 対象者', '40歳以上74歳以下で健診を受診した者']],
    ['subject_scope', ['■ 対象となる個人の範囲', '市立小中学校に在籍する児童生徒の保護者']],
    ['subject_scope', ['（１）対象者　７５歳以上の単身世帯の町民（約１，１００人）']],
    // 一つの見出しで二つ
    ['subject_scope', ['（３）対象者及び取り扱う個人情報', '対象者は市内に住所を有する就学前の子の保護者とする。']],
    ['data_minimization', ['（３）対象者及び取り扱う個人情報', '対象者は市内に住所を有する就学前の子の保護者とする。']],
    // domain.md §5.2 の欄の名前
    ['purpose_necessity', ['(2) 登録する理由', '申請の審査を迅速に行うため。']],
    ['purpose_necessity', ['3 処理の概要・効果', 'データを一括で登録することにより、事務の効率化を図る。']],
    ['purpose_necessity', ['4 導入効果', '入力時間を年間200時間削減する。']],
    // domain.md §2.1 [add] 現状と課題・代替手段の検討
    ['purpose_necessity', ['２ 現状と課題', '申請から支給まで平均で６週間を要している。']],
    ['purpose_necessity', ['(3) 代替手段の検討', '郵送による提出も検討したが、到着までの日数がかかる。']],
    ['data_minimization', ['3 業務委託に伴い取扱う個人情報', '氏名、住所、生年月日']],
    ['data_minimization', ['(4) 記録項目', '氏名、住所、電話番号']],
    ['data_minimization', ['記録項目　　氏名、住所、電話番号']],
    ['subject_scope', ['２ 記録される個人の範囲', '市内在住の65歳以上の者']],
    ['subject_scope', ['対象者数　約2,000人']],
    ['subject_scope', ['３ 委託する業務で取り扱う個人情報', '被保険者の氏名、住所、被保険者番号、保険料額（約２万４千人分）']],
    ['data_minimization', ['３ 結合により提供を受ける個人情報', '申込者及び児童の氏名、生年月日、住所']],
    ['legal_basis', ['３ 根拠', '個人情報の保護に関する法律第６１条及び市防犯カメラの設置及び運用に関する要綱']],
    // session 9, from sets 2–66 together: a plain question as heading, the purpose of a use, an outline stating the problem
    ['purpose_necessity', ['■ なぜＬＩＮＥを使うのか', '日程変更の電話は月に約１２０件あり、受付時間内につながらない。']],
    ['purpose_necessity', ['【目的外利用をする課と利用の目的】', '職員の安否と参集の可否を迅速に把握するため。']],
    ['purpose_necessity', ['１ 概要', '届出の約半数が記載漏れにより再提出となっていることから、オンラインの受付を始める。']],
    ['subject_scope', ['③ 対象となる子ども', '健康診査の未受診児のうち、家庭訪問によっても状況を確認できなかった子ども']],
    ['subject_scope', ['（３）収集する情報と対象', '撮影範囲を通行する者及び車両の画像']],
    ['subject_scope', ['① 対象　前月までの欠席日数の合計が１５日以上となった児童生徒']],
    // session 11, from sets 79–84: a reason heading with its legal ground
    ['purpose_necessity', ['Ⅱ 収集の理由と根拠', '感染の拡大を防ぐために接触者を迅速に把握する必要がある。']],
    // session 12, from sets 97–108: an outline that states its facts first and the aim only in its fourth sentence, or
    // that ends in what the subsidy holds down (「繁殖を抑えます」)
    ['purpose_necessity', ['Ⅰ 事業の概要', 'マイナポータルを利用して、子育て関係の手続をオンラインで受け付けます。', '町は申請管理機能を通じて申請データを受け取ります。', 'これは通信回線による結合に当たります。', '窓口に来なくても手続ができるよう、オンライン申請を導入するものです。']],
    ['purpose_necessity', ['1. 事業の概要', '猫のふん尿や鳴き声の相談が年間８０件を超えています。', '手術の費用の一部を町が助成し、繁殖を抑えます。']],
    // session 19, from set 160: the content of a use for another purpose, when it says what for
    ['purpose_necessity', ['１ 目的外利用の内容', '大学の研究室から、町の地区別推計を行うため、統計表の提供依頼があった。']],
  ];
  for (const [id, lines] of present) {
    it(`${id} present from 「${lines[0]}」, with the heading as evidence`, () => {
      const { s, doc } = statusOf(lines, id);
      expect(s?.status).toBe('present');
      expect(s!.evidence[0].quote).toContain(lines[0].slice(-4).trim());
      for (const e of s!.evidence) expect(doc.pages[e.page - 1].text.includes(e.quote)).toBe(true);
    });
  }

  const notPresent: [SafeguardId, string[]][] = [
    // 目的外利用の見出しは目的の欄ではない
    ['purpose_necessity', ['第２ 目的外利用の内容', '課税資料を福祉課で利用する。']],
    ['purpose_necessity', ['２ 提供の内容', '氏名、住所及び電話番号を提供する。']],
    // 目的・効果の書かれていない「概要」
    ['purpose_necessity', ['１ 施設の概要', 'かすみ野町総合体育館及び町民プール']],
    ['purpose_necessity', ['１ 事業の概要', '公募により選定した事業者が、市営プールの管理運営を行う。']],
    // 保護措置の見出しは項目の欄ではない
    ['data_minimization', ['６ 個人情報保護のための措置', '従事者を届け出る。']],
    ['data_minimization', ['５ 個人情報の取扱い', 'データを利用する職員は5名に限定する。']],
    // 利用目的を本人に示す文は目的の欄ではない（notice_consent）
    ['purpose_necessity', ['利用目的を申請書に明示する。']],
    // 対象者への周知は通知の見出し
    ['subject_scope', ['６ 対象者への周知', '予約サイトに利用規約を掲載する。']],
    // 見出しだけで中身がない
    ['subject_scope', ['１ 対象者']],
    // 根拠の欄でも法令の名がない
    ['legal_basis', ['３ 根拠', '住民の要望が多いため。']],
  ];
  for (const [id, lines] of notPresent) {
    it(`${id} not shown by 「${lines.join(' / ')}」 → missing (expected for 委託)`, () => {
      expect(statusOf(lines, id).s?.status).toBe('missing');
    });
  }

  it('a descriptive section is never vague, even with a vague phrase under it', () => {
    const { s } = statusOf(['１ 目的', '事務を適切に処理するため、システムを導入する。'], 'purpose_necessity');
    expect(s?.status).toBe('present');
  });

  it('says where the evidence was found (outside the security section)', () => {
    const doc = makeDoc([['第１ 事業の目的', '結果通知を早めることを目的とする。', ...SECTION].join('\n')]);
    const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 セキュリティ対策', page: 1 }] });
    const d = reviewConsultationDetailed(c, doc, FULL);
    expect(d.details.find((x) => x.id === 'purpose_necessity')).toMatchObject({ status: 'present', found: 'elsewhere', expected: true });
  });

  it('no 目的・項目・対象者 section → the three are missing for an outsourcing item, with a question each', () => {
    const doc = makeDoc([SECTION.join('\n')]);
    const c = makeConsultation(doc, { types: ['outsourcing'], sections: [{ heading: '5 セキュリティ対策', page: 1 }] });
    const r = reviewConsultation(c, doc, FULL);
    for (const id of ['purpose_necessity', 'data_minimization', 'subject_scope'] as SafeguardId[]) {
      expect(r.safeguards.find((x) => x.id === id)?.status).toBe('missing');
      expect(r.questions.filter((q) => q.safeguard === id)).toHaveLength(1);
    }
  });
});

describe('「目的外利用を必要とする理由」', () => {
  it('is the purpose section (the reason for the use), 「目的外利用の内容」 only when its body says what the use is for', async () => {
    const { DESCRIPTIVE_SECTIONS } = await import('../../lib/review/data/descriptive-sections.ts');
    const purpose = DESCRIPTIVE_SECTIONS.filter((d) => d.id === 'purpose_necessity');
    expect(purpose.some((d) => d.heading.test('目的外利用を必要とする理由') && !d.body)).toBe(true);
    const content = purpose.filter((d) => d.heading.test('目的外利用の内容'));
    expect(content.length).toBeGreaterThan(0);
    expect(content.every((d) => d.body !== undefined)).toBe(true);
  });
});
