/**
 * Structure read in session 30 from round 27 (sets 289–294): a report on how a council's 附帯意見 were handled, its title
 * wrapped before 「（報告）」, is no consultation; a title that gives names (「…個人事業主の氏名の提供について」) is a provision.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { firstConsultation, makeDoc } from '../fixtures/structure/build.ts';

describe('read from round 27', () => {
  it('a report on the handling of 附帯意見, its title wrapped, is no consultation', () => {
    const doc = makeDoc([
      [
        '~ 報告資料１',
        '## 諮問第３号（電子決裁システムの導入）に付された附帯意見への対応状況につ',
        '## いて（報告）',
        '# 第１ 経過',
        '令和７年１１月の審議会において、諮問第３号は次の附帯意見を付して答申された。本報告は、その後の対応状況を報告するものである。',
        '# 第２ 附帯意見と対応状況',
        '操作ログを「定期的に」確認するとの記載について | 総務課長が毎月確認する手順を定めた。',
        'なお、本件は報告であり、新たに意見を求めるものではない。',
      ],
    ]);
    expect(analyzeStructure(doc).consultations).toHaveLength(0);
  });
  it('a title that gives names is a provision, not also a use for another purpose', () => {
    const item = firstConsultation([
      [
        '## 【諮問第２１号】契約情報の公表に伴う個人事業主の氏名の提供について',
        '【諮問の内容】',
        '市ホームページで公表している契約情報に、個人事業主の氏名を掲載することについて意見を伺うものです。',
        '【公表の根拠】',
        '個人の権利利益を不当に侵害するおそれのない範囲での提供として、個人情報の保護に関する法律第６９条第２項第４号によります。',
      ],
    ]);
    expect(item.types).toEqual(['external_provision']);
  });
});
