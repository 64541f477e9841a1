import { describe, expect, it } from 'vitest';
import { CharIndex, requiredChars, requiredCharsOfAll } from '../../lib/review/prefilter.ts';
import { SAFEGUARDS } from '../../lib/review/data/safeguards.ts';
import { VAGUE_RULES } from '../../lib/review/data/vague-rules.ts';

const SENTENCES = [
  '委託先は、業務目的以外での照会を禁止し、操作ログを1年間保存する。',
  '個人情報は必要最小限の項目に限る。',
  '通信はTLS1.2以上で暗号化し、保存データはAES256で暗号化する。',
  '事故が発生した場合は速やかに報告し、必要に応じて適切な措置を講じるよう努める。',
  '再委託は行わない。ただし、市が承認した場合はこの限りでない。',
  'パスワードを定期的に変更し、入退室管理等の物理的な安全管理措置を講じる。',
  'ＵＳＢメモリ等の外部記録媒体への書き出しは禁止する。',
  '職員は、住民票の写し等を、本人確認書類により確認のうえ交付します。',
  'データセンターは国内に所在し、LGWANで接続しない。',
  '研修を年1回実施し、従事者全員に受講させる。',
];

describe('requiredChars', () => {
  it('finds a character every match holds', () => {
    expect(requiredChars(/目的以外/)).toHaveLength(1);
    expect('目的以外').toContain(requiredChars(/目的以外/)![0]);
    expect(new Set(requiredChars(/(暗号化|TLS)/))).toEqual(new Set([expect.any(String), expect.any(String)]));
  });

  it('prefers a kanji over common kana', () => {
    expect(requiredChars(/のみを(利用|提供)/)!.every((c) => !/[の]/.test(c))).toBe(true);
  });

  it('gives up on what it cannot bound (optional parts, classes, flags, named groups)', () => {
    expect(requiredChars(/a?/)).toBeNull();
    expect(requiredChars(/[^。]+/)).toBeNull();
    expect(requiredChars(/(?=暗号)/)).toBeNull();
    expect(requiredChars(/abc/i)).toBeNull();
    expect(requiredChars(/(?<x>abc)/)).toBeNull();
    expect(requiredChars(/(暗号|)/)).toBeNull();
    expect(requiredCharsOfAll([/暗号/, /x*/])).toBeNull();
  });

  it('is never wrong on the catalogue: a sentence a regex matches holds one of its characters', () => {
    const res = [...SAFEGUARDS.flatMap((d) => d.show), ...VAGUE_RULES.map((r) => r.re)];
    let matched = 0;
    for (const re of res) {
      const chars = requiredChars(re);
      for (const s of SENTENCES) {
        if (!re.test(s)) continue;
        matched++;
        if (chars) expect(chars.some((c) => s.includes(c))).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(10);
  });
});

describe('CharIndex', () => {
  it('marks the entries whose characters occur in the text, and always those without a set', () => {
    const index = new CharIndex([['暗'], ['鍵', '錠'], null, ['研']]);
    expect([...index.candidates('施錠する')]).toEqual([0, 1, 1, 0]);
    expect([...index.candidates('暗号化')]).toEqual([1, 0, 1, 0]);
  });
});
