import { trustLabel } from '@/lib/format/trustLabel';

/**
 * A hit's trust score, compact: `Trust 83`, its tone in the border (high,
 * medium, low) and the whole of it in the accessible name ("Trust score 83 of
 * 100: high trust"). Nothing for assets that have no score; "Not scored" for a
 * dataset or product the scorer has not seen yet.
 */
export function HitTrustBadge({ score }: { score: number | null | undefined }) {
  if (score === undefined) return null;
  if (score === null) {
    return (
      <span className="badge badge--trust badge--trust-none" role="img" aria-label="Trust score: not scored yet">
        Not scored
      </span>
    );
  }
  const label = trustLabel(score);
  return (
    <span className={`badge badge--trust badge--trust-${label.tone}`} role="img" aria-label={`Trust score ${score} of 100: ${label.text.toLowerCase()}`} title={`${label.text}: ${score} of 100`}>
      Trust {score}
    </span>
  );
}
