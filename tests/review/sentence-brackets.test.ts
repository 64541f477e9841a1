/**
 * Sentences (lib/review/units.ts segmentPage): a 「。」 inside brackets ends the sentence only when the text after the
 * bracket starts something new.
 */
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../lib/review/units.ts';
import type { PageText } from '../../lib/text/types.ts';

const page = (text: string): PageText => ({ index: 1, label: null, hasText: true, width: 595, height: 842, lines: [], text });
const sentences = (text: string) => {
  const p = page(text);
  return segmentPage(p).map((r) => p.text.slice(r.start, r.end));
};

describe('a 「。」 before a closing bracket', () => {
  it('does not end a sentence that goes on after the bracket', () => {
    expect(sentences('再委託は禁止する。ただし、調査票の印刷（個人情報を含まない部分に限る。）は、市の承認を得て再委託できる。')).toEqual([
      '再委託は禁止する。',
      'ただし、調査票の印刷（個人情報を含まない部分に限る。）は、市の承認を得て再委託できる。',
    ]);
  });
  it('ends it when the bracket closes before the next item', () => {
    expect(sentences('② 記録するシステム 保健指導管理システム（スタンドアロン端末に導入。ネットワークには接続しない。）③ 記録する項目 氏名')).toEqual([
      '② 記録するシステム 保健指導管理システム（スタンドアロン端末に導入。',
      'ネットワークには接続しない。',
      '）③ 記録する項目 氏名',
    ]);
  });
});

describe('a version number wrapped to the next line (set 131)', () => {
  it('「…通信はＴＬＳ」「１．２以上で暗号化される。」 stays one sentence', () => {
    expect(sentences('３ 市と連携基盤の間の通信はＬＧＷＡＮ回線を利用し、インターネットには接続しない。通信はＴＬＳ\n１．２以上で暗号化される。')).toEqual([
      '３ 市と連携基盤の間の通信はＬＧＷＡＮ回線を利用し、インターネットには接続しない。',
      '通信はＴＬＳ\n１．２以上で暗号化される。',
    ]);
  });
  it('a numbered item after a line ending in Latin letters still starts anew', () => {
    expect(sentences('端末はＰＣ\n1. 事業の概要')).toEqual(['端末はＰＣ', '1. 事業の概要']);
  });
});
