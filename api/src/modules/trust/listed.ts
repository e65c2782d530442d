import type { TrustEvidenceItem } from './TrustExplanation.ts';

/** At most this many items of one kind per component: the stored explanation stays small, and the rest is counted. */
export const MAX_EVIDENCE_ITEMS = 10;

/** Evidence for each item, the first MAX_EVIDENCE_ITEMS of them, then one line saying how many more there are. */
export function listed<T>(items: readonly T[], describe: (item: T) => TrustEvidenceItem, what: string): TrustEvidenceItem[] {
  const evidence = items.slice(0, MAX_EVIDENCE_ITEMS).map(describe);
  if (items.length > MAX_EVIDENCE_ITEMS) evidence.push({ kind: 'more', urn: null, description: `and ${items.length - MAX_EVIDENCE_ITEMS} more ${what}` });
  return evidence;
}
