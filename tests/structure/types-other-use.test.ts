/**
 * Read from the type disagreements of sets 2–66 taken together (session 9), on documents of our own: an item whose
 * request says the city's information is put to another department's use is a use for another purpose, even when the
 * legal ground it cites is a provision to another organ (個人情報保護法第69条第2項第3号: 上下水道局 → 高齢福祉課,
 * 教育委員会 → 市長部局). A provision to a body outside stays a provision.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const typesOf = (request: string, title = '水道使用量データの高齢者見守り事業への活用について') =>
  analyzeStructure(
    makeDoc([
      [
        '諮問第２１号',
        `## ${title}`,
        '【諮問の内容】',
        request,
        '【安全対策】',
        '照合の作業は、地域見守り係の職員３名だけが行います。',
        '受け取るデータの根拠は、個人情報の保護に関する法律第６９条第２項第３号による。',
      ],
    ]),
  ).consultations[0].types;

describe('another department\'s use of the city\'s information', () => {
  it('「…のデータを、高齢福祉課が見守りに利用することについて」 is a use for another purpose', () => {
    expect(typesOf('上下水道局が保有している使用量のデータを、高齢福祉課が一人暮らし高齢者の見守りに利用することについて、ご意見をお伺いします。')).toEqual(['purpose_external_use']);
  });
  it('「取得した目的以外の利用に当たるため」 is a use for another purpose', () => {
    expect(typesOf('学校の出欠情報を、こども家庭センターが見守りに用いる。こども家庭センターにとっては取得した目的以外の利用に当たるため、意見を求めるものである。')).toEqual(['purpose_external_use']);
  });
  it('a list given to a body outside the city stays a provision', () => {
    expect(typesOf('避難行動要支援者名簿の情報を、自主防災組織に提供することについて意見を求める。', '避難行動要支援者名簿の自主防災組織への提供について')).toEqual(['external_provision']);
  });
});
