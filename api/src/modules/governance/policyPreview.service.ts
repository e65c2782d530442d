/**
 * The dry run of a proposed governance section: validate it as `polder policies
 * apply` would, then judge every asset against it and store nothing. Pack files
 * are not read here (a caller must not make the server read its files): a
 * preview takes packs inline.
 *
 * The dry run judges every asset, with the platform's reach; what the caller sees of it is only
 * what they may see: a finding about an asset of a domain hidden from them is neither listed nor
 * counted, as in the findings in force (governance.service.ts), nor is one that would tell them the
 * classifications of a restricted dataset's columns.
 */
import { parsePolicySet, PolicySetError, SEVERITIES, type Logger } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';
import { datasetUrnOf } from '@polder/graph-schema';
import { parse as parseYaml } from 'yaml';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { assertAllowed, isAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { apiError } from '../../errors.ts';
import { PolicyEvaluator } from './PolicyEvaluator.ts';
import type { Violation } from './evaluatePolicies.ts';
import type { PolicyPreview } from './governance.type.ts';
import { severityCounts } from './severityCounts.ts';
import { toSeverity } from './governance.service.ts';
import { readHiddenUrns } from '../access/readHiddenUrns.ts';
import { checkCount } from '../../limits/pageArguments.ts';

export const MAX_PREVIEW_YAML = 200_000;
export const MAX_PREVIEW_FINDINGS = 1_000;

export class PolicyPreviewService {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly graph: GraphReader,
    private readonly logger: Logger,
  ) {}

  async preview(principal: Principal, yaml: string, limit: number): Promise<PolicyPreview> {
    assertAllowed(principal, { kind: 'previewPolicies' });
    if (yaml.length > MAX_PREVIEW_YAML) throw apiError('BAD_USER_INPUT', `the proposed policies are ${yaml.length} characters; at most ${MAX_PREVIEW_YAML}`, { argument: 'input.yaml' });
    checkCount(limit, MAX_PREVIEW_FINDINGS, 'input.limit');

    let section: unknown;
    try {
      section = parseYaml(yaml);
    } catch (error) {
      return invalid([`the proposed policies are not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
    }
    const domains = (await this.graph.read<{ id: string }>(`MATCH (d:Domain) RETURN d.id AS id ORDER BY id`)).map((row) => row.id);
    let policies;
    try {
      policies = parsePolicySet(section, {
        domains,
        baseDir: '/',
        readFile: () => {
          throw new Error('a preview does not read files: give the pack\'s policies inline');
        },
      }).policies;
    } catch (error) {
      if (error instanceof PolicySetError) return invalid(error.problems);
      throw error;
    }

    // Page by page, only what the answer needs is kept: the counts and the `limit` most severe findings.
    const counts = severityCounts([]);
    const byPolicy = new Map(policies.map((policy) => [policy.id, 0]));
    let shown: Violation[] = [];
    await new PolicyEvaluator(this.driver, { logger: this.logger, database: this.database }).dryRun(policies, async (judged) => {
      const hidden = await readHiddenUrns(this.graph, principal, judged.map((violation) => violation.assetUrn));
      // A violation that tells classifications (its policy selects by them, or it names a classified term)
      // is withheld where the caller may not see the asset's: on a restricted dataset outside their domains.
      const masked = await this.maskedClassifications(principal, judged.filter((violation) => violation.tellsClassification).map((violation) => violation.assetUrn));
      const violations = judged.filter((violation) => !hidden.has(violation.assetUrn) && !(violation.tellsClassification && masked.has(violation.assetUrn)));
      for (const violation of violations) {
        counts[violation.severity] += 1;
        counts.total += 1;
        byPolicy.set(violation.policyId, (byPolicy.get(violation.policyId) ?? 0) + 1);
      }
      shown = [...shown, ...violations].sort(mostSevereFirst).slice(0, limit);
    });
    return {
      valid: true,
      problems: [],
      counts,
      byPolicy: policies.map((policy) => ({ policyId: policy.id, findings: byPolicy.get(policy.id) ?? 0 })),
      findings: shown.map((violation) => ({ policyId: violation.policyId, assetUrn: violation.assetUrn, severity: toSeverity(violation.severity), message: violation.message })),
    };
  }

  /** Which of these datasets and columns have classifications the caller may not see (access/sensitiveValues.ts): one query. */
  private async maskedClassifications(principal: Principal, assetUrns: readonly string[]): Promise<Set<string>> {
    const datasetOf = new Map(assetUrns.map((urn) => [urn, datasetUrnOf(urn)] as const));
    const datasets = [...new Set([...datasetOf.values()].filter((urn): urn is string => urn !== undefined))];
    if (datasets.length === 0) return new Set();
    // Constraint: dataset_urn.
    const restricted = await this.graph.read<{ urn: string; domain: string | null }>(
      `UNWIND $datasets AS urn MATCH (d:Dataset {urn: urn}) WHERE d.editable_restricted = true OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain) RETURN urn, domain.id AS domain`,
      { datasets },
    );
    const unseen = new Set(restricted.filter((row) => !isAllowed(principal, { kind: 'seeRestricted', domain: row.domain })).map((row) => row.urn));
    return new Set(assetUrns.filter((urn) => unseen.has(datasetOf.get(urn) ?? '')));
  }
}

function mostSevereFirst(a: Violation, b: Violation): number {
  return SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.policyId.localeCompare(b.policyId) || a.assetUrn.localeCompare(b.assetUrn);
}

function invalid(problems: string[]): PolicyPreview {
  return { valid: false, problems, counts: severityCounts([]), byPolicy: [], findings: [] };
}
