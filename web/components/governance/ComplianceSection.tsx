import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { COMPLIANCE_FINDINGS_SHOWN, GOVERNANCE_TREND_DAYS, getCompliance, type ComplianceScope } from '@/lib/api';

import { ComplianceTrendChart } from './ComplianceTrendChart';
import { FindingList } from './FindingList';
import { SeverityCountsList } from './SeverityCountsList';

/**
 * A domain's or a data product's policy compliance, fetched on its own so the
 * page around it streams first (render it inside <Suspense> with
 * ComplianceSectionLoading as the fallback).
 */
export async function ComplianceSection({ scope, subject }: { scope: ComplianceScope; subject: string }) {
  const result = await getCompliance(scope);
  return (
    <section aria-labelledby="compliance-heading" className="compliance-section">
      <h2 id="compliance-heading">Policy compliance</h2>
      {!result.ok ? (
        <ApiErrorBanner failure={result.failure} />
      ) : (
        <>
          <SeverityCountsList counts={result.data.openFindings} label={`Open policy findings of ${subject}, by severity`} />
          <ComplianceTrendChart points={result.data.trend} title={`Open findings of ${subject} over the last ${GOVERNANCE_TREND_DAYS} days`} compact />
          <FindingList findings={result.data.findings} empty={`${subject[0]!.toUpperCase()}${subject.slice(1)} meets every policy.`} />
          {result.data.openFindings.total > COMPLIANCE_FINDINGS_SHOWN && (
            <p className="muted">
              The {COMPLIANCE_FINDINGS_SHOWN} most severe of {result.data.openFindings.total}.
            </p>
          )}
          <p>
            <Link href="/governance">The mesh&rsquo;s policies and compliance</Link>
          </p>
        </>
      )}
    </section>
  );
}

/** What the compliance section shows while it loads. */
export function ComplianceSectionLoading() {
  return (
    <section aria-labelledby="compliance-heading" className="compliance-section" aria-busy="true">
      <h2 id="compliance-heading">Policy compliance</h2>
      <p className="muted" role="status">
        Checking policy findings…
      </p>
    </section>
  );
}
