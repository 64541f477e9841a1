/**
 * Rules added after the third held-out measurement (docs/heldout3.md "after set-3 fixes"): domain.md §4.2 pairs
 * for 原則として (P07), 速やかに (P11), 研修 (P36), and §2 wording for storage places, device loss, the city's check
 * of the vendor's handling and 返還. Own sentences, each with a counter-example.
 */
import { describe, expect, it } from 'vitest';
import { reviewMeasures as review, unitOf, vagueRuleIds as rules } from './helpers.ts';

describe('「原則として」 without ただし／例外 leaves the measure vague (§4.2 P07)', () => {
  it('a limit to a role is not an answer to "which exceptions"', () => {
    expect(review(['outsourcing'], ['・名簿を閲覧する者は、原則として正規職員に限る。']).status('access_control')).toBe('vague');
  });
  it('a ban 「原則として行わない」 is vague', () => {
    expect(review(['outsourcing'], ['・業務の再委託は、原則として許可しない。']).status('subcontracting')).toBe('vague');
  });
  it('the exception stated in the sentence makes it specific', () => {
    const r = review(['outsourcing'], ['・業務の再委託は原則として禁止する。ただし、書面で市の承認を得た場合はこの限りでない。']);
    expect(r.status('subcontracting')).toBe('present');
  });
  it('原則 on a stated deadline: the phrase is listed, the category keeps its number', () => {
    const r = review(['system_change'], ['・修正プログラムは、公開後原則として14日以内に適用する。']);
    expect(r.status('vulnerability_management')).toBe('present');
    expect(r.phrases.some((p) => p.includes('原則として'))).toBe(true);
  });
});

describe('「速やかに」 needs a deadline (§4.2 P11); 「必要な措置」 is not a next step', () => {
  it('「事故の場合は速やかに連絡し、必要な対応をとる」 is vague', () => {
    const r = review(['outsourcing'], ['・漏えいが起きた場合は、速やかに担当課へ報告し、必要な対応をとる。']);
    expect(r.status('incident_response')).toBe('vague');
    expect(r.phrases.some((p) => p.includes('速やかに'))).toBe(true);
  });
  it('the standard incident duty with real next steps stays present', () => {
    const r = review(['outsourcing'], ['・漏えいが起きた場合は、速やかに担当課へ報告し、原因を究明して再発防止策を報告する。']);
    expect(r.status('incident_response')).toBe('present');
  });
  it('a deadline answers it', () => {
    expect(review(['outsourcing'], ['・漏えいが起きた場合は、2時間以内に担当課へ報告する。']).status('incident_response')).toBe('present');
  });
});

describe('研修 without when or whom (§4.2 P36)', () => {
  it('「研修等を実施する」 is a vague phrase and the category is vague', () => {
    expect(rules('作業員には個人情報の扱いについて研修等を実施する。')).toContain('kenshu');
    expect(review(['outsourcing'], ['・作業員には個人情報の扱いについて研修等を実施する。']).status('staff_training')).toBe('vague');
  });
  it('a timing makes it specific', () => {
    expect(rules('作業員には従事前に個人情報の研修を実施する。')).not.toContain('kenshu');
    expect(review(['outsourcing'], ['・作業員には従事前に個人情報の研修を実施する。']).status('staff_training')).toBe('present');
  });
  it('not flagged twice when another phrase already says "when" vaguely, nor for 「同等の研修」', () => {
    expect(rules('受託者は、必要に応じて作業員に教育を行う。')).not.toContain('kenshu');
    expect(rules('再委託先にも同等の研修を実施させる。')).not.toContain('kenshu');
  });
});

describe('§2 wording read in vague measures', () => {
  it('a storage place is physical security (「事務室で保管する」); 適宜 makes it vague', () => {
    expect(review(['outsourcing'], ['・申込書は、各施設の事務室で保管する。']).status('physical_security')).toBe('present');
    expect(review(['outsourcing'], ['・申込書は、各施設の事務室で適宜保管する。']).status('physical_security')).toBe('vague');
  });
  it('keeping a device from loss is physical security; 十分に makes it vague', () => {
    expect(review(['outsourcing'], ['・訪問用のスマートフォンは、盗難に遭わないよう十分に気を付けて管理する。']).status('physical_security')).toBe('vague');
  });
  it('the city checking the vendor\'s handling (取扱状況の確認) is vendor oversight', () => {
    expect(review(['outsourcing'], ['・市は、毎年度、受託者における個人情報の取扱状況を確認する。']).status('vendor_oversight')).toBe('present');
    expect(review(['outsourcing'], ['・市は、受託者の取扱状況について必要に応じて確認する。']).status('vendor_oversight')).toBe('vague');
  });
  it('返還 of the data is retention/deletion; 「又は適切に処理する」 is vague', () => {
    expect(review(['outsourcing'], ['・業務終了後、受託者は預かった個人情報を市に返還し、又は適切に処理する。']).status('retention_deletion')).toBe('vague');
    expect(review(['outsourcing'], ['・業務終了後、受託者は預かった個人情報を市に返還し、複写物は裁断し廃棄証明書を提出する。']).status('retention_deletion')).toBe('present');
  });
});

describe('「適宜」 answered only by a number in its own clause (set 132)', () => {
  it('「…報告させ、適宜実地に確認する」: the yearly report does not time the on-site check', () => {
    const r = review(['outsourcing'], ['・町は、事業者に年１回、安全管理措置の実施状況を書面で報告させ、適宜実地に確認する。']);
    expect(r.phrases.some((p) => p.includes('適宜実地に確認'))).toBe(true);
  });
  it('「…を適宜適用するとともに、年１回、…診断を受け」: the yearly check does not time the patches', () => {
    const r = review(['system_change'], ['・事業者はセキュリティパッチを適宜適用するとともに、年１回、外部の脆弱性診断を受ける。']);
    expect(r.phrases.some((p) => p.includes('適宜適用'))).toBe(true);
  });
  it('a number in the same clause still answers it (「年１回、適宜の時期に点検する」)', () => {
    const r = review(['outsourcing'], ['・町は、年１回、適宜の時期に委託先の作業場所を点検する。']);
    expect(r.phrases.some((p) => p.includes('適宜'))).toBe(false);
  });
});

describe('「プライバシーマーク等の…認証を取得」 in a requirement (§4.2 P05; set 131)', () => {
  it('leaves the certification vague and lists the phrase', () => {
    const r = review(['outsourcing'], ['・委託先には、プライバシーマーク等の第三者認証を取得していることを求める。']);
    expect(r.status('vendor_certification')).toBe('vague');
    expect(r.phrases.some((p) => p.includes('プライバシーマーク等'))).toBe(true);
  });
  it('a named certification without 等 is specific', () => {
    const r = review(['outsourcing'], ['・委託先には、プライバシーマークの認証を取得していることを求める。']);
    expect(r.status('vendor_certification')).toBe('present');
  });
});
