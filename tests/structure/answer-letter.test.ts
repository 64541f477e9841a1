/**
 * The council's answer (答申書, domain.md §6.3) cites the consultation it answers (「…付けで諮問のあった
 * 諮問第N号…」) and carries riders (附帯意見); it is not consultation material itself (§5).
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const LETTERHEAD = ['北川審第12号', '令和7年11月4日', '北川市長 様', '北川市個人情報保護審議会', '会長 山田 花子'];

describe('an 答申書 after a letterhead', () => {
  for (const title of ['## 答申書', '## 図書館システムの更新について（答申）']) {
    const s = analyzeStructure(
      makeDoc([
        [
          ...LETTERHEAD,
          title,
          '令和7年9月1日付けで諮問のあった「諮問第14号 図書館システムの更新について」について、',
          '審議の結果、次のとおり答申します。',
          '記',
          '# １ 結論',
          '諮問のとおり実施することは妥当である。',
          '# ２ 附帯意見',
          '（１）受託者の作業場所を実地に確認すること。',
          '（２）アクセスログの点検の頻度を定めること。',
        ],
      ]),
    );
    it(`${title.slice(3)}: not consultation material, no consultation, no section`, () => {
      expect(s.detection.isConsultation).toBe(false);
      expect(s.detection.signals.join(' ')).toMatch(/answer/);
      expect(s.consultations).toHaveLength(0);
    });
  }
  // sets 48–49: the answer quotes its 「１ 諮問事項」 with the number in heading position and the item's type words
  for (const title of ['## 答申書', '## 個人情報の取扱いについて（答申）']) {
    it(`${title.slice(3)} over a quoted 「諮問事項」 with the number: still not consultation material`, () => {
      const s = analyzeStructure(
        makeDoc([
          [
            ...LETTERHEAD,
            title,
            '令和7年9月1日付けで諮問のあった下記の事項について、審議の結果、次のとおり答申する。',
            '記',
            '１ 諮問事項',
            '諮問第14号 申請のオンライン化に伴う外部結合について',
            '２ 答申',
            '諮問のとおり実施することは、やむを得ないものと認める。',
          ],
        ]),
      );
      expect(s.detection.isConsultation).toBe(false);
      expect(s.consultations).toHaveLength(0);
      // the letter's own title below the letterhead counts as much as a title in the first lines: enough to outweigh a
      // quoted number in heading position (+0.5) with the item's type words (sets 48–49 scored 0.5 with −0.5)
      expect(s.detection.signals).toContain('answer-0.9');
    });
  }
  it('「答申書」 as the first line is one sign, not two', () => {
    const s = analyzeStructure(makeDoc([['## 答申書', ...LETTERHEAD, '審議の結果、次のとおり答申する。', '記', '１ 結論', '妥当である。']]));
    expect(s.detection.signals.filter((x) => x.startsWith('answer'))).toEqual(['answer-0.5']);
  });
  it('a 諮問書 with the same letterhead shape is still a consultation', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '北川総第30号',
          '令和7年9月1日',
          '北川市個人情報保護審議会',
          '会長 山田 花子 様',
          '北川市長 鈴木 一郎',
          '## 諮問書',
          '次の事項について諮問します。',
          '諮問番号 諮問第14号',
          '件名 図書館システムの更新について',
          '# 安全管理措置',
          '（１）利用者は担当職員3名に限る。',
        ],
      ]),
    );
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第14号']);
  });
});
