/**
 * Structure read from held-out sets 133–138 after their one measurement (session 16). Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';
import { NEWSLETTER } from '../fixtures/structure/samples.ts';

describe('a newsletter as the subject of an item', () => {
  const item = (title: string) => [
    '~ 資料５',
    '諮問第８号',
    `## ${title}`,
    '1. 諮問事項',
    '保有個人情報の外部提供（広報紙への掲載及びインターネットによる公表）',
    '2. 目的',
    '市の行事の様子を、参加した市民の姿とともに紹介する。',
    '3. 個人情報の保護措置',
    '(1) 撮影データにアクセスできるのは広報課の職員４名に限る。',
  ];
  it('「広報紙及び市公式動画への市民の写真・映像の掲載について」 is a consultation', () => {
    const s = analyzeStructure(makeDoc([item('広報紙及び市公式動画への市民の写真・映像の掲載について')]));
    expect(s.detection.signals.join(' ')).not.toMatch(/newsletter/);
    expect(s.detection.isConsultation).toBe(true);
    expect(s.consultations.map((c) => c.number)).toEqual(['諮問第8号']);
  });
  it('「広報誌の配送業務の委託について」 too', () => {
    const s = analyzeStructure(makeDoc([item('広報誌の配送業務の委託について')]));
    expect(s.detection.isConsultation).toBe(true);
  });
  it('a newsletter itself still is not', () => {
    const s = analyzeStructure(makeDoc(NEWSLETTER));
    expect(s.detection.isConsultation).toBe(false);
    expect(s.detection.signals.join(' ')).toMatch(/newsletter/);
  });
});
