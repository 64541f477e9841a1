import { describe, expect, it } from 'vitest';
import { buildSearchKey, displaySubstring, findInDisplay, foldForSearch, keyRangeToDisplay } from '../../lib/text/search-key.ts';
import { repairText } from '../../lib/text/repair.ts';

describe('repairText', () => {
  it('repairs Kangxi radicals, radical supplement and U+2027', () => {
    expect(repairText('⽅法')).toBe('方法');
    expect(repairText('個⼈情報')).toBe('個人情報');
    expect(repairText('⻑期保存')).toBe('長期保存');
    expect(repairText('⻘少年・⻄部')).toBe('青少年・西部');
    expect(repairText('委託先\u2027再委託先')).toBe('委託先・再委託先');
    // Chrome's full-width solidus comes out as U+2215 DIVISION SLASH (poppler reads ／): 「ＩＳＯ／ＩＥＣ２７０１７」
    expect(repairText('ＩＳＯ\u2215ＩＥＣ２７０１７')).toBe('ＩＳＯ／ＩＥＣ２７０１７');
    expect(buildSearchKey(repairText('ＩＳＯ\u2215ＩＥＣ２７０１７')).key).toBe('ISO/IEC27017');
  });
  it('keeps what is printed: circled digits, ㈱, full-width letters, half-width kana', () => {
    const s = '①㈱ＡＢＣ ｶﾞｲﾄﾞ ＬＧＷＡＮ';
    expect(repairText(s)).toBe(s);
  });
  it('is length-preserving', () => {
    const s = '⽅⼈⻑\u2027abc';
    expect(repairText(s).length).toBe(s.length);
  });
});

describe('buildSearchKey', () => {
  it('folds with NFKC and drops whitespace, mapping back to display offsets', () => {
    const d = 'ＡＢ　ｃ\n個人 情報';
    const sk = buildSearchKey(d);
    expect(sk.key).toBe('ABc個人情報');
    expect(sk.map).toEqual([0, 1, 3, 5, 6, 8, 9]);
    expect(sk.map.length).toBe(sk.key.length);
  });
  it('turns a key match into the exact displayed substring, across line breaks and spaces', () => {
    const d = '委託先は、アクセス\n権限を 適切に 管理する。';
    const sk = buildSearchKey(d);
    const k = foldForSearch('アクセス権限を適切に');
    const i = sk.key.indexOf(k);
    expect(i).toBeGreaterThan(0);
    const q = displaySubstring(d, sk, i, i + k.length);
    expect(q).toBe('アクセス\n権限を 適切に');
    expect(d.includes(q)).toBe(true);
  });
  it('expands one display char into several key chars (①, ㈱) and back', () => {
    const d = '①㈱東雲';
    const sk = buildSearchKey(d);
    expect(sk.key).toBe('1(株)東雲');
    const i = sk.key.indexOf('株');
    // a match inside an expansion covers the whole source char
    expect(displaySubstring(d, sk, i, i + 1)).toBe('㈱');
    expect(keyRangeToDisplay(sk, 0, 1)).toEqual({ start: 0, end: 1 });
  });
  it('composes half-width kana with their voiced marks', () => {
    const d = 'ｶﾞｲﾄﾞﾗｲﾝ';
    const sk = buildSearchKey(d);
    expect(sk.key).toBe('ガイドライン');
    const hit = findInDisplay(d, 'ガイド');
    expect(hit).toEqual([{ start: 0, end: 5, quote: 'ｶﾞｲﾄﾞ' }]);
  });
  it('matches radicals against kanji in both directions', () => {
    expect(findInDisplay('個⼈情報の取扱⽅法', '個人情報')[0].quote).toBe('個⼈情報');
    expect(findInDisplay('個人情報', '個⼈情報')[0].quote).toBe('個人情報');
  });
  it('handles surrogate pairs', () => {
    const d = '𠮷野 家';
    const sk = buildSearchKey(d);
    expect(sk.key).toBe('𠮷野家');
    expect(displaySubstring(d, sk, 0, 3)).toBe('𠮷野');
    expect(displaySubstring(d, sk, 2, 4)).toBe('野 家');
  });
  it('finds every occurrence and rejects bad ranges', () => {
    expect(findInDisplay('ログ、ロ グ、ログ', 'ログ').map((h) => h.quote)).toEqual(['ログ', 'ロ グ', 'ログ']);
    expect(findInDisplay('abc', '   ')).toEqual([]);
    expect(() => keyRangeToDisplay(buildSearchKey('abc'), 2, 1)).toThrow(RangeError);
  });
});
