/** A short word for a trust score, with the tone its badge takes. */
export function trustLabel(score: number): { text: string; tone: 'high' | 'medium' | 'low' } {
  if (score >= 80) return { text: 'High trust', tone: 'high' };
  if (score >= 50) return { text: 'Medium trust', tone: 'medium' };
  return { text: 'Low trust', tone: 'low' };
}
