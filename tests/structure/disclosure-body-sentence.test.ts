/**
 * Round 15 (set 217, after its measurement): an item about the disclosure system itself (「情報公開請求者の情報の目的外利用に
 * ついて」) whose first lines say 「開示決定等を受けた請求者に対し、…」 is a consultation; a disclosure decision's own title
 * (「公文書部分開示決定通知書」) still says the document is none.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('the disclosure sign reads titles, not an item’s sentences', () => {
  it('a sentence naming 開示決定 in an item’s first lines does not outweigh its number', () => {
    const s = analyzeStructure(makeDoc([[
      '## 情報公開請求者の情報の目的外利用について（諮問第７号）',
      '~ 資料３',
      '公開台市総務部行政情報課',
      '開示決定等を受けた請求者に対し、手続の分かりやすさや開示までの期間についてアンケートを行う。',
      '# Ⅰ 目的外利用の内容',
      '請求書に記載された氏名と住所をアンケートの送付に用いる。',
      '# Ⅱ 安全対策',
      '送付先の一覧は担当職員２名のみが扱い、発送後に廃棄する。',
    ]]));
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第7号']);
  });
  it('a decision’s title still marks the document as no consultation', () => {
    const s = analyzeStructure(makeDoc([[
      '## 公文書部分開示決定通知書',
      '令和８年１０月１日付けで請求のあった公文書について、次のとおり部分開示することに決定しました。',
      '# １ 開示しない部分',
      '個人の氏名及び住所',
    ]]));
    expect(s.detection.isConsultation).toBe(false);
  });
});
