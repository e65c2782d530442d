import DataLoader from 'dataloader';
import type { GovernanceService } from './governance.service.ts';
import type { ComplianceTrendPoint, PolicyFinding, SeverityCounts } from './governance.type.ts';

/**
 * Per request: the open findings of a batch of assets, and the compliance of a
 * batch of domains (counts, and trends per window length), one query per batch,
 * so a page listing every domain's compliance costs the same as one domain's.
 */
export function createGovernanceLoaders(service: GovernanceService) {
  const trends = new Map<number, DataLoader<string, ComplianceTrendPoint[]>>();
  return {
    openFindingsOf: new DataLoader<string, PolicyFinding[]>((urns) => service.openFindingsOf(urns)),
    domainOpenCounts: new DataLoader<string, SeverityCounts>((domains) => service.openCountsOfDomains(domains)),
    domainTrend(days: number): DataLoader<string, ComplianceTrendPoint[]> {
      let loader = trends.get(days);
      if (!loader) trends.set(days, (loader = new DataLoader((domains: readonly string[]) => service.trendOfDomains(domains, days))));
      return loader;
    },
  };
}

export type GovernanceLoaders = ReturnType<typeof createGovernanceLoaders>;
