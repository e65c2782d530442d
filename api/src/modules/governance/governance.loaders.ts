import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import type { FindingsPage, GovernanceService } from './governance.service.ts';
import type { ComplianceTrendPoint, PolicyFinding, SeverityCounts } from './governance.type.ts';

/**
 * Per request: the open findings of a batch of assets, and the compliance of a batch of domains or data
 * products (open counts, findings per page asked for, trends per window length), one query per batch, so
 * a page listing every domain's (or product's) compliance costs the same as one's.
 */
export function createGovernanceLoaders(service: GovernanceService) {
  const keyOfPage = ({ state, limit }: FindingsPage) => `${state} ${limit}`;
  return {
    openFindingsOf: new DataLoader<string, PolicyFinding[]>((urns) => service.openFindingsOf(urns)),
    domainOpenCounts: new DataLoader<string, SeverityCounts>((domains) => service.openCountsOfDomains(domains)),
    productOpenCounts: new DataLoader<string, SeverityCounts>((products) => service.openCountsOfProducts(products)),
    domainFindings: loaderPerArgument((page: FindingsPage) => new DataLoader<string, PolicyFinding[]>((domains) => service.findingsOfDomains(domains, page)), keyOfPage),
    productFindings: loaderPerArgument((page: FindingsPage) => new DataLoader<string, PolicyFinding[]>((products) => service.findingsOfProducts(products, page)), keyOfPage),
    domainTrend: loaderPerArgument((days: number) => new DataLoader<string, ComplianceTrendPoint[]>((domains) => service.trendOfDomains(domains, days))),
    productTrend: loaderPerArgument((days: number) => new DataLoader<string, ComplianceTrendPoint[]>((products) => service.trendOfProducts(products, days))),
  };
}

export type GovernanceLoaders = ReturnType<typeof createGovernanceLoaders>;
