/**
 * Judges assets against policies (pure): which assets each policy targets, and
 * for each targeted asset that falls short of a requirement, a violation naming
 * every shortfall with its evidence. The severity is the policy's, or the higher
 * one the asset's domain pack raised it to.
 */
import { severityIn, type Policy, type Severity } from '@polder/runtime';
import type { AssetFacts } from './PolicyFacts.ts';
import { shortfallOf, type Evidence } from './requirements.ts';

export interface Violation {
  policyId: string;
  assetUrn: string;
  assetType: AssetFacts['type'];
  domain: string | null;
  severity: Severity;
  /** e.g. `finance.public.invoice has no owner; declares no freshness SLO`. */
  message: string;
  evidence: Evidence[];
  /**
   * True when the violation tells the asset's classifications: its policy selects by classification, or it
   * names a classified term (requirements.ts). Of a restricted dataset, it is then a masked value
   * (access/sensitiveValues.ts), shown only to callers who may see that dataset's.
   */
  tellsClassification: boolean;
}

export function evaluatePolicies(policies: readonly Policy[], assets: readonly AssetFacts[]): Violation[] {
  const violations: Violation[] = [];
  for (const policy of policies) {
    for (const asset of assets) {
      if (!targets(policy, asset)) continue;
      const shortfalls = policy.require.map((requirement) => shortfallOf(asset, requirement)).filter((shortfall) => shortfall !== null);
      if (shortfalls.length === 0) continue;
      violations.push({
        policyId: policy.id,
        assetUrn: asset.urn,
        assetType: asset.type,
        domain: asset.domain,
        severity: severityIn(policy, asset.domain),
        message: `${asset.name} ${shortfalls.map((shortfall) => shortfall.message).join('; ')}`,
        evidence: shortfalls.flatMap((shortfall) => shortfall.evidence),
        tellsClassification: (policy.target.classifications?.length ?? 0) > 0 || shortfalls.some((shortfall) => shortfall.namesClassifiedTerm === true),
      });
    }
  }
  return violations;
}

/** Whether the policy's target selector picks the asset. */
export function targets({ target }: Policy, asset: AssetFacts): boolean {
  const lower = (values: readonly string[]) => values.map((value) => value.toLowerCase());
  if (target.type !== asset.type) return false;
  if (target.status === 'active' && asset.status !== 'ACTIVE') return false;
  if (target.status === 'removed' && asset.status === 'ACTIVE') return false;
  if (target.domains && (asset.domain === null || !target.domains.includes(asset.domain))) return false;
  if (target.products && !asset.products.some((product) => target.products!.includes(product.urn) || (product.id !== null && target.products!.includes(product.id)))) return false;
  if (target.tags && !lower(asset.tags).some((tag) => lower(target.tags!).includes(tag))) return false;
  if (target.classifications && !lower(asset.classifications).some((value) => lower(target.classifications!).includes(value))) return false;
  if (target.outputPort !== undefined && asset.outputPort !== target.outputPort) return false;
  return true;
}
