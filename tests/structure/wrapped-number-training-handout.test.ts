/**
 * Round 13 (set 207, after its measurement): an item whose number wraps in its title (「…の導入について（諮」「問第３号）」),
 * and a staff-training handout that talks about consultations and safeguards without being one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('a number wrapped in the title', () => {
  const page = [
    '~ 資料５',
    '## 聴覚・言語機能障害者向けＮｅｔ１１９緊急通報システムの導入について（諮',
    '## 問第３号）',
    '令和８年９月１０日 半鐘町消防本部通信指令課',
    '# １ 背景と目的',
    '音声による通報が困難な方がスマートフォンで通報できるシステムを導入します。',
    '# ２ 登録情報の取扱い',
    '登録情報は事業者のサーバに保存し、通信は暗号化されます。',
  ];
  it('makes the item a consultation with that number', () => {
    const s = analyzeStructure(makeDoc([page]));
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第3号']);
  });
  it('but a line that only starts 「問第…」 after an unrelated line is no number', () => {
    const s = analyzeStructure(makeDoc([['## 窓口アンケートの結果について', '問第３号）の回答は次のとおり。', '満足が８割でした。']]));
    expect(s.consultations.map((c) => c.number)).not.toContain('諮問第3号');
  });
});

describe('a staff-training handout', () => {
  it('is not a consultation, though it names 諮問 items and safeguards', () => {
    const s = analyzeStructure(makeDoc([[
      '## 令和８年度 消防町職員研修 配付資料',
      '## 消防職員のための個人情報保護研修 ― 救急・予防業務での注意点 ―',
      '消防町消防本部総務課（個人情報保護担当）',
      '# ■ この研修のねらい',
      '個人情報保護審議会の諮問資料でも、委託先の管理や外部提供について意見を求めています。',
      '# ■ 守るべき基本',
      '救急活動記録は車内に置いたままにしない。一斉メールはＢＣＣで送る。',
    ]]));
    expect(s.detection.isConsultation).toBe(false);
  });
});
