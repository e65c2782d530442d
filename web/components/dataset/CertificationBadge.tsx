import type { DatasetCertification } from '@/lib/api';
import { formatDate } from '@/lib/format/formatDateTime';

/** "Certified" while it holds, "Certification expired" after; nothing when never certified. */
export function CertificationBadge({ certification }: { certification: DatasetCertification | null }) {
  if (!certification) return null;
  const { active, by, at, expiresAt, note } = certification;
  const title = `Certified by ${by} on ${formatDate(at)}; ${active ? 'expires' : 'expired'} ${formatDate(expiresAt)}${note ? `. ${note}` : ''}`;
  return active ? (
    <span className="badge badge--certified" title={title}>
      ✓ Certified
    </span>
  ) : (
    <span className="badge badge--expired" title={title}>
      Certification expired
    </span>
  );
}
