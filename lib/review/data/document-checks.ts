/**
 * 文書の書き方そのものへの確認（../shared/domain.md §3.6 の質問の型 4・12、§4.1 V08・V17・V29）。
 *
 * 1. 「ア・イの両方か」: 要件の前置き（「以下の公的認証を取得していること」）の後に、ア・イ…
 *    (1)(2)… ①②… の短い項目が並び、全部が必要なのか、いずれか一つでよいのかが書かれていない。
 *      lead    … 前置きの文（要件を並べる文）
 *      clear   … 前置きにこれがあれば明確（「いずれか」「全て」など）
 *      item    … 項目の行（記号で始まる短い行）
 *
 * 2. 食い違い: 同じ諮問の中の二つの文が矛盾する（例:「再委託は禁止する」と「再委託する場合は…」）。
 *      a / aUnless … 一方の文（aUnless が同じ文か直後の文にあれば、例外を認めた書き方なので対象外）
 *      b / bUnless … もう一方の文（a の文・直後の文とは別の文）
 *      ask         … 質問の後半（「○ページでは「…」とする一方、○ページでは「…」とあります。」に続く）
 *
 * 照合する文は NFKC 正規化・空白除去済み。
 */
import type { SafeguardId } from '../../analysis/schema.ts';

export const ALTERNATIVE_LIST = {
  lead: /(次|以下|下記)の(いずれかの|全ての|すべての)?[^。]{0,25}(を(取得|満た|有|備え|保有)|に該当|(が|を)(求め|必要))/,
  clear: /いずれか|いずれも|全て|すべて|両方|全部|双方|一つ以上|1つ以上|各号の全|又は|または|もしくは|若しくは|及び|並びに/,
  /** 項目の記号（「ア 」「(1)」「①」「・」）で始まる行（印字どおりの文字で照合。カナの記号は後ろに空白）。 */
  item: /^([ア-ン](?=\s)|\(\d{1,2}\)|[①-⑩]|・)/,
  itemMaxLength: 40,
  /** 認証の並びなら、認証の対象範囲もあわせて尋ねる。 */
  certification: /認証|マーク|ISMS|ISMAP|ISO|資格/,
  certificationAsk: 'また、その認証の対象範囲に本件の業務・システムが含まれるかをお示しください。',
  source: 'domain.md §3 Q013（「公的認証」のアとイは両方必須か）、§4.1 V08',
} as const;

export interface ConflictRule {
  id: string;
  category: SafeguardId;
  label: string;
  a: RegExp;
  aUnless?: RegExp;
  b: RegExp;
  bUnless?: RegExp;
  ask: string;
  source: string;
}

export const CONFLICT_RULES: ConflictRule[] = [
  {
    id: 'subcontracting_banned_and_allowed',
    category: 'subcontracting',
    label: '再委託を禁止すると書く一方で、再委託する場合の手続が書かれている',
    a: /再委託(は|を)(一切)?(行わない|禁止する|禁止とする|認めない|しない|させない)/,
    aUnless: /原則|ただし|やむを得|場合を除|場合は|承諾|承認|許可/,
    b: /再委託(する|を行う|させる)場合|再委託先|再委託の(承諾|承認|許可)/,
    ask: 'どちらが正しいのでしょうか。再委託を認める場合があるなら、その範囲と条件（事前の書面による承諾、再委託先への同等の義務）をお示しください。',
    source: 'domain.md §3 Q117・Q066（ひな形と本件の食い違い）、§3.6 型4',
  },
];
