/**
 * Is a link (text + surroundings + URL) or an HTML page consultation material?
 * (Skeleton scoring; refined by the structure step.)
 */
export interface LinkCandidate {
  href: string;
  text: string;
  /** Text around the link: its list item / table row / preceding heading. */
  context: string;
}
export interface Verdict {
  isConsultation: boolean;
  score: number;
  signals: string[];
}

export function scoreLink(c: LinkCandidate): Verdict {
  const t = `${c.text} ${c.context}`;
  const signals: string[] = [];
  if (/諮問/.test(t)) signals.push('諮問');
  const score = signals.length ? 0.8 : 0;
  return { isConsultation: score >= 0.5, score, signals };
}

export function scorePage(title: string, bodyText: string): Verdict {
  const t = `${title} ${bodyText.slice(0, 5000)}`;
  const signals: string[] = [];
  if (/審議会/.test(t)) signals.push('審議会');
  if (/諮問/.test(t)) signals.push('諮問');
  const score = Math.min(1, signals.length * 0.4);
  return { isConsultation: score >= 0.5, score, signals };
}
