/**
 * A data product's contract status as its contract writes it (ODCS: proposed,
 * draft, active, deprecated, retired), with its version; nothing when no
 * contract declares one.
 */
export function ContractStatusBadge({ status, version }: { status: string | null; version?: string | null }) {
  if (!status) return null;
  const tone = TONES[status.toLowerCase()] ?? 'neutral';
  return (
    <span className={`badge badge--contract badge--contract-${tone}`} title="Status of its data contract">
      {status}
      {version && ` · v${version}`}
    </span>
  );
}

const TONES: Record<string, 'good' | 'pending' | 'ended' | 'neutral'> = {
  active: 'good',
  proposed: 'pending',
  draft: 'pending',
  'in development': 'pending',
  deprecated: 'ended',
  retired: 'ended',
};
