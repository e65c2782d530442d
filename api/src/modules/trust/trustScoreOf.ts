import type { TrustScore } from './trust.type.ts';

/** The score stored on an asset (writeTrustScores.ts), as the API shows it; null until it has been scored. */
export function trustScoreOf(props: Record<string, unknown>): TrustScore | null {
  if (props.trustScore === undefined || props.trustScore === null || typeof props.trustExplanation !== 'string') return null;
  const explanation = JSON.parse(props.trustExplanation) as Pick<TrustScore, 'uncappedScore' | 'components' | 'cap'>;
  return { score: Number(props.trustScore), computedAt: props.trustComputedAt as string, ...explanation };
}
