import { describe, expect, it } from 'vitest';
import { FIRST_CHARS, RAW_FIRST_CHARS, asciiFold, markerOf } from '../../lib/structure/headings.ts';

describe('markerOf: the first-character test before folding', () => {
  it('takes exactly the characters whose fold can start a marker (every BMP code unit)', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (/\s/.test(c)) continue; // markerOf looks at the first non-space character only
      if (RAW_FIRST_CHARS.has(c) !== FIRST_CHARS.has(asciiFold(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('still reads full-width numbering', () => {
    expect(markerOf('１．事業の概要')).toMatchObject({ style: 'numdot', num: 1, title: '事業の概要' });
    expect(markerOf('　（２）安全管理措置')).toMatchObject({ style: 'paren', num: 2, title: '安全管理措置' });
    expect(markerOf('ａ）保存期間')).toMatchObject({ style: 'alpha', num: 1 });
    expect(markerOf('事業の概要')).toBeNull();
  });
});
