/**
 * A check taken out of polder.yaml (or whose source was) is no longer run, but its QualityCheck
 * stayed ACTIVE: listed on its dataset, counted by the policies that ask for checks, and its open
 * incident open for ever. When polder.yaml is read (`start`, `worker` and `crawl` as they write the
 * mesh, and `check`), the checks it no longer declares are marked REMOVED, as a crawl marks what its
 * source no longer has, and their open incidents resolved (resolveIncidentsOfRemovedChecks.ts),
 * all in one transaction. Their results stay, as history. Declared again, a check comes back
 * ACTIVE on its next run (writeCheckResults.ts).
 */
import type { Driver } from 'neo4j-driver';
import { inWriteTransaction, type CheckConfig } from '@polder/runtime';
import { enqueueAssessments } from '../writer/assessmentOutbox.ts';
import { CHECK_PROVIDER_PREFIX, declaredCheckUrn } from './checkGraphRows.ts';
import { resolveIncidentsOfRemovedChecks } from './resolveIncidentsOfRemovedChecks.ts';

const RETIRE = `
MATCH (c:QualityCheck) WHERE c.provider STARTS WITH $prefix AND c.status = 'ACTIVE' AND NOT c.urn IN $declared
SET c.status = 'REMOVED', c.removedAt = $now, c.updatedAt = $now
RETURN c.urn AS urn, [(c)-[:CHECKS]->(target) | target.urn] AS targets`;

/** Marks REMOVED the checks polder.yaml no longer declares; returns their URNs. */
export async function retireUndeclaredChecks(driver: Driver, declared: readonly CheckConfig[], options: { database?: string; now?: Date } = {}): Promise<string[]> {
  const now = (options.now ?? new Date()).toISOString();
  return inWriteTransaction(driver, options.database, async (tx) => {
    const { records } = await tx.run(RETIRE, { prefix: CHECK_PROVIDER_PREFIX, declared: declared.map(declaredCheckUrn), now });
    const retired = records.map((record) => record.get('urn') as string);
    const incidentAssets = await resolveIncidentsOfRemovedChecks(tx, retired, now);
    // What they checked loses a check (trust's quality component, the policies that ask for checks).
    await enqueueAssessments(tx, [...records.flatMap((record) => record.get('targets') as string[]), ...incidentAssets], Date.parse(now));
    return retired;
  });
}
