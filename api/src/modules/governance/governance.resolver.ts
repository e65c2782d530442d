/** Policies in force, findings and compliance (of the mesh, a domain, a data product), and the policy dry run. */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { isUrn } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { Domain } from '../domain/domain.type.ts';
import { Entity } from '../entity/entity.type.ts';
import { DataProduct } from '../products/dataProduct.type.ts';
import type { ComplianceScope } from './governance.service.ts';
import {
  Compliance,
  ComplianceInput,
  ComplianceTrendPoint,
  DomainCompliance,
  FindingState,
  Policy,
  PolicyFinding,
  PolicyPreview,
  PolicySetRejection,
  PreviewPoliciesInput,
  SeverityCounts,
} from './governance.type.ts';
import { checkCount } from '../../limits/pageArguments.ts';

export const MAX_FINDINGS = 500;
export const MAX_TREND_DAYS = 365;

function compliance(scope: ComplianceScope): Compliance {
  return { scope } as Compliance;
}

@Resolver()
export class GovernanceResolver {
  @Query(() => [Policy], { description: 'The governance policies in force (global baseline and domain packs), by id.' })
  policies(@Ctx() ctx: ApiContext): Promise<Policy[]> {
    return ctx.governance.policies();
  }

  @Query(() => PolicySetRejection, {
    nullable: true,
    description: "Why polder.yaml's policy set was refused, when it was: then the policies in force are the ones before it. Null while the set in force is polder.yaml's.",
  })
  policySetRejection(@Ctx() ctx: ApiContext): Promise<PolicySetRejection | null> {
    return ctx.governance.policySetRejection(ctx.principal);
  }

  @Query(() => Compliance, { description: 'Policy compliance of the whole mesh (no input), a domain or a data product.' })
  async compliance(
    @Arg('input', () => ComplianceInput, { nullable: true, description: 'Whose compliance; the whole mesh when omitted.' }) input: ComplianceInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Compliance> {
    if (input?.domain && input.dataProduct) throw apiError('BAD_USER_INPUT', 'give a domain or a data product, not both', { argument: 'input' });
    if (input?.dataProduct && !isUrn(input.dataProduct, 'dataProduct')) throw apiError('BAD_USER_INPUT', `"${String(input.dataProduct).slice(0, 200)}" is not a data product URN`, { argument: 'input.dataProduct' });
    // An unknown scope is said to be one, not answered as a compliant one with no findings.
    if (input?.domain) await ctx.domains.checkDomainId(input.domain, 'input.domain');
    if (input?.dataProduct && !(await ctx.loaders.entityByUrn.load(input.dataProduct))) {
      throw apiError('NOT_FOUND', `no data product ${input.dataProduct.slice(0, 200)}`, { argument: 'input.dataProduct' });
    }
    return compliance({ ...(input?.domain ? { domain: input.domain } : {}), ...(input?.dataProduct ? { dataProduct: input.dataProduct } : {}) });
  }

  @Query(() => [DomainCompliance], { description: 'Every domain with its open policy findings by severity.' })
  domainCompliance(@Ctx() ctx: ApiContext): Promise<DomainCompliance[]> {
    return ctx.governance.domains();
  }

  @Query(() => PolicyPreview, {
    description: 'Dry run: what a proposed governance section would find today. Stores nothing; the policies in force stay in force. For the council, domain owners and admins.',
  })
  previewPolicies(@Arg('input', () => PreviewPoliciesInput, { description: 'The proposed policies (YAML) and how many findings to return.' }) input: PreviewPoliciesInput, @Ctx() ctx: ApiContext): Promise<PolicyPreview> {
    return ctx.policyPreview.preview(ctx.principal, input.yaml, input.limit);
  }
}

@Resolver(() => Compliance)
export class ComplianceResolver {
  @FieldResolver(() => SeverityCounts, { description: 'Open findings by severity.' })
  openFindings(@Root() root: Compliance, @Ctx() ctx: ApiContext): Promise<SeverityCounts> {
    if (root.scope.domain) return ctx.governanceLoaders.domainOpenCounts.load(root.scope.domain);
    if (root.scope.dataProduct) return ctx.governanceLoaders.productOpenCounts.load(root.scope.dataProduct);
    return ctx.governance.openCounts(root.scope);
  }

