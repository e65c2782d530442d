import Link from 'next/link';

import type { PolicyFindingFields } from '@/lib/api';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { urnHref } from '@/lib/urls/entityHref';

import { SeverityBadge } from './SeverityCountsList';

/** Open policy findings, each with the asset, the policy, what is wrong and since when. */
export function FindingList({ findings, empty }: { findings: PolicyFindingFields[]; empty: string }) {
  if (findings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="finding-list">
      {findings.map((finding) => {
        const href = urnHref(finding.assetUrn);
        return (
          <li key={finding.urn} className="finding">
            <p className="finding__head">
              <SeverityBadge severity={finding.severity} /> <code>{finding.policyId}</code>
              <span className="muted"> · open since {formatDateTime(finding.openedAt)}</span>
            </p>
            <p className="finding__message">{href ? <Link href={href}>{finding.message}</Link> : finding.message}</p>
            {finding.evidence.length > 0 && (
              <ul className="finding__evidence">
                {finding.evidence.map((item, index) => (
                  <li key={index}>
                    <span className="muted">{item.kind}:</span> {item.description}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
