/**
 * Types and sections read from round 22 (sets 259–264, after their measurement): a recording in 「電子計算組織（…システム）」
 * with the system's name in brackets; an act named only to say the item is not it (「外部結合ではなく外部提供として諮問する」);
 * a request label printed 「【１ 諮問事項】」; a system's introduction that is only the occasion of a linkage (「…システムの
 * 導入に伴う…通信回線による結合」); a title 「…に伴う個人情報の提供について」 naming no receiver; staff headings that hold
 * measures (「記録する項目と利用する職員」「【町の職員の取扱い】」).
 */
import { describe, expect, it } from 'vitest';
import { TYPE_PATTERNS, WEAK_TYPE_PATTERNS } from '../../lib/structure/vocab/consultation-types.ts';
import { matchTypes } from '../../lib/structure/consultation-meta.ts';
import { firstConsultation } from '../fixtures/structure/build.ts';

describe('types named in requests (round 22)', () => {
  it('「電子計算組織（障害福祉総合システム）に記録すること」 is a recording', () => {
    expect(matchTypes('福祉有償運送の利用者登録に係る個人情報を電子計算組織（障害福祉総合システム）に記録すること', TYPE_PATTERNS)).toEqual(['computer_recording']);
  });
  it('「外部結合ではなく外部提供として諮問する」 names a provision only', () => {
    expect(matchTypes('市と社協の電子計算組織を通信回線で結ぶことはない。このため、外部結合ではなく外部提供として諮問する。', TYPE_PATTERNS)).toEqual(['external_provision']);
    expect(matchTypes('市と社協の電子計算組織を通信回線で結合する。このため、外部結合として諮問する。', TYPE_PATTERNS)).toContain('external_linkage');
  });
  it('「…システムの導入に伴う…通信回線による結合」 is the linkage, not a system change', () => {
    expect(matchTypes('来庁者受付システムの導入に伴う実施機関以外のものとの通信回線による結合', TYPE_PATTERNS)).toEqual(['external_linkage']);
    expect(matchTypes('来庁者受付システムの導入について', TYPE_PATTERNS)).toEqual(['system_change']);
  });
  it('a title 「…に伴う個人情報の提供について」 names a provision', () => {
    expect(matchTypes('協賛店でのポイント交換に伴う個人情報の提供について\n', WEAK_TYPE_PATTERNS)).toContain('external_provision');
    expect(matchTypes('協賛店でのポイント交換に伴う個人情報の取扱いについて\n', WEAK_TYPE_PATTERNS)).not.toContain('external_provision');
  });
});

const itemOf = firstConsultation;

describe('a request label printed with its bracket and number', () => {
  it('「【１ 諮問事項】」 is read for the item\'s type', () => {
    const c = itemOf([
      [
        '諮問第２２号',
        '## 利用者情報の社会福祉協議会への提供について',
        '【１ 諮問事項】',
        '> 保有個人情報の外部提供（提供先：社会福祉法人やすらぎ市社会福祉協議会）',
        '【２ 外部提供として諮問する理由】',
        '> 市と社協の電子計算組織を通信回線で結ぶことはない。このため、外部結合ではなく外部提供として諮問する。',
        '【３ 個人情報の保護措置】',
        '> 提供ファイルはＡＥＳ２５６で暗号化した市所有のＵＳＢメモリに保存して手渡す。',
      ],
    ]);
    expect(c.types).toEqual(['external_provision']);
  });
});

describe('staff headings that hold measures', () => {
  it('「【町の職員の取扱い】」 with one sentence of measures is a section of them', () => {
    const c = itemOf([
      [
        '諮問第５号',
        '## 健康データの企業との連携について',
        '【連携の内容】',
        '町のアプリの歩数データを、本人の同意を得て参加企業に連携する。',
        '【リスクと対策】',
        '企業による目的外の利用 | 町と各企業との間で協定を締結し、目的外の利用を禁止する。',
        '【町の職員の取扱い】',
        '連携の設定を行う管理画面は、健康推進係の職員２名のみが、個人ＩＤとワンタイムパスワードでログインして使用する。',
        '【今後の予定】',
        '令和９年１月に参加企業と協定を締結する。',
      ],
    ]);
    expect(c.securitySections.map((s) => s.heading)).toContain('【町の職員の取扱い】');
  });
  it('a staff heading over a sentence that states no measure is not', () => {
    const c = itemOf([
      [
        '諮問第５号',
        '## 健康データの企業との連携について',
        '【連携の内容】',
        '町のアプリの歩数データを、本人の同意を得て参加企業に連携する。',
        '【リスクと対策】',
        '企業による目的外の利用 | 町と各企業との間で協定を締結し、目的外の利用を禁止する。',
        '【町の職員の取扱い】',
        '職員は、企業からの問合せに電話で答える。',
        '【今後の予定】',
        '令和９年１月に参加企業と協定を締結する。',
      ],
    ]);
    expect(c.securitySections.map((s) => s.heading)).not.toContain('【町の職員の取扱い】');
  });
});

describe('section names read from round 22 (sets 259–264)', () => {
  it('headings of framed columns on one baseline: the section is named by the one that names the measures', () => {
    const c = itemOf([
      [
        '【諮問第１８号】介護職員就職マッチング業務の委託について',
        '# １ 事業の目的 ４ 取り扱う個人情報 ７ 個人情報保護対策',
        '（１）受託者の従事者は名簿で町に届け出た者に限る。',
        '（２）相談票は相談室の施錠できる書庫に保管する。',
        '（３）再委託は禁止する。',
        '# ８ 委託期間',
        '令和９年４月１日から令和１２年３月３１日まで',
      ],
    ]);
    expect(c.securitySections.map((s) => s.heading)).toContain('７ 個人情報保護対策');
  });
  it('「■ 市での取扱い」 beside 「■ 事業所での取扱い」 holds the city\'s own measures', () => {
    const c = itemOf([
      [
        '諮問第１１号',
        '## 保育士人材バンク登録者の事業所への紹介について',
        '■ 紹介の目的',
        '登録者の就職を支援するため、希望する事業所に紹介票を提供します。',
        '■ 市での取扱い',
        '紹介同意書と紹介記録簿は、保育幼稚園課の施錠できる書庫に保管します。',
        '■ 今後の予定',
        '令和８年１１月から紹介を始めます。',
      ],
    ]);
    expect(c.securitySections.map((s) => s.heading)).toContain('■ 市での取扱い');
  });
});

describe('a title naming a provision to a unit of the city', () => {
  it('「福祉課への被災者情報の提供について」 is not named a provision by the title alone', () => {
    expect(matchTypes('福祉課への被災者情報の提供について\n', WEAK_TYPE_PATTERNS)).not.toContain('external_provision');
  });
});
