/** Lines → consultations and their security-measure sections. (Skeleton: to be built by the structure step.) */
import type { TextDocument } from '../text/types.ts';
import type { DocumentStructure } from './types.ts';

export function analyzeStructure(_doc: TextDocument): DocumentStructure {
  return { detection: { isConsultation: false, score: 0, signals: [] }, consultations: [] };
}
