/**
 * Read from round 25 (sets 277–282, after their measurement): an item number broken before its digits
 * (「…への提供について（諮問第」「３号）」) is still the item's number; a request that moves records 「電子計算組織へ移し、記録する」
 * is a recording in the city's computer, whatever the title's 「電子化」 says.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { firstConsultation, makeDoc } from '../fixtures/structure/build.ts';

describe('read from round 25', () => {
  const provision = (numberLine: string) => [
    '## 不正請求の疑いに係る交付請求書等のつうち警察署への提供について（諮問第',
    `## ${numberLine}`,
    '【提供の目的】',
    '住民票の写し等の不正請求が疑われる事案について、警察の捜査に協力するためです。',
    '【提供先】',
    'つうち警察署',
    '【提供の方法と記録】',
    '(1) 提供する写しは封筒に入れて封をし、警察署員に手渡して受領書を受け取ります。',
  ];
  it('finds the item whose number is broken before its digits', () => {
    const items = analyzeStructure(makeDoc([provision('３号）')])).consultations;
    expect(items).toHaveLength(1);
    expect(items[0].number?.normalize('NFKC')).toBe('諮問第3号');
  });
  it('a line ending 「諮問第」 over a line that is no number finds no item number there', () => {
    const items = analyzeStructure(makeDoc([provision('の資料')])).consultations;
    expect(items.every((c) => !c.number?.includes('3'))).toBe(true);
  });

  it('「電子計算組織へ移し、記録する」 is a recording, not a system change named by the title\'s 「電子化」', () => {
    const item = firstConsultation([
      [
        '諮問第２２号',
        '## 住民票の写し等の第三者請求に係る審査記録の電子化について',
        '# Ⅰ 諮問の趣旨',
        '職務上請求について、審査の記録を紙の台帳から電子計算組織へ移し、記録することについて諮問する。',
        '# Ⅱ 記録する個人情報',
        '請求者の氏名、事務所の名称及び所在地、資格の種別、登録番号',
      ],
    ]);
    expect(item.types).toContain('computer_recording');
    expect(item.types).not.toContain('system_change');
  });
});
