/**
 * Structure read from held-out sets 157–162 after their one measurement (session 19). Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('a department’s information used by another through the city’s own link (set 159)', () => {
  const item = (aim: string) => analyzeStructure(makeDoc([[
    '諮問第４１号',
    '## 個人番号を利用する独自利用事務の追加について',
    '1. 諮問の趣旨',
    aim,
    '2. 安全確保の措置',
    '(1) 照会画面の権限は、医療助成係の職員４名に限って付与します。',
  ]])).consultations[0].types;
  it('「市民税課が保有する地方税関係情報を庁内連携により利用すること」 is a use for another purpose', () => {
    expect(item('ひとり親家庭等医療費助成の事務において、市民税課が保有する地方税関係情報を庁内連携により利用することについて、審議会の意見を求めるものです。')).toEqual(['purpose_external_use']);
  });
  it('a department using its own system is not', () => {
    expect(item('医療助成係が医療費助成システムにより助成の資格を管理することについて、審議会の意見を求めるものです。')).not.toContain('purpose_external_use');
  });
});
