/**
 * どの表で「書かれているはず」を判定するか（設定「確認する区分」、`npm run analyze -- --expect`）。
 *   core … 標準（既定）: コーパス README の表（種別ごとに必ず見る区分）。コーパスの正解はこの表で作られている。
 *   full … 詳細: domain.md §7.3 の表。審議会の会議録で問われた区分を広く期待する（記載なしの指摘と質問案が増える）。
 * 既定を標準にしたのは、コーパスの正解（課題の採点基準）と同じ約束で「記載なし」を出すため。
 * 詳細の表で作った正解（tests/fixtures/heldout*）は `--expect full` で採点する。
 */
import type { ConsultationType, SafeguardId } from '../../analysis/schema.ts';
import { CORE_CONDITIONAL_EXPECTATIONS, CORE_EXPECTED_BY_TYPE } from './expectations-core.ts';
import { CONDITIONAL_EXPECTATIONS, EXPECTATION_EXEMPTIONS, EXPECTED_BY_TYPE, type ConditionalExpectation, type ExpectationExemption } from './expectations.ts';

export const EXPECTATION_PROFILE_IDS = ['core', 'full'] as const;
export type ExpectationProfile = (typeof EXPECTATION_PROFILE_IDS)[number];
export const DEFAULT_EXPECTATION_PROFILE: ExpectationProfile = 'core';

export interface ExpectationTable {
  label: { ja: string; en: string };
  explain: { ja: string; en: string };
  byType: Record<ConsultationType, SafeguardId[]>;
  conditional: ConditionalExpectation[];
  /** 期待から外す事情（紙だけの委託の認証など）。 */
  exemptions: ExpectationExemption[];
}

export const EXPECTATION_PROFILES: Record<ExpectationProfile, ExpectationTable> = {
  full: {
    label: { ja: '詳細', en: 'Detailed' },
    explain: {
      ja: '審議会の会議録で問われた区分（目的・項目・認証・第三者認証など）まで、諮問の種類ごとに広く確認します。「記載なし」と質問案が増えます。',
      en: 'Also checks the categories councils have asked about in their minutes (purpose, data items, authentication, certification …): more "missing" findings and draft questions.',
    },
    byType: EXPECTED_BY_TYPE,
    conditional: CONDITIONAL_EXPECTATIONS,
    exemptions: EXPECTATION_EXEMPTIONS,
  },
  core: {
    label: { ja: '標準（既定）', en: 'Standard (default)' },
    explain: {
      ja: '委託・システム導入・目的外利用など、諮問の種類ごとに必ず確認する区分を見ます。',
      en: 'Checks the categories always looked at for each consultation type (outsourcing, systems, use beyond purpose …).',
    },
    byType: CORE_EXPECTED_BY_TYPE,
    conditional: CORE_CONDITIONAL_EXPECTATIONS,
    exemptions: EXPECTATION_EXEMPTIONS,
  },
};
