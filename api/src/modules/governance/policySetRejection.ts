/**
 * The last refusal of polder.yaml's policy set, kept on the graph until a valid set is put in force.
 * An invalid edit of the `governance:` section leaves the set already in force enforced (applyPolicySet.ts);
 * the process that refused it logs why, but the stewards and owners who read compliance in the web or the API
 * would otherwise go on trusting a set that is not the one in polder.yaml. Stored on the graph because the API
 * that shows it is often not the process that refused it (`polder api` beside `polder start`).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';

/** One rejection per configuration file (constraint policysetrejection_config, migration 015). */
const CONFIG = 'polder.yaml';

export interface PolicySetRejectionRecord {
  /** Every problem, naming the policy, as `PolicySetError.problems` words them. */
  problems: string[];
  rejectedAt: string;
}

export async function recordPolicySetRejection(driver: Driver, problems: readonly string[], options: { database?: string; now?: Date } = {}): Promise<void> {
  await driver.executeQuery(
    `MERGE (r:PolicySetRejection {config: $config}) SET r.problems = $problems, r.rejectedAt = $now`,
    { config: CONFIG, problems: [...problems], now: (options.now ?? new Date()).toISOString() },
    { database: options.database },
  );
}

/** Within the transaction that puts a valid set in force: the set in force is polder.yaml's again. */
export async function clearPolicySetRejection(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MATCH (r:PolicySetRejection {config: $config}) DELETE r`, { config: CONFIG });
}

/** The refusal in force, if any: null while the set in force is polder.yaml's. */
export async function readPolicySetRejection(graph: GraphReader): Promise<PolicySetRejectionRecord | null> {
  const [row] = await graph.read<PolicySetRejectionRecord>(`MATCH (r:PolicySetRejection {config: $config}) RETURN r.problems AS problems, r.rejectedAt AS rejectedAt`, { config: CONFIG });
  return row ?? null;
}
