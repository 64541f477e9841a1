/** Which headings name a section of security measures (lib/structure/vocab/security.ts). */
import { describe, expect, it } from 'vitest';
import { isSecurityHeading } from '../../lib/structure/security.ts';

describe('security headings', () => {
  it.each(['リスクと対策', 'リスクとその対策', 'リスク対策', 'リスクへの対策', '個人情報保護対策', '安全管理措置'])('「%s」 is one', (h) => {
    expect(isSecurityHeading(h)).toBe(true);
  });
  it.each(['リスクへの対策は十分か', '想定されるリスク', '評価書の概要', '委託期間'])('「%s」 is not', (h) => {
    expect(isSecurityHeading(h)).toBe(false);
  });
});
