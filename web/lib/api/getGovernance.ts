import 'server-only';

import type { ApiResult } from './ApiResult';
import { type GovernanceOverview, governanceQuery } from './queries/governanceQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many days the compliance trends cover, and how many open findings the page lists. */
export const GOVERNANCE_TREND_DAYS = 30;
export const GOVERNANCE_FINDINGS_SHOWN = 50;

/** The mesh's policy compliance: counts and trend, per domain, the policies in force and the most severe open findings. */
export async function getGovernance(): Promise<ApiResult<GovernanceOverview>> {
  return requestGraphQL(governanceQuery, { days: GOVERNANCE_TREND_DAYS, findings: GOVERNANCE_FINDINGS_SHOWN });
}
