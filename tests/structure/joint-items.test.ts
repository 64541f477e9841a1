/**
 * One document for two items (held-out set 24's kind, on a synthetic document of our own): 「諮問第３号、諮問第４号」 at
 * its head and one line per item naming what it is. Each number becomes a consultation with its own types.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const joint = (items: string[]) => [
  '諮問第3号、諮問第4号',
  '## 住民票の写しのオンライン交付について',
  '1 概要',
  '住民票の写しをオンラインで請求できるようにする。',
  '2 諮問事項',
  ...items,
  '3 保護措置',
  '(1) 端末は市民課の2台に限る。',
  '(2) 通信はLGWAN回線を経由し、TLS1.2で暗号化する。',
  '(3) 再委託は禁止する。',
];

describe('one document for two items', () => {
  it('gives each number its own consultation, types, and the shared sections', () => {
    const s = analyzeStructure(makeDoc([joint(['(1) 諮問第3号 請求データを住民記録システムに記録すること（電子計算組織への記録）', '(2) 諮問第4号 電子申請サービス（事業者が提供するクラウドサービ', 'ス）との通信回線による結合'])]));
    expect(s.consultations.map((c) => [c.number, c.types])).toEqual([
      ['諮問第3号', ['computer_recording']],
      ['諮問第4号', ['external_linkage']],
    ]);
    expect(s.consultations[1].securitySections.map((x) => x.heading)).toEqual(s.consultations[0].securitySections.map((x) => x.heading));
    expect(s.consultations[0].securitySections.length).toBeGreaterThan(0);
  });

  it('stays one consultation when an item\'s line names no kind of item', () => {
    const s = analyzeStructure(makeDoc([joint(['(1) 諮問第3号 請求の受付について', '(2) 諮問第4号 交付の方法について', '上記について、個人情報を取り扱う業務の外部委託として意見を求めます。'])]));
    expect(s.consultations).toHaveLength(1);
  });
});
