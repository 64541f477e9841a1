/**
 * Types read from round 19 (sets 241–246, after their measurement): the law's pair 「目的外利用及び提供」 in a title names both
 * acts; a request that gives the information 「を金融機関に提供する」 is a provision, though the title says 照会.
 */
import { describe, expect, it } from 'vitest';
import { TYPE_PATTERNS, WEAK_TYPE_PATTERNS } from '../../lib/structure/vocab/consultation-types.ts';
import { matchTypes } from '../../lib/structure/consultation-meta.ts';

describe('consultation types named in titles and requests', () => {
  it('「…の目的外利用及び提供について」 is both acts', () => {
    expect(matchTypes('婚活イベント参加者アンケートの分析のための個人情報の目的外利用及び提供について', TYPE_PATTERNS).sort()).toEqual(['external_provision', 'purpose_external_use']);
  });
  it('a measure that forbids the pair names no provision', () => {
    expect(matchTypes('目的外利用及び提供の禁止', TYPE_PATTERNS)).not.toContain('external_provision');
  });
  it('information given to a bank, named in the request, is a provision', () => {
    expect(matchTypes('照会に当たり申請者の個人情報を金融機関に提供するため、審議会の意見を伺います。', WEAK_TYPE_PATTERNS)).toContain('external_provision');
  });
  it('data given to the contractor is not', () => {
    expect(matchTypes('発送業務を事業者に委託し、対象者のデータを受託事業者に提供する。', WEAK_TYPE_PATTERNS)).not.toContain('external_provision');
  });
});
