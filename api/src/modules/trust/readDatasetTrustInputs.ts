/**
 * Reads everything the trust scores of a batch of datasets depend on, in one
 * query (see TrustInputs.ts for what each part means). Checks bring the outcomes
 * of their results within the window and their newest judging result; ERROR and
 * SKIPPED results say nothing about the data and are left out.
 *
 * A dataset's checks are those that CHECK it, and the rules of the data contracts
 * whose schema objects DESCRIBE it: Polder runs those rules against this table
 * (crawlers/src/contractChecks), so their results are about its data.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { AssetRef, CheckEvidence, CheckOrigin, DatasetTrustInputs, JudgingOutcome, UsageRates } from './TrustInputs.ts';
import { CERTIFICATION_PROJECTION, certificationState } from './certificationState.ts';
import { toNumber } from './neo4jValues.ts';
import { ownerEntries } from '../people/ownership.ts';

// Constraint: dataset_urn (migration 001).
const READ = `
UNWIND $urns AS urn
MATCH (d:Dataset {urn: urn}) WHERE d.status = 'ACTIVE'
CALL (d) {
  WITH d, [(c:QualityCheck)-[:CHECKS]->(d) WHERE c.status = 'ACTIVE' | c]
          + [(c:QualityCheck)-[:CHECKS]->(:Dataset)-[:DESCRIBES]->(d) WHERE c.status = 'ACTIVE' | c] AS found
  UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS c
  WITH DISTINCT c
  // A check's results by the index on their check and time (checkresult_check_time): the window's, and the newest that
  // judged (ordered by check too, so that the index is read in order and the read stops there: see QualityService.resultsOf).
  WITH c,
       COLLECT { MATCH (r:CheckResult) WHERE r.checkUrn = c.urn AND r.evaluatedAt >= $since RETURN r.outcome } AS recent,
       COLLECT { MATCH (r:CheckResult) WHERE r.checkUrn = c.urn AND r.evaluatedAt IS NOT NULL AND r.outcome IN ['PASS', 'WARN', 'FAIL']
                 RETURN r {.urn, .outcome, .evaluatedAt} AS latest ORDER BY r.checkUrn DESC, r.evaluatedAt DESC LIMIT 1 } AS latest
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE c {.urn, .name, .kind, .provider, .metric, recent: recent, latest: latest[0]} END) AS checks
}
RETURN d.urn AS urn, coalesce(d.subtype, 'TABLE') AS subtype,
       coalesce(d.editable_description, d.description) AS description,
       ${ownerEntries('d')} AS owners,
       [(d)-[:OWNED_BY]->(o) | coalesce(o.name, o.urn)] AS ownerNodes,
       [(d)-[:HAS_FIELD]->(f:Field) WHERE f.status = 'ACTIVE' | {urn: f.urn, name: f.name, position: f.position,
          described: trim(coalesce(f.editable_description, f.description, '')) <> ''}] AS fields,
       checks,
       [(i:Incident)-[:ABOUT]->(d) WHERE i.state = 'OPEN' AND i.status = 'ACTIVE' | {urn: i.urn, title: coalesce(i.title, i.urn)}] AS openIncidents,
       [(d)-[:DERIVES_FROM]->(u:Dataset) WHERE u.status = 'ACTIVE' | {urn: u.urn, name: u.name}]
         + [(d)<-[:WRITES]-(:Job)-[:READS]->(u:Dataset) WHERE u.status = 'ACTIVE' AND u <> d | {urn: u.urn, name: u.name}] AS upstream,
       [(j:Job)-[:WRITES]->(d) | {urn: j.urn, name: coalesce(j.name, j.urn)}] AS writtenBy,
       [(p:DataProduct)-[:EXPOSES]->(d) WHERE p.freshnessSloSeconds IS NOT NULL | {urn: p.urn, seconds: p.freshnessSloSeconds}] AS freshnessSlos,
       d ${CERTIFICATION_PROJECTION} AS certification,
       d.popularity AS popularity,
       d {signal: d.usage_signal, readsPerDay: d.usage_readsPerDay, measuredFrom: d.usage_measuredFrom, measuredAt: d.usage_measuredAt,
          jobRunsPerDay: d.usage_jobRunsPerDay} AS usage`;

interface CheckRow {
  urn: string;
  name: string | null;
  kind: string | null;
  provider: string | null;
  metric: string | null;
  recent: string[];
  latest: { urn: string; outcome: JudgingOutcome; evaluatedAt: string } | null;
}

export async function readDatasetTrustInputs(tx: ManagedTransaction, urns: string[], since: string): Promise<DatasetTrustInputs[]> {
  if (urns.length === 0) return [];
  const { records } = await tx.run(READ, { urns, since });
  return records.map((record) => {
    const fields = (record.get('fields') as Array<AssetRef & { described: boolean; position: unknown }>).sort((a, b) => (toNumber(a.position) ?? 0) - (toNumber(b.position) ?? 0));
    return {
      urn: record.get('urn'),
      subtype: record.get('subtype'),
      description: record.get('description'),
      fields: fields.map(({ urn, name, described }) => ({ urn, name, described })),
      owners: unique([...(record.get('owners') as string[]), ...(record.get('ownerNodes') as string[])]),
      checks: (record.get('checks') as CheckRow[]).map(toCheckEvidence).sort((a, b) => a.urn.localeCompare(b.urn)),
      openIncidents: record.get('openIncidents'),
      upstream: uniqueBy(record.get('upstream') as AssetRef[]),
      writtenBy: record.get('writtenBy'),
      freshnessSlos: (record.get('freshnessSlos') as Array<{ urn: string; seconds: unknown }>).map(({ urn, seconds }) => ({ urn, seconds: toNumber(seconds)! })),
      certification: certificationState(record.get('certification')),
      popularity: toNumber(record.get('popularity')),
      usage: usageRates(record.get('usage') as UsageRates),
    };
  });
}

function usageRates(usage: UsageRates): UsageRates | null {
  const rates = { ...usage, readsPerDay: toNumber(usage.readsPerDay), jobRunsPerDay: toNumber(usage.jobRunsPerDay) };
  return rates.readsPerDay === null && rates.jobRunsPerDay === null ? null : rates;
}

function toCheckEvidence(row: CheckRow): CheckEvidence {
  const count = (outcome: string) => row.recent.filter((recent) => recent === outcome).length;
  return {
    urn: row.urn,
    name: row.name ?? row.urn,
    kind: row.kind ?? 'unknown',
    origin: originOf(row.provider),
    isFreshness: row.kind === 'freshness' || row.metric === 'freshness',
    window: { passed: count('PASS'), warned: count('WARN'), failed: count('FAIL') },
    latest: row.latest ?? null,
  };
}

/** The provider prefix names who wrote the check: `dbt:<source>`, `contract:<source>`, `check:<source>` (Polder's), `openlineage:<namespace>`. */
export function originOf(provider: string | null): CheckOrigin {
  const prefix = provider?.split(':')[0];
  if (prefix === 'dbt' || prefix === 'contract' || prefix === 'openlineage') return prefix;
  return prefix === 'check' ? 'polder' : 'other';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy(assets: AssetRef[]): AssetRef[] {
  return [...new Map(assets.map((asset) => [asset.urn, asset])).values()].sort((a, b) => a.urn.localeCompare(b.urn));
}
