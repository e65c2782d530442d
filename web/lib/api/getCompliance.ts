import 'server-only';

import type { ApiResult } from './ApiResult';
import { GOVERNANCE_TREND_DAYS } from './getGovernance';
import { type ComplianceDetail, type ComplianceScope, complianceQuery } from './queries/complianceQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many open findings a domain or product page lists. */
export const COMPLIANCE_FINDINGS_SHOWN = 20;

/** A domain's or a data product's policy compliance: open findings by severity, their trend, the most severe ones. */
export async function getCompliance(scope: ComplianceScope): Promise<ApiResult<ComplianceDetail>> {
  const result = await requestGraphQL(complianceQuery, { input: scope, days: GOVERNANCE_TREND_DAYS, findings: COMPLIANCE_FINDINGS_SHOWN });
  return result.ok ? { ok: true, data: result.data.compliance } : result;
}
