import DataLoader from 'dataloader';
import type { GovernanceService } from './governance.service.ts';
import type { ComplianceTrendPoint, PolicyFinding, SeverityCounts } from './governance.type.ts';

/**
 * Per request: the open findings of a batch of assets, the compliance of a
 * batch of domains (counts, and trends per window length) and the open counts of
 * a batch of data products, one query per batch, so a page listing every domain's
 * (or product's) compliance costs the same as one's.
 */
export function createGovernanceLoaders(service: GovernanceService) {
  const trends = new Map<number, DataLoader<string, ComplianceTrendPoint[]>>();
  return {
    openFindingsOf: new DataLoader<string, PolicyFinding[]>((urns) => service.openFindingsOf(urns)),
    domainOpenCounts: new DataLoader<string, SeverityCounts>((domains) => service.openCountsOfDomains(domains)),
    productOpenCounts: new DataLoader<string, SeverityCounts>((products) => service.openCountsOfProducts(products)),
    domainTrend(days: number): DataLoader<string, ComplianceTrendPoint[]> {
      let loader = trends.get(days);
      if (!loader) trends.set(days, (loader = new DataLoader((domains: readonly string[]) => service.trendOfDomains(domains, days))));
      return loader;
    },
  };
}

export type GovernanceLoaders = ReturnType<typeof createGovernanceLoaders>;
