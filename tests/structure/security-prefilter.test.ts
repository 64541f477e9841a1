import { describe, expect, it } from 'vitest';
import { requiredChars } from '../../lib/review/prefilter.ts';
import { NAMES_MEASURES_CHARS, findSecuritySections } from '../../lib/structure/security.ts';
import { FORM_ROW_LABELS, SECURITY_ATTACHMENTS, SECURITY_HEADINGS } from '../../lib/structure/vocab/security.ts';
import { buildLines } from '../../lib/structure/lines.ts';
import { buildSections } from '../../lib/structure/sections.ts';
import type { TextDocument, TextLine } from '../../lib/text/types.ts';

describe('security sections: the line prefilter', () => {
  it.each([...SECURITY_HEADINGS, ...SECURITY_ATTACHMENTS, ...FORM_ROW_LABELS].map((re) => [re.source, re] as const))(
    'every match of /%s/ holds one of NAMES_MEASURES_CHARS',
    (_src, re) => {
      const req = requiredChars(re);
      expect(req, 'no required characters could be derived: widen the prefilter or rewrite the entry').not.toBeNull();
      expect(req!.filter((c) => !NAMES_MEASURES_CHARS.includes(c))).toEqual([]);
    },
  );

  const line = (text: string, y: number, extra: Partial<TextLine> = {}): TextLine => ({ page: 1, text, x: 50, y, width: 300, height: 10, fontSize: 10.5, bold: false, running: false, ...extra });

  it('still finds a bare label and a form row among lines the prefilter skips', () => {
    const lines: TextLine[] = [
      line('1. 概要', 20),
      line('この業務の概要を次のとおり説明する。', 40),
      line('個人情報の保護措置', 60),
      line('受託者は作業場所を施錠された室内に限る。', 80),
      line('作業に当たる者に研修を行う。', 100),
      line('2. 運用体制', 120),
      line('リスクに対する措置の内容 アクセス権限を付与する職員を限定する。', 140, { cells: ['リスクに対する措置の内容', 'アクセス権限を付与する職員を限定する。'] }),
    ];
    const doc: TextDocument = { pageCount: 1, pages: [{ index: 1, label: null, hasText: true, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') }] };
    const lns = buildLines(doc);
    const found = findSecuritySections(lns, buildSections(lns, 0, lns.length), 0, lns.length);
    expect(found.map((s) => [s.heading, s.role])).toEqual([
      ['個人情報の保護措置', 'primary'],
      ['リスクに対する措置の内容', 'form_row'],
    ]);
    expect(found[0].text).toContain('施錠');
    expect(found[1].text).toContain('アクセス権限');
  });
});
