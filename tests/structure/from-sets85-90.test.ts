/**
 * Structure read from held-out sets 85–90 (and 81) after their one measurement (session 11): a pointer line that names
 * the attachment, and a remote-maintenance section beside the item's security section. Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import type { TextDocument } from '../../lib/text/types.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const only = (doc: TextDocument) => {
  const s = analyzeStructure(doc);
  expect(s.consultations).toHaveLength(1);
  return s.consultations[0];
};

describe('security sections', () => {
  it('「別添「…チェックリスト」のとおり」 is the body of the section above it, not an attachment heading', () => {
    const c = only(makeDoc([
      [
        '## 諮問第３号 生活困窮者自立相談支援事業の委託について',
        '７ 委託先',
        '社会福祉法人豆ヶ丘市社会福祉協議会',
        '８ 個人情報保護対策',
        '別添「個人情報保護対策チェックリスト」のとおり',
      ],
      [
        '別添 個人情報保護対策チェックリスト',
        'No. | 確認項目 | 対応 | 具体的な対策',
        '1 | 契約書に特記事項を付しているか | ○ | 市の特記事項を付す',
      ],
    ]));
    expect(c.securitySections.map((s) => s.heading)).toEqual(['８ 個人情報保護対策', '別添 個人情報保護対策チェックリスト']);
  });

  const remote = (withPrimary: boolean): string[] => [
    '## 諮問第１２号 人事給与システムの保守について',
    '# 【委託の内容】',
    '障害時の原因調査と復旧作業',
    ...(withPrimary ? ['# 【安全管理措置】', '(1) 作業者は事前に届け出た３名に限る。', '(2) 契約書に特記事項を付す。'] : []),
    '# 【リモート保守の方法】',
    '(1) 保守拠点から閉域の専用回線で接続し、インターネットは経由しない。',
    '(2) 接続は職員が承認した作業時に限り、作業の画面は録画する。',
    '(3) 保守端末は指静脈認証とパスワードでログインする。',
    '# 【委託期間】',
    '令和９年４月から３年間',
  ];

  it('「【リモート保守の方法】」 that states measures is taken beside the item\'s security section', () => {
    const c = only(makeDoc([remote(true)]));
    expect(c.securitySections.map((s) => s.heading)).toEqual(['【安全管理措置】', '【リモート保守の方法】']);
  });

  it('an item whose only measures sit under 「【リモート保守の方法】」 still has them read', () => {
    const c = only(makeDoc([remote(false)]));
    expect(c.securitySections.map((s) => s.heading)).toContain('【リモート保守の方法】');
  });
});