  @FieldResolver(() => [PolicyFinding], { description: `Its findings, most severe and newest first (at most ${MAX_FINDINGS}).` })
  findings(
    @Root() root: Compliance,
    @Arg('state', () => FindingState, { nullable: true, defaultValue: FindingState.OPEN, description: 'Open ones (the default), resolved ones, or null for both.' }) state: FindingState | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: `How many (1–${MAX_FINDINGS}).` }) limit: number,
    @Ctx() ctx: ApiContext,
  ): Promise<PolicyFinding[]> {
    checkCount(limit, MAX_FINDINGS);
    const page = { state, limit };
    if (root.scope.domain) return ctx.governanceLoaders.domainFindings(page).load(root.scope.domain);
    if (root.scope.dataProduct) return ctx.governanceLoaders.productFindings(page).load(root.scope.dataProduct);
    return ctx.governance.findings(root.scope, page);
  }

  @FieldResolver(() => [ComplianceTrendPoint], { description: 'Open findings at the end of each day, oldest first; the last point is now.' })
  trend(
    @Root() root: Compliance,
    @Arg('days', () => Int, { defaultValue: 30, description: `How many days back, today included (1–${MAX_TREND_DAYS}).` }) days: number,
    @Ctx() ctx: ApiContext,
  ): Promise<ComplianceTrendPoint[]> {
    checkCount(days, MAX_TREND_DAYS, 'days');
    if (root.scope.domain) return ctx.governanceLoaders.domainTrend(days).load(root.scope.domain);
    if (root.scope.dataProduct) return ctx.governanceLoaders.productTrend(days).load(root.scope.dataProduct);
    return ctx.governance.trend(root.scope, days);
  }
}

@Resolver(() => DomainCompliance)
export class DomainComplianceTrendResolver {
  @FieldResolver(() => [ComplianceTrendPoint], { description: 'Its open findings at the end of each day, oldest first; the last point is now.' })
  trend(
    @Root() root: DomainCompliance,
    @Arg('days', () => Int, { defaultValue: 30, description: `How many days back, today included (1–${MAX_TREND_DAYS}).` }) days: number,
    @Ctx() ctx: ApiContext,
  ): Promise<ComplianceTrendPoint[]> {
    checkCount(days, MAX_TREND_DAYS, 'days');
    return ctx.governanceLoaders.domainTrend(days).load(root.domain);
  }
}

@Resolver(() => PolicyFinding)
export class PolicyFindingResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The asset that breaks the policy; null if it is no longer in the catalog.' })
  asset(@Root() finding: PolicyFinding, @Ctx() ctx: ApiContext): Promise<Entity | null> {
    return ctx.loaders.entityByUrn.load(finding.assetUrn);
  }
}

@Resolver(() => Domain)
export class DomainComplianceResolver {
  @FieldResolver(() => Compliance, { description: 'Its policy compliance: findings on its datasets, columns and data products.' })
  compliance(@Root() domain: Domain): Compliance {
    return compliance({ domain: domain.id });
  }
}

@Resolver(() => DataProduct)
export class DataProductComplianceResolver {
  @FieldResolver(() => Compliance, { description: 'Its policy compliance: findings on the product, its output ports and their columns.' })
  compliance(@Root() product: DataProduct): Compliance {
    return compliance({ dataProduct: product.urn });
  }
}

@Resolver(() => Dataset)
export class DatasetFindingsResolver {
  @FieldResolver(() => [PolicyFinding], { description: 'The policies it or one of its columns breaks now, most severe first: the findings you may see (see `Compliance`).' })
  policyFindings(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<PolicyFinding[]> {
    return ctx.governanceLoaders.openFindingsOf.load(dataset.urn);
  }
}
