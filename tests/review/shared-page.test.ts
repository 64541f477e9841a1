/**
 * Two items on one page (「【諮問第９号】…」 halfway down the page where 諮問第８号 ends): each item's review reads its own
 * part of the page only (session 10; sets 46, 55, 62 and 77 have such pages).
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { reviewConsultation } from '../../lib/review/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const doc = makeDoc([
  [
    '## 【諮問第８号】記名式ＩＣカードの発行等業務の委託について',
    '# (1) 委託する業務',
    'カードの作成と郵送を委託する。',
    '# (2) 安全対策',
    'ア 再委託は行わない。',
    'イ 作業室の入退室は社員証で管理する。',
    '## 【諮問第９号】乗車履歴データの電子計算組織への記録について',
    '# (1) 記録する目的',
    '便の見直しに活用する。',
    '# (2) 安全対策',
    'ア 操作ログを取得し、交通政策課長が毎月点検する。',
    'イ 分析用の端末はインターネットに接続しない。',
  ],
  ['# (3) 保存の期間', '乗車履歴は５年間保存し、その後削除する。'],
]);

describe('a page shared by two items', () => {
  const s = analyzeStructure(doc);
  const [c8, c9] = s.consultations;
  const status = (c: typeof c8, id: string) => reviewConsultation(c, doc, { expectations: 'full' }).safeguards.find((x) => x.id === id)?.status;

  it('the structure finds both items on the page', () => {
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第8号', 1, 1],
      ['諮問第9号', 1, 2],
    ]);
  });
  it('the first item does not take the second one\'s measures', () => {
    expect(status(c8, 'subcontracting')).toBe('present');
    expect(status(c8, 'logging_audit_trail')).not.toBe('present');
    expect(status(c8, 'network_separation')).not.toBe('present');
  });
  it('the second item does not take the first one\'s, and keeps its next page', () => {
    expect(status(c9, 'logging_audit_trail')).toBe('present');
    expect(status(c9, 'subcontracting')).toBeUndefined();
    expect(status(c9, 'physical_security')).not.toBe('present');
    expect(status(c9, 'retention_deletion')).toBe('present');
  });
});

describe('an item that starts halfway down a page labelled with the item before\'s material', () => {
  const labelled = makeDoc([
    [
      '~ 資料１',
      '## 諮問第７号',
      '住民基本台帳情報の目的外利用について',
      '住民基本台帳の情報を目的外利用することについて、審議会の意見を求める。',
      '# 1 目的外利用の内容',
      '住民課の情報を企画課が案内の送付に利用する。',
      '## 諮問第８号',
      '予約受付及び配車業務の委託について',
      '個人情報を取り扱う業務を委託することについて、審議会の意見を求める。',
      '# 1 委託の内容',
      '予約の受付と配車を委託する。',
    ],
    ['~ 資料２', '# 2 個人情報の保護', '①予約受付の担当は受託者の配車係に限る。', '②委託契約には個人情報取扱特記事項を添付する。'],
  ]);
  it('keeps its next page, although that page carries another material label', () => {
    const s = analyzeStructure(labelled);
    expect(s.consultations.map((c) => [c.number, c.pageStart, c.pageEnd])).toEqual([
      ['諮問第7号', 1, 1],
      ['諮問第8号', 1, 2],
    ]);
    expect(reviewConsultation(s.consultations[1], labelled, { expectations: 'full' }).safeguards.find((x) => x.id === 'outsourcing_contract')?.status).toBe('present');
  });
});
