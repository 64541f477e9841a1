import { describe, expect, it } from 'vitest';
import { charsOfSource, loadPrefilterTable, prefilterTable, requiredChars, requiredStrings } from '../../lib/review/prefilter.ts';
import { stringsOfSource } from '../../lib/review/prefilter-strings.ts';
import { SAFEGUARDS } from '../../lib/review/data/safeguards.ts';
import { ITEM_LIST_RULES, VAGUE_RULES } from '../../lib/review/data/vague-rules.ts';
import { NOT_SECURITY_HEADINGS, SECURITY_HEADINGS } from '../../lib/structure/vocab/security.ts';
import { prefilterTableJson } from '../../scripts/prefilter-table.ts';

/** The table the command-line build puts into its bundle (scripts/build-cli.ts) instead of parsing at every start. */
describe('prefilter table', () => {
  const res = [...SAFEGUARDS.flatMap((d) => d.show), ...VAGUE_RULES.map((r) => r.re), ...ITEM_LIST_RULES.map((r) => r.re)];

  it('holds, for each source, what parsing the source gives', () => {
    const table = JSON.parse(prefilterTable(res)) as Record<string, [string | null, string[] | null]>;
    expect(Object.keys(table).length).toBe(new Set(res.map((re) => re.source)).size);
    for (const re of res) {
      const chars = requiredChars(re);
      expect(table[re.source]).toEqual([charsOfSource(re.source), stringsOfSource(re.source)]);
      expect(requiredStrings(re)).toEqual(/[iv]/.test(re.flags) ? null : table[re.source][1]);
      // requiredChars gives the same characters, one per entry (each a single UTF-16 unit)
      expect(chars === null ? null : chars.join('')).toBe(/[iv]/.test(re.flags) ? null : table[re.source][0]);
      if (chars) for (const c of chars) expect(c).toHaveLength(1);
    }
  });

  it('is read in place of parsing, and flags still apply', () => {
    // sources no regex of the data has: what the table says is what requiredChars answers
    loadPrefilterTable(JSON.stringify({ 'テーブル試験(甲|乙)': ['甲乙', ['表甲', '表乙']], 'テーブル試験なし': [null, null], 'テーブル旧形式': '旧' }));
    expect(requiredChars(/テーブル試験(甲|乙)/)).toEqual(['甲', '乙']);
    expect(requiredStrings(/テーブル試験(甲|乙)/)).toEqual(['表甲', '表乙']);
    expect(requiredChars(/テーブル試験なし/)).toBeNull();
    expect(requiredStrings(/テーブル試験なし/)).toBeNull();
    // a table of characters alone (the earlier format): the strings are parsed
    expect(requiredChars(/テーブル旧形式/)).toEqual(['旧']);
    expect(requiredStrings(/テーブル旧形式/)).toEqual(['テーブル旧形式']);
    expect(requiredChars(/テーブル試験(甲|乙)/i)).toBeNull();
    expect(charsOfSource('テーブル試験(甲|乙)')).not.toBe('甲乙');
  });

  it('parses a source without a table once and gives the same answer again', () => {
    const first = requiredChars(/一度だけ(解析|分析)する/);
    expect(first).not.toBeNull();
    expect(requiredChars(new RegExp('一度だけ(解析|分析)する'))).toEqual(first);
    expect(requiredChars(/一度だけ(解析|分析)する/)).not.toBe(first); // a fresh array each time: callers may keep it
  });

  it('is made for the builds from every regex the data modules export (scripts/prefilter-table.ts)', async () => {
    const table = JSON.parse(await prefilterTableJson(new URL('../..', import.meta.url).pathname)) as Record<string, unknown>;
    for (const re of [...res, ...SECURITY_HEADINGS, ...NOT_SECURITY_HEADINGS]) {
      expect(Object.hasOwn(table, re.source)).toBe(true);
      expect(table[re.source]).toEqual([charsOfSource(re.source), stringsOfSource(re.source)]);
    }
  });
});
