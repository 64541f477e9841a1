/**
 * Item heads met in held-out set 36 after its measurement, on synthetic documents of our own: a form whose row
 * 「諮問の種別　…」 names the kinds of item on one line (and whose 「諮問番号｜件名」 labels share the title's line), and a
 * request that lists 「個人情報を取り扱うシステムの導入」 as one of its points.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('item heads (set 36)', () => {
  it('a form row 「諮問の種別」 with its value names the types; the form labels are not part of the title', () => {
    const c = analyzeStructure(
      makeDoc([[
        '桐生野市個人情報保護審議会 資料３',
        '諮問番号　諮問第８号',
        '件名　　児童手当関係手続のオンライン申請の導入について',
        '諮問の種別　情報システムの導入、実施機関以外のものとの通信回線による結合',
        '## 1. 概要',
        '申請をマイナポータルで受け付ける。',
        '## 4. セキュリティ対策',
        '通信はTLS1.2で暗号化される。',
        '受付サービスを利用できるのは担当職員3名に限る。',
      ]]),
    ).consultations[0];
    expect(c.types).toEqual(['system_change', 'external_linkage']);
    expect(c.title).toBe('児童手当関係手続のオンライン申請の導入について');
  });

  it('「個人情報を取り扱うシステムの導入」 among the points of the request is a system change', () => {
    const c = analyzeStructure(
      makeDoc([[
        '【諮問第７号】',
        '## 介護保険事務へのＡＩ－ＯＣＲ及びＲＰＡの導入について',
        '■ 諮問の内容',
        '入力事務にＡＩ－ＯＣＲ及びＲＰＡを導入するにあたり、次の２点について諮問します。',
        '① 個人情報を取り扱うシステムの導入（ＡＩ－ＯＣＲサービスの利用）',
        '② 個人情報を取り扱う業務の委託（ＲＰＡのシナリオ作成及び保守）',
        '■ 安全対策',
        '・画像データは作業後に削除します。',
      ]]),
    ).consultations[0];
    expect(c.types).toEqual(['outsourcing', 'system_change']);
  });
});
