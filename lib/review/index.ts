/** Review of one consultation against expected safeguards. (Skeleton: to be built by the review engine.) */
import type { Question, SafeguardResult, VaguePhrase } from '../analysis/schema.ts';
import type { TextDocument } from '../text/types.ts';
import type { ConsultationFound } from '../structure/types.ts';

export interface ReviewResult {
  safeguards: SafeguardResult[];
  vaguePhrases: VaguePhrase[];
  questions: Question[];
}

export function reviewConsultation(_c: ConsultationFound, _doc: TextDocument): ReviewResult {
  return { safeguards: [], vaguePhrases: [], questions: [] };
}
