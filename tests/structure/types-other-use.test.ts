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

describe('read from set 67 after its first measurement (session 9)', () => {
  it('「これは実施機関以外の者への提供に当たるため」 is a provision, whoever runs the receiving centre', () => {
    expect(
      typesOf(
        '市が保有する要介護認定情報を、市が設置し社会福祉法人等に運営を委託している地域包括支援センターに提供する。これは実施機関以外の者への提供に当たるため、審議会の意見を聴くものである。',
        '地域包括支援センターへの要介護認定情報の提供について',
      ),
    ).toEqual(['external_provision']);
  });
  it('「諮問第１２号の委託に伴い、…台帳に記録する」: another item\'s outsourcing is the occasion, not this item\'s act', () => {
    expect(typesOf('諮問第１２号の委託に伴い、委託分を含む調査の進捗を管理するため、台帳に個人情報を記録する。電子計算組織への記録として意見を求める。', '進捗管理台帳の電子計算組織への記録について')).toEqual(['computer_recording']);
  });
});
