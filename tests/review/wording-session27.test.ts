/**
 * Wording read in session 27 from round 22 (sets 259–264, after their measurement): 「移送サービス」 (a transport service for
 * people) is not the carrying of media; a 「刑事処分」「行政処分」 on a driving record is not the disposal of data.
 */
import { describeWording } from './helpers.ts';

describeWording('a transport service for people is not the carrying of media', [
  ['transport_media', '移送サービス機能を操作できる者は、障害福祉課移送担当の職員４名に限る。', false],
  ['transport_media', '移送支援係の職員が申請する。', false],
  // media carried are still read
  ['transport_media', '名簿は施錠できるケースに入れて移送する。', true],
]);

describeWording('a penalty named 処分 is not the disposal of data', [
  ['retention_deletion', '運転記録証明書には、刑事処分の対象となる違反の記録も含まれることがある。', false],
  ['retention_deletion', '過去５年間の交通違反、交通事故及び免許停止処分の記録を確認する。', false],
  ['retention_deletion', '証明書は、確認を終えた後、シュレッダーで処分する。', true],
]);

describeWording('a face blurred before publication, the word for it in brackets', [
  ['anonymization', '人物の顔が判別できるものは、顔の部分にぼかし（マスキング）を施して公開します。', true],
  ['anonymization', '顔の部分にマスキングを施して掲載する。', true],
  ['anonymization', '写真は原寸のまま公開します。', false],
]);

describeWording('words quoted as another\'s question or opinion are not a measure', [
  ['backup_recovery', '令和６年度の答申には、「障害時のバックアップの体制を明らかにすること」との附帯意見が付されている。', false],
  ['backup_recovery', 'バックアップはどうなるのか」との質問があり、事務局から、事業者と協議のうえ改めて説明すると回答した。', false],
  // the sentence's own words are still read
  ['backup_recovery', '「障害時の体制を示すこと」との附帯意見を受け、データは毎日バックアップを取得し、別の拠点に保管する。', true],
]);
