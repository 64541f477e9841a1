/**
 * Structure read from held-out sets 151–156 after their one measurement (session 18). Documents are our own, tiny and
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../lib/structure/index.ts';
import { makeDoc } from '../fixtures/structure/build.ts';

describe('an item that starts halfway down a page under its material label and number', () => {
  const page = (second: string[]) => [
    '資料２ 諮問第１３号',
    '## ＲＰＡによる保育施設利用申込みデータの入力処理について',
    '■ 目的',
    '電子申請の申込みデータの入力をＲＰＡで自動化する。',
    '■ 処理の方法と安全対策',
    '① ＲＰＡは基幹系ネットワーク内の専用端末で動作させる。',
    '② ロボット用アカウントの権限は申込み情報の入力画面に限る。',
    '③ 処理結果はログとして出力し、担当職員が毎日、申請件数と突合する。',
    '④ 取り込んだＣＳＶファイルは、入力完了後に専用端末から削除する。',
    ...second,
  ];
  const second = (title: string) => [
    '資料３ 諮問第１４号',
    title,
    '1. 変更の内容',
    '令和６年度諮問第８号により承認を受けた電子申請サービスについて、児童手当の額改定請求を対象手続に追加する。',
    '2. 変更に伴う保護措置',
    '(1) 添付書類の画像は、サービス上で暗号化して保存する。',
    '(2) 添付書類を閲覧できるのは、子育て支援課の職員（４名）に限る。',
  ];
  it('opens the second item, its title closed by a bracketed qualifier', () => {
    const cs = analyzeStructure(makeDoc([page(second('電子申請サービスの対象手続の追加について（変更）'))])).consultations;
    expect(cs.map((c) => c.number)).toEqual(['諮問第13号', '諮問第14号']);
    expect(cs[1].securitySections.map((s) => s.heading)).toEqual(['2. 変更に伴う保護措置']);
  });
  it('a label and a number over a line that is no title stay in the item above', () => {
    const cs = analyzeStructure(makeDoc([page(second('次の表のとおり、対象手続を追加する。'))])).consultations;
    expect(cs.map((c) => c.number)).toEqual(['諮問第13号']);
  });
});

describe('types from a title or a legal ground (set 155)', () => {
  it('「…の電子申請化について」 is an online service outside the city and a system introduced', () => {
    const s = analyzeStructure(makeDoc([[
      '諮問第３号',
      '## 建設リサイクル法に基づく届出の電子申請化について',
      '１ 目的',
      '届出を県と市町村が共同で利用する電子申請サービスで受け付ける。',
      '２ 取り扱う個人情報',
      '発注者の氏名、住所及び電話番号',
    ]]));
    expect([...s.consultations[0].types].sort()).toEqual(['external_linkage', 'system_change']);
  });
  it('法第69条第2項第4号 for a special reason to provide is a provision only', () => {
    const item = (ground: string) => analyzeStructure(makeDoc([[
      '諮問第４３号',
      '## 道路占用許可申請者情報の占用企業者への提供について',
      '【提供の目的】',
      '道路工事の調整のため、申請者の情報を占用企業者に提供する。',
      '【提供の根拠】',
      ground,
      '【提供先での取扱い】',
      '市と各社は覚書を締結し、工事調整以外の目的に利用しないことを定める。',
    ]])).consultations[0].types;
    expect(item('個人情報の保護に関する法律第６９条第２項第４号（保有個人情報を提供することについて特別の理由があるとき）')).toEqual(['external_provision']);
    expect([...item('個人情報の保護に関する法律第６９条第２項第４号（統計の作成のために提供するとき）')].sort()).toEqual(['external_provision', 'purpose_external_use']);
  });
});

describe('a whole agreement attached as a draft under its 別紙 label (set 153)', () => {
  const item = (articles: string[]) => [
    [
      '諮問第６号',
      '## 高齢者見守り台帳の救急医療情報を消防組合に提供することについて',
      '１ 提供の目的',
      '救急出動の際に、持病やかかりつけ医療機関を救急隊が把握できるようにする。',
      '２ 提供の方法と安全確保措置',
      '(1) 提供は町と消防組合が締結する協定（別紙）による。',
      '(2) 毎月1回、更新した提供データをLGWAN内のファイル交換サービスで送付する。',
      '(3) 受領したファイルは取込み後に直ちに消去する。',
      '３ 実施予定時期',
      '令和９年４月',
    ],
    ['別紙', '## 救急活動における高齢者見守り台帳情報の提供に関する協定書（案）', ...articles],
  ];
  const measures = [
    '第１条 この協定は、甲が乙に提供する情報を救急活動に活用することを目的とする。',
    '第２条 乙は、提供情報を救急活動以外の目的に利用し、又は第三者に提供してはならない。',
    '第３条 乙は、提供情報を取り扱う者を通信指令課の指令員に限り、その名簿を甲に提出する。',
    '第４条 乙は、閲覧の記録を３年間保存する。',
    '第５条 乙は、協定が終了したときは全ての提供情報を消去して、その旨を書面で甲に報告する。',
  ];
  it('is an attachment section beside the item’s own section', () => {
    const c = analyzeStructure(makeDoc(item(measures))).consultations[0];
    expect(c.securitySections.map((s) => s.heading)).toEqual(['２ 提供の方法と安全確保措置', '救急活動における高齢者見守り台帳情報の提供に関する協定書（案）']);
  });
  it('an agreement whose articles state no measure (each names the agreement, nothing more) is not', () => {
    const plain = [
      '第１条 この協定は、甲と乙の連携について定める。',
      '第２条 甲及び乙は、救急活動の円滑な実施に協力する。',
      '第３条 この協定に定めのない事項は、甲乙協議して定める。',
    ];
    const c = analyzeStructure(makeDoc(item(plain))).consultations[0];
    expect(c.securitySections.map((s) => s.heading)).toEqual(['２ 提供の方法と安全確保措置']);
  });
});
