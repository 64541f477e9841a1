/**
 * 表の左の欄（区分・問い）が措置の区分を平易な言葉で名指しするもの（「だれが見られるか｜保健師6名」「いつ消すか｜入学した年の
 * 5月末に消去」）。右の欄の文にその区分の語がなくても、行はその区分について書いている。
 * 照合するのは、行の文（NFKC 正規化・空白除去済み）の先頭。欄の中身が続くときだけ数える（見出しだけの行は数えない）。
 * 出典: domain.md §5.2（区分｜対策内容の表）と、その欄に書かれる平易な問い。
 */
import type { SafeguardId } from '../../analysis/schema.ts';

export interface RowLabel {
  id: SafeguardId;
  /** 行の先頭の欄の言葉。 */
  re: RegExp;
}

export const ROW_LABELS: RowLabel[] = [
  { id: 'access_control', re: /^(だれ|誰)が(見られる|見る|見ることができる|使える|使う|扱う|取り扱う|触れる)(か|の)?|^(見られる|使える|扱える)(人|者|職員)/ },
  { id: 'authentication', re: /^(どうやって|どのように)(入る|ログインする)(か|の)?|^(入り方|ログインの方法)/ },
  { id: 'network_separation', re: /^(どこを|どの回線を)(通る|通す)(か|の)?|^通り道/ },
  { id: 'data_location', re: /^(どこに|どこへ)(置く|置かれる|保存する|保存される|保管する)(か|の)?|^(置き場所|置く場所|データの置き場所)/ },
  { id: 'retention_deletion', re: /^(いつ|いつまでに)(消す|消える|削除する|捨てる)(か|の)?|^いつまで(持つ|置く|保存する)(か|の)?|^消す時期/ },
  { id: 'logging_audit_trail', re: /^(だれ|誰)が(何|なに)をしたか|^(使った|操作の)記録/ },
  { id: 'backup_recovery', re: /^(止まった|壊れた|消えた)(とき|場合)(は|に)?/ },
  { id: 'vulnerability_management', re: /^弱点(を)?(ふさぐ|なくす)/ },
  { id: 'third_party_provision', re: /^(ほか|他)(に|へ)(渡さない|渡す|出さない|見せない)(か|の)?/ },
  { id: 'outsourcing_contract', re: /^(約束|取り決め)の形/ },
  { id: 'incident_response', re: /^(事故|漏れ|漏えい)が(起きた|あった)(ら|とき|場合)/ },
  { id: 'identity_verification', re: /^(本人|保護者本人|申請者本人)の確認/ },
];
