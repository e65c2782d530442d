/**
 * Reads quality checks, their results and incidents. Every method takes a list of
 * keys and sends one query, so the loaders batch a whole GraphQL level.
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { inOrder } from '../../graph/inOrder.ts';
import { CheckSource, IncidentResolution, IncidentState, type CheckResult, type Incident, type QualityCheck } from './quality.type.ts';
import { visibleAsset } from '../access/visibleInCypher.ts';

type Props = Record<string, unknown>;

const CHECK_SOURCES: Record<string, CheckSource> = { dbt: CheckSource.DBT, contract: CheckSource.CONTRACT, check: CheckSource.POLDER, openlineage: CheckSource.OPENLINEAGE };

function toQualityCheck(props: Props): QualityCheck {
  const prefix = String(props.provider ?? '').split(':')[0]!;
  return {
    urn: props.urn as string,
    name: (props.name as string | undefined) ?? (props.urn as string),
    kind: (props.kind as string | undefined) ?? 'unknown',
    source: CHECK_SOURCES[prefix] ?? CheckSource.OTHER,
    column: (props.column as string | undefined) ?? null,
    description: (props.description as string | undefined) ?? null,
    severity: (props.severity as string | undefined) ?? null,
  };
}

function toCheckResult(props: Props, observedOn: string[]): CheckResult {
  const observed = props.observedValue;
  return {
    urn: props.urn as string,
    outcome: props.outcome as string,
    observedValue: typeof observed === 'number' ? observed : observed == null ? null : Number(observed),
    message: (props.message as string | undefined) ?? null,
    evaluatedAt: (props.evaluatedAt as string | undefined) ?? null,
    observedOn,
  };
}

function toIncident(props: Props, checkUrn: string | null, assetUrns: string[], observedOn: string[]): Incident {
  return {
    urn: props.urn as string,
    title: props.title as string,
    state: props.state === 'OPEN' ? IncidentState.OPEN : IncidentState.RESOLVED,
    openedAt: props.openedAt as string,
    resolvedAt: (props.resolvedAt as string | undefined) ?? null,
    // Incidents resolved before `resolution` was kept were all resolved by a passing run.
    resolution: props.state === 'OPEN' ? null : props.resolution === 'CHECK_REMOVED' ? IncidentResolution.CHECK_REMOVED : IncidentResolution.PASSED,
    lastFailedAt: props.lastFailedAt as string,
    failureCount: Number(props.failureCount ?? 0),
    message: (props.message as string | undefined) ?? null,
    checkUrn,
    assetUrns,
    observedOn,
  };
}

/** Which of an asset's incidents: only `state` ones when it is set, `limit` of them from the `offset`-th. */
export interface IncidentPage {
  state: IncidentState | null;
  limit: number;
  offset: number;
}

interface IncidentRow {
  key: string;
  incident: Props;
  checkUrn: string | null;
  assetUrns: string[];
  observedOn: string[];
}

/**
 * The datasets whose data a check's run observed, as the URNs of those `reach` binds to `observedAsset` (a
 * column counts for its dataset): what masks its observed number and message (unlessObservedMasked.ts).
 */
const DATASETS_OBSERVED = (reach: string) =>
  `COLLECT { MATCH ${reach} MATCH (observedDataset:Dataset)-[:HAS_FIELD*0..1]->(observedAsset) RETURN DISTINCT observedDataset.urn }`;
/** A check, bound to `c`, reads what it CHECKS and, for a contract's rule, the crawled tables its object DESCRIBES (where it runs). */
const CHECK_READS = '(c)-[:CHECKS]->()-[:DESCRIBES*0..1]->(observedAsset)';

const INCIDENT_PARTS = `i {.*} AS incident, [(i)-[:RAISED_BY]->(c:QualityCheck) | c.urn][0] AS checkUrn, [(i)-[:ABOUT]->(a) | a.urn] AS assetUrns,
  ${DATASETS_OBSERVED('(i)-[:ABOUT]->(observedAsset)')} AS observedOn`;
/** An incident, or a check, about an asset the caller may not see is not shown (access/visibleInCypher.ts). */
const ABOUT_VISIBLE = (node: 'i' | 'c', about: 'ABOUT' | 'CHECKS') => `NOT EXISTS { MATCH (${node})-[:${about}]->(qualityAsset) WHERE NOT ${visibleAsset('qualityAsset')} }`;

export class QualityService {
  constructor(private readonly graph: GraphReader) {}

