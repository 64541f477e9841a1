import { describe, expect, it } from 'vitest';
import { VAGUE_RULES } from '../../lib/review/data/vague-rules.ts';
import { vagueInUnit } from '../../lib/review/detect.ts';
import { unitQuote } from '../../lib/review/units.ts';
import { unitOf } from './helpers.ts';

function hits(s: string) {
  const u = unitOf(s);
  return vagueInUnit(u).map((h) => ({ rule: h.rule.id, quote: unitQuote(u, h.keyStart, h.keyEnd) }));
}

describe('vague phrases', () => {
  it('every rule has a label and a polite ask', () => {
    for (const r of VAGUE_RULES) {
      expect(r.label.length).toBeGreaterThan(3);
      expect(r.ask).toMatch(/(ください|でしょうか)。$/);
    }
  });

  it.each([
    ['受託者は、パソコンにパスワードを設定し、パスワードを定期的に変更する。', 'teikiteki', 'パスワードを定期的に変更する'],
    ['従事者には必要に応じて研修を行う。', 'hitsuyou_ni_oujite', '必要に応じて研修を行う'],
    ['モニターは適切な場所に設置する。', 'tekisetsu', 'モニターは適切な場所に設置する'],
    ['ネットワークは十分なセキュリティが確保されたものを利用する。', 'juubun', 'ネットワークは十分なセキュリティが確保されたものを利用する'],
    ['その他、十分なセキュリティ対策を講じるよう努める。', 'tsutomeru', '努める'],
    ['保存データについては必要な暗号化措置を講じる。', 'hitsuyou_na_sochi', '必要な暗号化措置を講じる'],
    ['対象者データは、市が指定する方法により受託者に提供する。', 'shitei_houhou', '市が指定する方法により受託者に提供する'],
    ['サーバ機器は、セキュリティレベルの高いデータセンターに設置する。', 'security_level', 'セキュリティレベルの高いデータセンターに設置する'],
    ['秘密保持、目的外利用の禁止、複写・複製の禁止等を義務付ける。', 'tou_kinshi', '禁止等'],
    ['回線はIP-VPN回線もしくは同等以上の回線とする。', 'doutou_ijou', '同等以上の回線とする'],
    ['その他の対策は、近隣の市と同様の水準を確保する。', 'doutou_ijou', '同様の水準を確保する'],
    ['端末の紛失には十分注意するよう職員に伝える。', 'juubun', '十分注意するよう職員に伝える'],
  ])('「%s」 → %s', (s, rule, quote) => {
    const h = hits(s).find((x) => x.rule === rule);
    expect(h?.quote).toBe(quote);
  });

  it('a frequency in the same sentence makes 「定期的に」 specific', () => {
    expect(hits('パスワードは定期的に（毎月1回）変更する。')).toEqual([]);
    expect(hits('ログを定期的に確認する。').map((h) => h.rule)).toEqual(['teikiteki']);
  });

  it('「速やかに」: a trigger makes only the incident report clause with its next steps specific (domain.md §2.24); deletion has no deadline (§4.2 P11)', () => {
    expect(hits('事故が発生した場合は、速やかに市に報告し、市の指示に従って被害の拡大を防ぐ。')).toEqual([]);
    expect(hits('事故が発生した場合は、速やかに市に報告する。').map((h) => h.rule)).toEqual(['sumiyaka']);
    expect(hits('納品完了後速やかに、データを消去する。').map((h) => h.rule)).toEqual(['sumiyaka']);
    expect(hits('退所時には、登録情報を速やかに削除する。').map((h) => h.rule)).toEqual(['sumiyaka']);
    expect(hits('住民記録システムに速やかに反映している。').map((h) => h.rule)).toEqual(['sumiyaka']);
  });

  it('「等」 is reported only together with another vague phrase', () => {
    expect(hits('携帯電話、カメラ等の持込みを禁止する。')).toEqual([]);
    const h = hits('架電結果を記載した書類等は、業務終了後、適切に処分する。');
    expect(h.map((x) => x.quote)).toEqual(['書類等', '適切に処分する']);
  });

  it('does not flag 不適切, the PIA answer ［十分である］, or 「指示に従い必要な措置」', () => {
    expect(hits('不適切な方法で入手が行われるリスク')).toEqual([]);
    expect(hits('リスクへの対策は十分か［ 十分である ］')).toEqual([]);
    expect(hits('受託者は直ちに市に報告し、市の指示に従い必要な措置を講じる。')).toEqual([]);
  });
});

describe('「当分の間保管する」 (session 11, set 79)', () => {
  it('is a retention without a period', () => {
    expect(vagueInUnit(unitOf('紙の原票は、電子化の完了後も当分の間保管する。')).map((h) => h.rule.id)).toContain('hitsuyou_na_kikan');
    expect(vagueInUnit(unitOf('紙の原票は、電子化の完了後も５年間保管する。')).map((h) => h.rule.id)).not.toContain('hitsuyou_na_kikan');
  });
});
