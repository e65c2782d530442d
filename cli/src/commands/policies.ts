import { applyPolicySet, PolicyEvaluator, type Violation } from '@polder/api';
import { PolicySetError } from '@polder/runtime';
import { configuredPolicySet } from '../governance.ts';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';
import { UsageError } from './UsageError.ts';

const SHOWN = 20;

export const policies: Command = {
  summary: 'Governance policies of polder.yaml: `check` validates them and shows what they would find (a dry run); `apply` puts them in force and evaluates every asset.',
  usage: 'policies check|apply',
  async run(args, { config, logger }) {
    const [action, ...rest] = args;
    if ((action !== 'check' && action !== 'apply') || rest.length > 0) throw new UsageError('usage: npx polder policies check|apply');
    let set;
    try {
      set = configuredPolicySet(config);
    } catch (error) {
      if (!(error instanceof PolicySetError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const database = config.neo4j.database;
      const evaluator = new PolicyEvaluator(platform.driver, { logger, database });
      if (action === 'check') {
        // Counted page by page: only the first few violations are kept, to show.
        const found = new Map(set.policies.map((policy) => [policy.id, 0]));
        const shown: Violation[] = [];
        let total = 0;
        await evaluator.dryRun(set.policies, (violations) => {
          total += violations.length;
          for (const violation of violations) found.set(violation.policyId, (found.get(violation.policyId) ?? 0) + 1);
          shown.push(...violations.slice(0, SHOWN - shown.length));
        });
        process.stdout.write(`${set.policies.length} policies valid. A dry run (nothing stored) finds ${total} violation(s):\n`);
        for (const policy of set.policies) {
          process.stdout.write(`  ${String(found.get(policy.id) ?? 0).padStart(6)}  ${policy.id} (${policy.severity}${policy.domain ? `, ${policy.domain} pack` : ''})\n`);
        }
        for (const violation of shown) process.stdout.write(`  ${violation.severity.toUpperCase().padEnd(8)} ${violation.policyId}: ${violation.message}\n`);
        if (total > SHOWN) process.stdout.write(`  ... and ${total - SHOWN} more\n`);
        return 0;
      }
      const applied = await applyPolicySet(platform.driver, set, { database });
      const counts = await evaluator.evaluateAll();
      process.stdout.write(
        `${set.policies.length} policies in force (added: ${applied.added.join(', ') || 'none'}; changed: ${applied.changed.join(', ') || 'none'}; withdrawn: ${applied.withdrawn.join(', ') || 'none'}).\n` +
          `Evaluated ${counts.assets} datasets and data products: ${counts.opened} finding(s) opened, ${counts.stillOpen} still open, ${counts.resolved} resolved.\n`,
      );
      return 0;
    } finally {
      await platform.close();
    }
  },
};
