/**
 * A recording in the city's computer named in the ordinance's words (round 12, sets 201 and 203): in brackets after the
 * server's name, or in the sentence that says what the item does under a title that names no act.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const first = (pages: string[][]) => analyzeStructure(makeDoc(pages)).consultations[0];

describe('a recording named in the ordinance’s words', () => {
  it('「市の相談記録サーバ（電子計算組織）に記録することについて諮問します」 is a recording', () => {
    const c = first([['諮問第３０号', '## ひきこもり訪問支援の記録のタブレット入力について', '■ 諮問の内容', '訪問支援員がタブレット端末に支援記録を入力し、市の相談記録サーバ（電子計算組織）に記録することについて諮問します。', '■ 安全対策', '端末は指紋認証で起動する。']]);
    expect(c.types).toEqual(['computer_recording']);
  });
  it('「…台帳にまとめ、…電子計算組織に記録するものです」 under a title that names no act is a recording', () => {
    const c = first([['諮問第１２号', '## 新規就農者支援台帳の作成について', '1. 背景と目的', 'これらを一つの台帳にまとめ、支援の漏れをなくすため、電子計算組織に記録するものです。', '2. 安全対策', '台帳は担当職員２名だけが開けるフォルダに置く。']]);
    expect(c.types).toEqual(['computer_recording']);
  });
  it('a system’s items moved as they are (「記録している項目をそのまま移行するものであり」) name no recording', () => {
    const c = first([['諮問第９号', '## 窓口予約の運用について', '1. 背景と目的', '現行システムに記録している項目をそのまま移行するものであり、項目の追加はない。', '2. 安全対策', '端末は指紋認証で起動する。']]);
    expect(c.types).not.toContain('computer_recording');
  });
});
