/**
 * Two senses as one form value: the Remove button of a mapping sends the pair
 * it removes. JSON, because a URN may hold any separator one would pick.
 */
export function sensePairValue(fromUrn: string, toUrn: string): string {
  return JSON.stringify([fromUrn, toUrn]);
}

/** The pair a form value names, or null when it names none (a form tampered with, or not sent). */
export function readSensePair(value: unknown): { fromUrn: string; toUrn: string } | null {
  if (typeof value !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [fromUrn, toUrn] = parsed as unknown[];
  if (typeof fromUrn !== 'string' || typeof toUrn !== 'string' || fromUrn === '' || toUrn === '') return null;
  return { fromUrn, toUrn };
}
