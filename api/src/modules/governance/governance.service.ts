/**
 * Reads the policies in force, their findings and compliance, one query per
 * question. A scope is the whole mesh, a domain (findings carry their asset's
 * domain id, index policyfinding_domain) or a data product (findings about it,
 * its output ports and their columns).
 */
import neo4j from 'neo4j-driver';
import type { Policy as PolicyDefinition, Requirement } from '@polder/runtime';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { toNumber } from '../trust/neo4jValues.ts';
import { complianceTrend, trendInstants, type FindingPeriod } from './complianceTrend.ts';
import { FindingState, Severity, type ComplianceTrendPoint, type DomainCompliance, type Policy, type PolicyFinding, type PolicySetRejection, type SeverityCounts } from './governance.type.ts';
import { severityCounts } from './severityCounts.ts';
import { readPolicySetRejection } from './policySetRejection.ts';
import { isAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { visibleAsset } from '../access/visibleInCypher.ts';
import { seesSensitiveValuesOf } from '../access/maskedInCypher.ts';

export interface ComplianceScope {
  domain?: string;
  dataProduct?: string;
}

/**
 * A finding that tells its asset's classifications (its policy selects by classification, or it names a
 * classified term: evaluatePolicies.ts, `tellsClassification`), about a restricted dataset or one of its
 * columns, is shown only to a caller who may see that dataset's sensitive values (access/sensitiveValues.ts),
 * as in a dry run (policyPreview.service.ts). Cypher on `f`, true at once for a caller who sees every
 * domain's (admins, stewards); its inner variables are named so they capture none of the query's. (A
 * finding last written before `tellsClassification` existed is judged by its policy alone.)
 */
const REVEALS_NO_MASKED_VALUE = (finding: 'f') => `($visibility.restrictedEverywhere OR NOT EXISTS {
  MATCH (${finding})-[:ABOUT]->(findingAsset:Entity)
  WHERE (${finding}.tellsClassification = true OR EXISTS { MATCH (${finding})-[:FINDING_OF]->(findingPolicy:Policy) WHERE findingPolicy.targetClassifications IS NOT NULL })
    AND NOT ${seesSensitiveValuesOf('findingAsset')} })`;

/**
 * A finding about an asset the caller may not see (access/visibleInCypher.ts), or that would tell a
 * masked classification (above), is not shown, nor counted. Cypher on `f`.
 */
const VISIBLE_FINDING = (finding: 'f') =>
  `NOT EXISTS { MATCH (${finding})-[:ABOUT]->(findingAsset) WHERE NOT ${visibleAsset('findingAsset')} } AND ${REVEALS_NO_MASKED_VALUE(finding)}`;

/** Cypher yielding, for the data product bound to `p`, the findings about it, its output ports and their columns as `f`. */
const FINDINGS_OF_PRODUCT = `CALL (p) {
              MATCH (f:PolicyFinding)-[:ABOUT]->(p) RETURN f
              UNION MATCH (p)-[:EXPOSES]->(:Dataset)<-[:ABOUT]-(f:PolicyFinding) RETURN f
              UNION MATCH (p)-[:EXPOSES]->(:Dataset)-[:HAS_FIELD]->(:Field)<-[:ABOUT]-(f:PolicyFinding) RETURN f
            }`;

/**
 * Cypher yielding, as `f`, the findings the caller may see of the domain whose id `domain` is: a Cypher
 * expression, a parameter for one scope and the UNWIND variable for a batch, so both read the same
 * findings. Index: policyfinding_domain (migration 007).
 */
const VISIBLE_FINDINGS_OF_DOMAIN = (domain: string) => `MATCH (f:PolicyFinding) WHERE f.domain = ${domain} AND ${VISIBLE_FINDING('f')}`;

/** The same for the data product whose URN `product` is: its findings, its output ports' and their columns'. Constraint: dataproduct_urn (migration 001). */
const VISIBLE_FINDINGS_OF_PRODUCT = (product: string) => `MATCH (p:DataProduct {urn: ${product}})
            ${FINDINGS_OF_PRODUCT}
            WITH f WHERE ${VISIBLE_FINDING('f')}`;

/** Cypher yielding the scope's findings as `f`, those the caller may see; chosen by the scope's kind, the values are parameters. */
function findingsIn(scope: ComplianceScope): string {
  if (scope.dataProduct) return VISIBLE_FINDINGS_OF_PRODUCT('$dataProduct');
  return scope.domain ? VISIBLE_FINDINGS_OF_DOMAIN('$domain') : `MATCH (f:PolicyFinding) WHERE ${VISIBLE_FINDING('f')}`;
}

/** How findings are listed, for ORDER BY: most severe first, then newest, then by URN so a page is always the same. Cypher on `f`. */
const MOST_SEVERE_NEWEST_FIRST = `CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END, f.openedAt DESC, f.urn`;

/** Whether the finding `f` was open at some point of a trend's window, from `$first` to `$last`: only those can count in it. */
const OPEN_IN_WINDOW = `f.openedAt <= $last AND (f.resolvedAt IS NULL OR f.resolvedAt > $first)`;
/** What the trend reads of the finding `f` (complianceTrend.ts, FindingPeriod). */
const FINDING_PERIOD = `f {.severity, .openedAt, .resolvedAt}`;

/**
 * When the first policy that applies to `domain` (a Cypher expression for a domain id; null: any domain)
 * was put in force (applyPolicySet), as `since`: the trend measures from then, and a day before it was
 * not measured. A policy applies to the domains its target names, or to every domain when it names none
 * (`targetDomains`; a policy put in force by an older Polder has none until the set is applied again).
 * A policy withdrawn since still was in force.
 */
function measuredSince(domain: string | null): string {
  const applies = domain === null ? '' : `AND (policy.targetDomains IS NULL OR ${domain} IN policy.targetDomains)`;
  return `COLLECT { MATCH (policy:Policy) WHERE policy.createdAt IS NOT NULL ${applies} RETURN policy.createdAt AS since ORDER BY since LIMIT 1 }[0] AS since`;
}

/** The id of the domain the data product whose URN `product` (a Cypher expression) is belongs to, as a Cypher expression. */
const DOMAIN_OF_PRODUCT = (product: string) => `COLLECT { MATCH (:DataProduct {urn: ${product}})-[:IN_DOMAIN]->(home:Domain) RETURN home.id }[0]`;

/** The domain whose compliance `scope` is, as a Cypher expression (null: the whole mesh): a product's is the domain it belongs to. */
function domainOf(scope: ComplianceScope): string | null {
  if (scope.dataProduct) return DOMAIN_OF_PRODUCT('$dataProduct');
  return scope.domain ? '$domain' : null;
}

/** Which findings of a scope to list: open or resolved ones (null: both), and how many at most. */
export interface FindingsPage {
  state: FindingState | null;
  limit: number;
}

const FINDING = `f {.urn, .policyId, .assetUrn, .assetType, .domain, .severity, .state, .message, .evidence, .openedAt, .lastSeenAt, .resolvedAt, .resolution}`;

export class GovernanceService {
  constructor(private readonly graph: GraphReader) {}

  async policySetRejection(principal: Principal): Promise<PolicySetRejection | null> {
    const rejection = await readPolicySetRejection(this.graph);
    if (!rejection) return null;
    const { problems, rejectedAt } = rejection;
    return { problemCount: problems.length, problems: isAllowed(principal, { kind: 'previewPolicies' }) ? problems : [], rejectedAt };
  }

  async policies(): Promise<Policy[]> {
    const rows = await this.graph.read<{ definition: string; urn: string; open: unknown }>(
      `MATCH (p:Policy) WHERE p.status = 'ACTIVE'
       RETURN p.urn AS urn, p.definition AS definition, COUNT { MATCH (f:PolicyFinding {policyId: p.id, state: 'OPEN'}) WHERE ${VISIBLE_FINDING('f')} } AS open
       ORDER BY p.id`,
    );
    return rows.map((row) => toPolicy(row.urn, JSON.parse(row.definition) as PolicyDefinition, toNumber(row.open) ?? 0));
  }

  async openCounts(scope: ComplianceScope): Promise<SeverityCounts> {
    const rows = await this.graph.read<{ severities: string[] }>(`${findingsIn(scope)} WITH f WHERE f.state = 'OPEN' RETURN collect(f.severity) AS severities`, { ...scope });
    return severityCounts(rows[0]?.severities ?? []);
  }

  /** Findings of the scope, most severe and newest first. */
  async findings(scope: ComplianceScope, page: FindingsPage): Promise<PolicyFinding[]> {
    const rows = await this.graph.read<{ finding: Record<string, unknown> }>(
      `${findingsIn(scope)} WITH f WHERE $state IS NULL OR f.state = $state
       RETURN ${FINDING} AS finding
       ORDER BY ${MOST_SEVERE_NEWEST_FIRST}
       LIMIT $limit`,
      { ...scope, state: page.state, limit: neo4j.int(page.limit) },
    );
    return rows.map((row) => toFinding(row.finding));
  }

  /** The findings of each of a batch of domains, as `findings` lists them, `page.limit` of each at most, in one query. */
  findingsOfDomains(domains: readonly string[], page: FindingsPage): Promise<PolicyFinding[][]> {
    return this.findingsOfEach(domains, VISIBLE_FINDINGS_OF_DOMAIN('key'), page);
  }

  /** The findings of each of a batch of data products (with their output ports and columns), as `findings` lists them, in one query. */
  findingsOfProducts(products: readonly string[], page: FindingsPage): Promise<PolicyFinding[][]> {
    return this.findingsOfEach(products, VISIBLE_FINDINGS_OF_PRODUCT('key'), page);
  }

  /**
   * The findings `findingsOfKey` (Cypher yielding the findings of the batch's `key` as `f`) yields for each
   * of `keys`, a page each: the limit applies inside the subquery, per key, so one key's many findings
   * crowd out none of another's. collect() keeps the order of the WITH ... ORDER BY before it.
   */
  private async findingsOfEach(keys: readonly string[], findingsOfKey: string, page: FindingsPage): Promise<PolicyFinding[][]> {
    const rows = await this.graph.read<{ key: string; findings: Array<Record<string, unknown>> }>(
      `UNWIND $keys AS key
       CALL (key) {
         ${findingsOfKey}
         WITH f WHERE $state IS NULL OR f.state = $state
         WITH f ORDER BY ${MOST_SEVERE_NEWEST_FIRST} LIMIT $limit
         RETURN collect(${FINDING}) AS findings
       }
       RETURN key, findings`,
      { keys, state: page.state, limit: neo4j.int(page.limit) },
    );
    const byKey = new Map(rows.map((row) => [row.key, row.findings.map(toFinding)]));
    return keys.map((key) => byKey.get(key) ?? []);
  }

  async trend(scope: ComplianceScope, days: number, now = new Date()): Promise<ComplianceTrendPoint[]> {
    const instants = trendInstants(days, now);
    const [row] = await this.graph.read<{ findings: FindingPeriod[]; since: string | null }>(
      `${findingsIn(scope)} WITH f WHERE ${OPEN_IN_WINDOW}
       WITH collect(${FINDING_PERIOD}) AS findings
       RETURN findings, ${measuredSince(domainOf(scope))}`,
      { ...scope, ...windowOf(instants) },
    );
    return complianceTrend(periods(row?.findings ?? []), instants, row?.since ?? null);
  }

  /** Open findings by severity of each of a batch of domains, in one query. Index: policyfinding_domain (migration 007). */
  async openCountsOfDomains(domains: readonly string[]): Promise<SeverityCounts[]> {
    const rows = await this.graph.read<{ domain: string; severities: string[] }>(
      `UNWIND $domains AS domain
       RETURN domain, COLLECT { MATCH (f:PolicyFinding) WHERE f.domain = domain AND f.state = 'OPEN' AND ${VISIBLE_FINDING('f')} RETURN f.severity } AS severities`,
      { domains },
    );
    const byDomain = new Map(rows.map((row) => [row.domain, row.severities]));
    return domains.map((domain) => severityCounts(byDomain.get(domain) ?? []));
  }

  /** Open findings by severity of each of a batch of data products (with their output ports and columns), in one query. */
  async openCountsOfProducts(products: readonly string[]): Promise<SeverityCounts[]> {
    // Constraint: dataproduct_urn (migration 001).
    const rows = await this.graph.read<{ product: string; severities: string[] }>(
      `UNWIND $products AS product
       MATCH (p:DataProduct {urn: product})
       ${FINDINGS_OF_PRODUCT}
       WITH product, f WHERE f.state = 'OPEN' AND ${VISIBLE_FINDING('f')}
       RETURN product, collect(f.severity) AS severities`,
      { products },
    );
    const byProduct = new Map(rows.map((row) => [row.product, row.severities]));
    return products.map((product) => severityCounts(byProduct.get(product) ?? []));
  }

  /** The trend of each of a batch of domains, in one query. */
  async trendOfDomains(domains: readonly string[], days: number, now = new Date()): Promise<ComplianceTrendPoint[][]> {
    const instants = trendInstants(days, now);
    const rows = await this.graph.read<{ domain: string; findings: FindingPeriod[]; since: string | null }>(
      `UNWIND $domains AS domain
       RETURN domain, COLLECT {
         MATCH (f:PolicyFinding) WHERE f.domain = domain AND ${OPEN_IN_WINDOW} AND ${VISIBLE_FINDING('f')}
         RETURN ${FINDING_PERIOD}
       } AS findings, ${measuredSince('domain')}`,
      { domains, ...windowOf(instants) },
    );
    const byDomain = new Map(rows.map((row) => [row.domain, row]));
    return domains.map((domain) => complianceTrend(periods(byDomain.get(domain)?.findings ?? []), instants, byDomain.get(domain)?.since ?? null));
  }

  /** The trend of each of a batch of data products (with their output ports and columns), each measured since its domain's first policy, in one query. */
  async trendOfProducts(products: readonly string[], days: number, now = new Date()): Promise<ComplianceTrendPoint[][]> {
    const instants = trendInstants(days, now);
    const rows = await this.graph.read<{ product: string; findings: FindingPeriod[]; since: string | null }>(
      `UNWIND $products AS product
       CALL (product) {
         ${VISIBLE_FINDINGS_OF_PRODUCT('product')}
         WITH f WHERE ${OPEN_IN_WINDOW}
         RETURN collect(${FINDING_PERIOD}) AS findings
       }
       RETURN product, findings, ${measuredSince(DOMAIN_OF_PRODUCT('product'))}`,
      { products, ...windowOf(instants) },
    );
    const byProduct = new Map(rows.map((row) => [row.product, row]));
    return products.map((product) => complianceTrend(periods(byProduct.get(product)?.findings ?? []), instants, byProduct.get(product)?.since ?? null));
  }

  /** Every domain with its open findings by severity, in one query. */
  async domains(): Promise<DomainCompliance[]> {
    const rows = await this.graph.read<{ domain: string; name: string; severities: string[] }>(
      `MATCH (d:Domain) WHERE coalesce(d.status, 'ACTIVE') = 'ACTIVE'
       RETURN d.id AS domain, coalesce(d.name, d.id) AS name,
              COLLECT { MATCH (f:PolicyFinding) WHERE f.domain = d.id AND f.state = 'OPEN' AND ${VISIBLE_FINDING('f')} RETURN f.severity } AS severities
       ORDER BY d.id`,
    );
    return rows.map((row) => ({ domain: row.domain, name: row.name, openFindings: severityCounts(row.severities) }));
  }

  /** The open findings about each asset or any of its columns, for a batch of (visible) assets. */
  async openFindingsOf(urns: readonly string[]): Promise<PolicyFinding[][]> {
    const rows = await this.graph.read<{ urn: string; findings: Array<Record<string, unknown>> }>(
      `UNWIND $urns AS urn
       CALL (urn) {
         MATCH (f:PolicyFinding {assetUrn: urn, state: 'OPEN'}) RETURN f
         UNION
         MATCH (:Dataset {urn: urn})-[:HAS_FIELD]->(field:Field)
         MATCH (f:PolicyFinding {assetUrn: field.urn, state: 'OPEN'}) RETURN f
       }
       WITH urn, f WHERE ${REVEALS_NO_MASKED_VALUE('f')}
       RETURN urn, collect(${FINDING}) AS findings`,
      { urns },
    );
    const byUrn = new Map(rows.map((row) => [row.urn, row.findings.map(toFinding).sort(bySeverity)]));
    return urns.map((urn) => byUrn.get(urn) ?? []);
  }
}

export function toSeverity(severity: string): Severity {
  return severity.toUpperCase() as Severity;
}

export function requirementText(requirement: Requirement): string {
  return requirement.value === undefined ? requirement.name : `${requirement.name}: ${requirement.value}`;
}

function toPolicy(urn: string, definition: PolicyDefinition, openFindings: number): Policy {
  const { target } = definition;
  return {
    urn,
    id: definition.id,
    description: definition.description,
    target: { type: target.type, domains: target.domains ?? null, products: target.products ?? null, tags: target.tags ?? null, classifications: target.classifications ?? null, outputPort: target.outputPort ?? null, status: target.status },
    requirements: definition.require.map(requirementText),
    severity: toSeverity(definition.severity),
    rationale: definition.rationale,
    domain: definition.domain,
    raisedIn: Object.entries(definition.raisedIn).map(([domain, severity]) => ({ domain, severity: toSeverity(severity) })),
    openFindings,
  };
}

function toFinding(row: Record<string, unknown>): PolicyFinding {
  return {
    urn: row.urn as string,
    policyId: row.policyId as string,
    assetUrn: row.assetUrn as string,
    assetType: row.assetType as string,
    domain: (row.domain as string | null) ?? null,
    severity: toSeverity(row.severity as string),
    state: row.state as FindingState,
    message: row.message as string,
    evidence: JSON.parse((row.evidence as string | null) ?? '[]'),
    openedAt: row.openedAt as string,
    lastSeenAt: row.lastSeenAt as string,
    resolvedAt: (row.resolvedAt as string | null) ?? null,
    resolution: (row.resolution as string | null) ?? null,
  };
}

const ORDER = [Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO];
function bySeverity(a: PolicyFinding, b: PolicyFinding): number {
  return ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.urn.localeCompare(b.urn);
}

/** The parameters of OPEN_IN_WINDOW: the first and the last instant of a trend. */
function windowOf(instants: ReadonlyArray<{ at: string }>): { first: string; last: string } {
  return { first: instants[0]!.at, last: instants[instants.length - 1]!.at };
}

/** Findings as the trend reads them: a map leaves out a property that is not set (an open finding's `resolvedAt`). */
function periods(findings: readonly FindingPeriod[]): FindingPeriod[] {
  return findings.map((finding) => ({ ...finding, resolvedAt: finding.resolvedAt ?? null }));
}
