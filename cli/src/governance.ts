/**
 * Federated computational governance in a running Polder: put polder.yaml's
 * policy set in force (an invalid one is reported, in the log and on the graph
 * for the API, and the set already in force stays), judge changed assets as they land (the policy outbox), and judge
 * everything on the governance schedule.
 */
import { applyPolicySet, PolicyEvaluator, recordPolicySetRejection } from '@polder/api';
import { parsePolicySet, PolicySetError, type Logger, type PolderConfig, type PolicySet } from '@polder/runtime';
import { Cron } from 'croner';
import type { Driver } from 'neo4j-driver';

/** polder.yaml's policy set, validated; throws PolicySetError naming every problem. */
export function configuredPolicySet(config: PolderConfig): PolicySet {
  return parsePolicySet(config.governance, { domains: config.mesh.domains.map((domain) => domain.id), baseDir: config.configDir });
}

export async function enforcePolicies(driver: Driver, config: PolderConfig, logger: Logger): Promise<{ stop(): Promise<void> }> {
  const database = config.neo4j.database;
  const evaluator = new PolicyEvaluator(driver, { logger, database });
  let schedule = '0 * * * *';
  try {
    const set = configuredPolicySet(config);
    schedule = set.schedule;
    const applied = await applyPolicySet(driver, set, { database });
    logger.info({ policies: set.policies.length, added: applied.added, changed: applied.changed, withdrawn: applied.withdrawn }, 'governance policies in force');
  } catch (error) {
    if (!(error instanceof PolicySetError)) throw error;
    logger.error({ problems: error.problems }, error.message);
    // Said where stewards read compliance too (the governance page, `policySetRejection`), not only here.
    await recordPolicySetRejection(driver, error.problems, { database });
  }
  const evaluateAll = () =>
    evaluator
      .evaluateAll()
      .then((counts) => logger.info(counts, 'policies evaluated on every asset'))
      .catch((error: Error) => logger.warn({ error: error.message }, `full policy evaluation failed; it runs again on its schedule (${schedule})`));
  evaluator.start();
  void evaluateAll();
  const cron = new Cron(schedule, { name: 'governance', protect: true }, () => void evaluateAll());
  return {
    async stop() {
      cron.stop();
      await evaluator.stop();
    },
  };
}
