import { describe, expect, it } from 'vitest';
import { scoreLink, scorePage } from '../../lib/structure/link-detect.ts';

const ctx = '架空市個人情報保護審議会 会議録・会議資料 / 令和4年度第1回';
const yes = (text: string, href = 'a.pdf', context = ctx) => expect(scoreLink({ href, text, context }).isConsultation, text).toBe(true);
const no = (text: string, href = 'a.pdf', context = ctx) => expect(scoreLink({ href, text, context }).isConsultation, text).toBe(false);

describe('scoreLink', () => {
  it('accepts consultation materials', () => {
    yes('資料3 国民健康保険被保険者証作成等業務の外部委託について（諮問第12号）');
    yes('令和4年度 諮問資料集（諮問第101号～第133号）一括版');
    yes('令和4年度第3回審議会資料（一括）');
    yes('参考 特定個人情報保護評価書（全項目評価書）の例');
    yes('資料2-2 電子契約サービスの導入について', '../b.pdf#page=9');
    yes('ダウンロード', 'docs/%E8%AB%AE%E5%95%8F%E7%AC%AC498%E5%8F%B7.pdf', '');
  });
  it('rejects minutes, lists, newsletters, budgets, tenders, disclosure decisions and navigation', () => {
    no('令和4年度第1回 会議録');
    no('資料2 諮問事項一覧（差替え前）');
    no('広報かくう 10月1日号（4・5ページ）');
    no('令和5年度 予算説明書（総務費抜粋）');
    no('システム保守業務委託に係る入札公告');
    no('個人情報開示決定通知書（様式）');
    no('ページの先頭へ', '#top');
    no('令和3年度の会議資料はこちら', '?year=2021');
    no('マイナンバーカードの申請・交付', 'mynumber.html');
  });
  it('returns a score in 0..1 and the signals used', () => {
    const v = scoreLink({ href: 'x.pdf', text: '資料3 業務の外部委託について（諮問第12号）', context: ctx });
    expect(v.score).toBeGreaterThan(0.5);
    expect(v.score).toBeLessThanOrEqual(1);
    expect(v.signals).toContain('number');
  });
  it('needs an explicit number or 諮問 wording for links to web pages', () => {
    no('保育施設のクラウドサービスについて', 'cloud.html');
    yes('諮問第20号 要介護認定調査票のデータ入力業務の外部委託について', 'item20.html');
  });
});

describe('scorePage', () => {
  it('recognises a council materials page', () => {
    const v = scorePage('架空市個人情報保護審議会 会議録・会議資料', '資料3 国民健康保険…の外部委託について（諮問第12号） 資料4 …（諮問第13号）');
    expect(v.isConsultation).toBe(true);
  });
  it('rejects an unrelated page', () => {
    expect(scorePage('マイナンバーカードの申請・交付｜架空市', '申請方法 交付窓口 休日開庁').isConsultation).toBe(false);
    expect(scorePage('令和5年度 予算の概要', '歳入 歳出 審議会 諮問').isConsultation).toBe(false);
  });
});