  /**
   * Active checks of each dataset or field, by name: its own, and for a crawled table the rules of the
   * contracts whose objects DESCRIBE it, which Polder runs against it (as its trust score counts them:
   * readDatasetTrustInputs.ts). Constraint: entity_urn.
   */
  async checksOf(assetUrns: readonly string[]): Promise<QualityCheck[][]> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key
       MATCH (asset:Entity {urn: key})
       CALL (asset) {
         MATCH (c:QualityCheck)-[:CHECKS]->(asset) RETURN c
         UNION
         MATCH (c:QualityCheck)-[:CHECKS]->(:Dataset)-[:DESCRIBES]->(asset) RETURN c
       }
       WITH key, c WHERE c.status = 'ACTIVE'
       RETURN key, c {.*} AS value ORDER BY coalesce(c.name, c.urn)`,
      { urns: assetUrns },
    );
    return inOrder(assetUrns, rows.map(({ key, value }) => ({ key, value: toQualityCheck(value) })));
  }

  async checksByUrn(urns: readonly string[]): Promise<Array<QualityCheck | null>> {
    const rows = await this.graph.read<{ key: string; value: Props }>(`UNWIND $urns AS key MATCH (c:QualityCheck {urn: key}) WHERE ${ABOUT_VISIBLE('c', 'CHECKS')} RETURN key, c {.*} AS value`, { urns });
    const found = new Map(rows.map(({ key, value }) => [key, toQualityCheck(value)]));
    return urns.map((urn) => found.get(urn) ?? null);
  }

  /**
   * The newest `limit` results of each check, found by the index on their check and time, in order:
   * a check's history grows by a result a run. Ordering by the index's first property too (one value
   * here) is what lets Neo4j read the index in order and stop after `limit`; by time alone, it reads
   * and sorts the whole history. Constraint: qualitycheck_urn; index: checkresult_check_time.
   */
  async resultsOf(checkUrns: readonly string[], limit: number): Promise<CheckResult[][]> {
    const rows = await this.graph.read<{ key: string; value: Props; observedOn: string[] }>(
      `UNWIND $urns AS key
       MATCH (c:QualityCheck {urn: key}) WHERE ${ABOUT_VISIBLE('c', 'CHECKS')}
       WITH key, ${DATASETS_OBSERVED(CHECK_READS)} AS observedOn
       CALL (key) {
         MATCH (r:CheckResult) WHERE r.checkUrn = key AND r.evaluatedAt IS NOT NULL
         RETURN r ORDER BY r.checkUrn DESC, r.evaluatedAt DESC, r.urn DESC LIMIT $limit
       }
       RETURN key, r {.*} AS value, observedOn`,
      { urns: checkUrns, limit: neo4j.int(limit) },
    );
    const grouped = inOrder(checkUrns, rows.map(({ key, value, observedOn }) => ({ key, value: toCheckResult(value, observedOn) })));
    return grouped.map((results) => results.sort((a, b) => (b.evaluatedAt ?? '').localeCompare(a.evaluatedAt ?? '')));
  }

  /**
   * A page of the incidents about each asset, newest opened first; only `state` ones when it is set. A
   * flaky check opens one after another, so an asset's list grows with time: each asset gets its own window.
   */
  async incidentsOf(assetUrns: readonly string[], page: IncidentPage): Promise<Incident[][]> {
    const rows = await this.graph.read<IncidentRow>(
      `UNWIND $urns AS key
       CALL (key) {
         MATCH (i:Incident)-[:ABOUT]->(:Entity {urn: key})
         WHERE i.status = 'ACTIVE' AND ($state IS NULL OR i.state = $state)
         WITH i ORDER BY i.openedAt DESC, i.urn SKIP $offset LIMIT $limit
         RETURN ${INCIDENT_PARTS}
       }
       RETURN key, incident, checkUrn, assetUrns, observedOn`,
      { urns: assetUrns, state: page.state, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) },
    );
    return inOrder(assetUrns, rows.map((row) => ({ key: row.key, value: toIncident(row.incident, row.checkUrn, row.assetUrns, row.observedOn) })));
  }

  /** How many incidents are about each asset (only `state` ones when it is set): the total beside a page of `incidentsOf`. */
  async incidentCounts(assetUrns: readonly string[], state: IncidentState | null): Promise<number[]> {
    // Constraint: entity_urn (migration 001).
    const rows = await this.graph.read<{ key: string; count: number }>(
      `UNWIND $urns AS key
       MATCH (asset:Entity {urn: key})
       RETURN key, COUNT { MATCH (i:Incident)-[:ABOUT]->(asset) WHERE i.status = 'ACTIVE' AND ($state IS NULL OR i.state = $state) } AS count`,
      { urns: assetUrns, state },
    );
    const counted = new Map(rows.map(({ key, count }) => [key, Number(count)]));
    return assetUrns.map((urn) => counted.get(urn) ?? 0);
  }

  /** Incidents across the catalog, newest opened first, optionally of one domain's assets (a column counts for its dataset's domain). */
  async incidents(filter: { domain: string | null; state: IncidentState | null; limit: number }): Promise<Incident[]> {
    const rows = await this.graph.read<Omit<IncidentRow, 'key'>>(
      // Index: none on Incident.openedAt yet; incidents are few next to the assets they are about.
      `MATCH (i:Incident)
       WHERE i.status = 'ACTIVE' AND ($state IS NULL OR i.state = $state) AND ${ABOUT_VISIBLE('i', 'ABOUT')}
         AND ($domain IS NULL
              OR EXISTS { MATCH (i)-[:ABOUT]->()-[:IN_DOMAIN]->(:Domain {id: $domain}) }
              OR EXISTS { MATCH (i)-[:ABOUT]->(:Field)<-[:HAS_FIELD]-(:Dataset)-[:IN_DOMAIN]->(:Domain {id: $domain}) })
       RETURN ${INCIDENT_PARTS} ORDER BY i.openedAt DESC, i.urn LIMIT $limit`,
      { domain: filter.domain, state: filter.state, limit: neo4j.int(filter.limit) },
    );
    return rows.map((row) => toIncident(row.incident, row.checkUrn, row.assetUrns, row.observedOn));
  }
}
