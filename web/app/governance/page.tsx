import type { Metadata } from 'next';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { ComplianceTrendChart } from '@/components/governance/ComplianceTrendChart';
import { FindingList } from '@/components/governance/FindingList';
import { PolicySetRejectionBanner } from '@/components/governance/PolicySetRejectionBanner';
import { PolicyTable } from '@/components/governance/PolicyTable';
import { SeverityCountsList } from '@/components/governance/SeverityCountsList';
import { GOVERNANCE_FINDINGS_SHOWN, GOVERNANCE_TREND_DAYS, getGovernance } from '@/lib/api';

export const metadata: Metadata = { title: 'Governance' };

// Findings open and resolve as assets change: read at request time.
export const dynamic = 'force-dynamic';

/**
 * Federated computational governance at a glance: the mesh's open policy
 * findings and their trend, each domain's, the policies in force (the global
 * baseline and the domains' packs) and the most severe open findings.
 */
export default async function GovernancePage() {
  const result = await getGovernance();
  if (!result.ok) {
    return (
      <section className="governance-page">
        <h1>Governance</h1>
        <ApiErrorBanner failure={result.failure} />
      </section>
    );
  }
  const { policySetRejection, compliance, domainCompliance, policies } = result.data;
  return (
    <section className="governance-page">
      <h1>Governance</h1>
      <p className="lede">
        The mesh’s policies, checked by Polder as assets change: a global baseline every domain meets, plus each domain’s own
        pack. Findings resolve by themselves once the asset meets the policy again.
      </p>
      {policySetRejection && <PolicySetRejectionBanner rejection={policySetRejection} />}

      <section aria-labelledby="mesh-compliance">
        <h2 id="mesh-compliance">The whole mesh</h2>
        <SeverityCountsList counts={compliance.openFindings} label="Open findings of the whole mesh, by severity" />
        <ComplianceTrendChart points={compliance.trend} title={`Open findings over the last ${GOVERNANCE_TREND_DAYS} days`} />
      </section>

      <section aria-labelledby="domain-compliance">
        <h2 id="domain-compliance">By domain</h2>
        {domainCompliance.length === 0 ? (
          <p className="muted">No domains yet.</p>
        ) : (
          <div className="table-scroll" role="region" aria-label="Open findings per domain, table" tabIndex={0}>
            <table className="data-table domain-compliance">
              <caption className="visually-hidden">Open findings per domain, with their trend over {GOVERNANCE_TREND_DAYS} days</caption>
              <thead>
                <tr>
                  <th scope="col">Domain</th>
                  <th scope="col">Critical</th>
                  <th scope="col">High</th>
                  <th scope="col">Medium</th>
                  <th scope="col">Low</th>
                  <th scope="col">Info</th>
                  <th scope="col">Trend ({GOVERNANCE_TREND_DAYS} days)</th>
                </tr>
              </thead>
              <tbody>
                {domainCompliance.map((domain) => (
                  <tr key={domain.domain}>
                    <th scope="row">{domain.name}</th>
                    <td>{domain.openFindings.critical}</td>
                    <td>{domain.openFindings.high}</td>
                    <td>{domain.openFindings.medium}</td>
                    <td>{domain.openFindings.low}</td>
                    <td>{domain.openFindings.info}</td>
                    <td>
                      <ComplianceTrendChart points={domain.trend} title={`${domain.name}, open findings`} compact />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="policies">
        <h2 id="policies">Policies in force</h2>
        <PolicyTable policies={policies} />
      </section>

      <section aria-labelledby="findings">
        <h2 id="findings">Open findings, most severe first</h2>
        <FindingList findings={compliance.findings} empty="Every asset meets every policy." />
        {compliance.openFindings.total > GOVERNANCE_FINDINGS_SHOWN && (
          <p className="muted">
            The first {GOVERNANCE_FINDINGS_SHOWN} of {compliance.openFindings.total}; each domain and data product page lists its own.
          </p>
        )}
      </section>
    </section>
  );
}
