/**
 * Structure rules read from held-out sets 169–174 (after their unseen measurement; docs/heldout.md, session 20), on tiny
 * synthetic documents of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const MEASURES = ['・管理画面へのログインは、職員ごとに付与するＩＤとパスワードにより行う。', '・閲覧の履歴は自動で記録され、課長が毎月確認する。', '・更新前の記録媒体は物理的に破砕して廃棄する。'];

describe('a change item whose title names the consultation it changes (set 169)', () => {
  it('「（令和７年度諮問第１８号の変更）」 under 【諮問第３１号】 cites the earlier item: the page is the item, not a list', () => {
    const s = analyzeStructure(
      makeDoc([
        [
          '【資料１】',
          '交差台市個人情報保護審議会',
          '【諮問第31号】',
          '## 公用車ドライブレコーダーの映像の取扱いの変更について',
          '（令和7年度諮問第18号の変更）',
          '◆ これまでの経緯',
          '公用車へのドライブレコーダーの設置については、令和7年度諮問第18号として諮問し、答申を受けた。',
          '◆ 変更に伴う保護措置',
          ...MEASURES,
        ],
      ]),
    );
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([['諮問第31号', 1, 1]]);
  });
});
