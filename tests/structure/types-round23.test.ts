/**
 * Types read from round 23 (sets 265–270, after their measurement): a request left to a later consultation names no act of
 * the item; a title wrapped over two lines with the item's number after its last words; a provision to two bodies named
 * in the title; a camera's footage given to the police is a provision only; a network 「見直し」 is a system change.
 */
import { describe, expect, it } from 'vitest';
import { TYPE_PATTERNS, WEAK_TYPE_PATTERNS } from '../../lib/structure/vocab/consultation-types.ts';
import { matchTypes } from '../../lib/structure/consultation-meta.ts';
import { firstConsultation } from '../fixtures/structure/build.ts';

const itemOf = firstConsultation;

describe('types read from round 23', () => {
  it('「…その際は改めて諮問する」: a later request is not this item\'s act', () => {
    const c = itemOf([
      [
        '## 老朽危険家屋解体費補助金の申請情報の記録について（諮問第１８号）',
        'Ⅰ 事業の目的',
        '課で構築する補助金台帳システムに申請情報を記録し、審査と交付の状況を一元的に管理する。',
        'Ⅱ 記録する個人情報',
        '申請者の氏名、住所、電話番号、家屋の所在地、判定結果、補助金額。',
        'Ⅲ 業務の実施方法',
        '① 台帳システムへの入力は、建築指導課の補助金担当の職員３名が行う。',
        'Ⅳ スケジュール',
        '令和９年４月 運用開始。なお、将来的には電子申請による受付も検討しているが、その際は改めて諮問する。',
      ],
    ]);
    expect(c.types).toEqual(['computer_recording']);
  });
  it('the same sentence without the later request is read', () => {
    const c = itemOf([
      [
        '## 補助金の申請情報の取扱いについて（諮問第１８号）',
        'Ⅰ 事業の目的',
        '申請を電子申請による受付とするため、外部結合として諮問する。',
        'Ⅱ 業務の実施方法',
        '① 台帳システムへの入力は、建築指導課の補助金担当の職員３名が行う。',
      ],
    ]);
    expect(c.types).toContain('external_linkage');
  });
  it('a title wrapped with the number after its last words is read whole, and names a provision', () => {
    const c = itemOf([
      [
        '## 空き家相談会における相談者情報の司法書士会及び宅地建物取引業協会への提',
        '## 供について（諮問第３号）',
        '■ 提供の目的',
        '専門家が事前に準備をして臨めるよう、相談申込書の情報を専門家の団体へ提供します。',
        '■ 提供の根拠',
        '個人情報の保護に関する法律第６９条第２項第１号（本人の同意があるとき）',
        '■ 提供の方法',
        '提供は、相談票の写しを封筒に入れ、職員が持参して手渡します。',
      ],
    ]);
    expect(c.title).toBe('空き家相談会における相談者情報の司法書士会及び宅地建物取引業協会への提供について');
    expect(c.types).toEqual(['external_provision']);
  });
  it('a camera\'s footage given to the police is a provision only; a camera put up still collects', () => {
    const withTitle = (title: string) =>
      itemOf([
        [
          '諮問第１３号',
          `## ${title}`,
          '■ 提供の要件',
          '提供は、法令に基づく場合に限る。',
          '■ 提供の方法',
          '画像はパスワードを設定した記録媒体に保存し、警察署の担当者に手渡す。',
        ],
      ]).types;
    expect(withTitle('通学路防犯カメラの画像の警察への提供について')).toEqual(['external_provision']);
    expect(withTitle('通学路への防犯カメラの設置及び画像の警察への提供について')).toContain('indirect_collection');
  });
  it('「庁内ネットワーク（三層の対策）の見直しについて」 is a system change', () => {
    expect(matchTypes('庁内ネットワーク（三層の対策）の見直しについて', WEAK_TYPE_PATTERNS)).toContain('system_change');
    expect(matchTypes('事業の見直しについて', WEAK_TYPE_PATTERNS)).not.toContain('system_change');
    expect(matchTypes('事業の見直しについて', TYPE_PATTERNS)).toEqual([]);
  });
});
