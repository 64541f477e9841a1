import { describe, expect, it } from 'vitest';
import { reviewConsultation } from '../../lib/review/index.ts';
import { makeConsultation, makeDoc } from './helpers.ts';

const PIA = [
  '特定個人情報保護評価書（全項目評価書）',
  'Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策',
  'リスク1：目的外の入手が行われるリスク',
  'リスクに対する措置の内容',
  '届出書の様式を法定の記載事項に限定しており、必要以上の情報を入手しないようにしている。',
  'リスクへの対策は十分か ［ 十分である ］',
  '＜選択肢＞ 1) 特に力を入れている 2) 十分である 3) 課題が残されている',
  'リスク2：権限のない者によって不正に使用されるリスク',
  'ユーザ認証の管理 ［ 行っている ］ 生体認証とID・パスワードを組み合わせた二要素認証によりログインする。',
  '特定個人情報の使用の記録 ［ 記録を残している ］ 操作ログを取得している。',
  'リスクへの対策は十分か ［ 課題が残されている ］',
  '＜選択肢＞ 1) 特に力を入れている 2) 十分である 3) 課題が残されている',
  'バックアップ ［ 行っていない ］ バックアップの取得',
].join('\n');

describe('PIA risk tables', () => {
  const doc = makeDoc([{ text: PIA, label: '8' }]);
  const c = makeConsultation(doc, { types: ['pia'] });
  const r = reviewConsultation(c, doc);
  const st = Object.fromEntries(r.safeguards.map((s) => [s.id, s.status]));

  it('reads measures of a risk judged ［十分である］ as present', () => {
    expect(st.data_minimization).toBe('present');
  });

  it('makes measures under ［課題が残されている］ vague and asks about the risk', () => {
    expect(st.logging_audit_trail).toBe('vague');
    expect(st.authentication).toBe('vague');
    const q = r.questions.find((x) => x.text.includes('［課題が残されている］'))!;
    expect(q.text).toContain('8ページの「リスク2：権限のない者によって不正に使用されるリスク」');
    expect(doc.pages[0].text.includes(q.quote!)).toBe(true);
  });

  it('does not take ［ 行っていない ］ as the measure', () => {
    expect(st.backup_recovery).toBe('missing');
  });

  it('the choice list 「3) 課題が残されている」 is not an answer', () => {
    expect(r.questions.filter((x) => x.text.includes('［課題が残されている］')).length).toBe(1);
  });
});
