import { trustLabel } from '@/lib/format/trustLabel';

/** A compact trust score, `83 · High trust`, or "Not scored yet". */
export function TrustScoreBadge({ trust }: { trust: { score: number } | null }) {
  if (!trust) return <span className="muted">Not scored yet</span>;
  const label = trustLabel(trust.score);
  return (
    <span className={`badge badge--trust badge--trust-${label.tone}`} title={`Trust score ${trust.score} of 100`}>
      {trust.score}
      <span className="visually-hidden"> of 100</span> · {label.text}
    </span>
  );
}
