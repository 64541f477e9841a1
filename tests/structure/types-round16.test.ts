/**
 * Round 16 (sets 223–228, after their measurement): the item's types.
 * - a request sentence that denies an act (「なお、本件において外部とのオンライン結合は行わない。」) names no type;
 * - a title 「…保護司への…連絡票の提供について」「…センターへの被災者情報の提供について」「…委員への申請書類の提供について」
 *   names a provision (any receiver but a unit of the city);
 * - a measure forbidding 目的外利用, or 第69条第2項第4号 outside research and statistics, makes a provision no use for
 *   another purpose as well;
 * - a system's 「記録する個人情報」 under a title that names the system's introduction is that system's data, no separate
 *   電子計算組織への記録;
 * - a checklist row read as a heading (「外部に委託するか ― 該当なし」) names no act;
 * - 「本人以外の者（県警察）から収集すること」: the source in brackets.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePdfjsEnv } from '../../lib/platform/node-pdfjs.ts';
import { extractText } from '../../lib/text/extract.ts';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

const types = (lines: string[]) => analyzeStructure(makeDoc([lines])).consultations[0].types;

describe('types read in round 16', () => {
  it('a denied act in the request is not a type', () => {
    expect(types([
      '## 諮問第１２号 再犯防止推進計画に基づく支援対象者名簿の電子化について',
      '# 第１ 諮問事項',
      '支援対象者名簿に記録する個人情報を、電子計算組織（地域福祉システム）に記録すること。なお、本件において外部とのオンライン結合は行わない。',
      '# 第２ 安全管理措置',
      '操作ログはシステムで取得し、毎月確認する。',
    ])).toEqual(['computer_recording']);
  });
  it('the request still names an act that is not denied', () => {
    expect(types([
      '## 諮問第１２号 名簿の電子化について',
      '# 第１ 諮問事項',
      '名簿の個人情報を電子計算組織に記録すること及び県のシステムとのオンライン結合を行うこと。',
      '# 第２ 安全管理措置',
      '操作ログはシステムで取得し、毎月確認する。',
    ])).toEqual(['computer_recording', 'external_linkage']);
  });
  it('a provision named by its receiver in the title, under 第69条第2項第1号 and a ban on 目的外利用', () => {
    expect(types([
      '## 諮問第１３号 保護司への支援対象者連絡票の提供について',
      '# １ 提供の目的',
      '担当の保護司と市が支援の状況を共有するため、連絡票を提供します。',
      '# ５ 提供の根拠',
      '本人の同意による提供（個人情報の保護に関する法律第６９条第２項第１号）',
      '# ６ 提供の方法と保護司での取扱い',
      '保護司には、連絡票の目的外利用と複写を禁止する旨の確認書を提出していただきます。',
    ])).toEqual(['external_provision']);
    expect(types([
      '## 諮問第１３号 災害ボランティアセンターへの被災者情報の提供について',
      '【提供の根拠】',
      '本人の同意がある場合の提供（個人情報の保護に関する法律第６９条第２項第１号）',
      '【安全対策】',
      '提供は書面で行い、受領書を徴する。',
    ])).toEqual(['external_provision']);
  });
  it('a use by another department stays a use for another purpose', () => {
    expect(types([
      '## 諮問第１３号 福祉課への被災者情報の提供について',
      '【提供の根拠】',
      '個人情報の保護に関する法律第６９条第２項第２号',
      '【安全対策】',
      '提供は書面で行い、受領書を徴する。',
    ])).toEqual(['purpose_external_use']);
  });
  it('第69条第2項第4号 for a committee is a provision; for research it is also a use for another purpose', () => {
    const item = (ground: string) => types([
      '## 諮問第３号 創業支援補助金審査委員会の委員への申請書類の提供について',
      '# １ 提供の目的',
      '外部の委員で構成する審査委員会に申請書類を提供し、審査を依頼します。',
      '# ３ 提供の根拠',
      ground,
      '# ６ 審査の進め方',
      '会議の終了時に、事務局の職員２名が全部数を回収したことを確認します。',
    ]);
    expect(item('個人情報の保護に関する法律第６９条第２項第４号及び交付要綱第１０条（審査委員会への意見聴取）')).toEqual(['external_provision']);
    expect(item('個人情報の保護に関する法律第６９条第２項第４号（学術研究の目的のための提供）')).toEqual(['external_provision', 'purpose_external_use']);
  });
  it('a system’s record list under a title naming its introduction adds no recording', () => {
    expect(types([
      '## 【諮問第４号】更生保護サポートセンター相談記録システムの導入について',
      '# １ 導入の目的',
      '相談記録をクラウド型の相談記録システムで管理する。',
      '# ２ システムの概要',
      'システム名：ささえ相談ノート（LGWAN-ASP）',
      '# ３ 利用者と利用場所',
      '町福祉課の相談員３名及び福祉係長１名。',
      '# ４ 対象となる個人の範囲',
      '相談窓口に相談した本人及びその家族',
      '# ５ 記録する個人情報',
      '氏名、生年月日、住所、電話番号、相談の内容',
      '# ６ 個人情報保護対策',
      '操作ログを１年間保存し、福祉係長が毎月点検する。',
    ])).toEqual(['system_change']);
  });
  it('a checklist row answered 「該当なし」 names no act (set 227 p03, read from its PDF)', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/heldout227/p03_zeijoho_mokutekigai_kofu.pdf')));
    const doc = await extractText(bytes, await nodePdfjsEnv(), {});
    expect(analyzeStructure(doc).consultations[0].types).toEqual(['purpose_external_use']);
  });
  it('a source named in brackets: 「本人以外の者（県警察）から収集すること」', () => {
    expect(types([
      '## 諮問第１４号 放置自転車の撤去・保管業務の委託及び所有者の照会について',
      '# 第１ 諮問の内容',
      '個人情報を取り扱う業務の外部委託、及び自転車の所有者に関する情報を本人以外の者（県警察）から収集すること。',
      '# 第５ 個人情報の保護措置',
      '照会結果の一覧は職員２名のみが作成する。',
    ])).toEqual(['outsourcing', 'indirect_collection']);
  });
});
