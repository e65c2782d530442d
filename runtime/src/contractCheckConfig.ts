/**
 * How Polder runs the quality rules of data contracts, as polder.yaml's optional
 * top-level `contractChecks:` section. The rules themselves come from the
 * contracts (ODCS `quality`), not from here: this only says when they run and
 * what one rule may cost.
 *
 *   contractChecks:
 *     schedule: "*\/30 * * * *"    # cron: `polder start` and `polder worker` run every runnable rule on it
 *     timeoutMs: 10000            # per rule: a slower query is cancelled and recorded as ERROR
 *     sampleRows: 100000          # nullValues, missingValues, invalidValues, duplicateValues read a sample above this
 *
 * Without a schedule the rules run only when `polder check --contracts` runs.
 */
import { z } from 'zod';
import { cronSchedule } from './cronSchedule.ts';

export const contractCheckConfigSchema = z
  .object({
    /** Cron expression; absent means "only when `polder check --contracts` runs". */
    schedule: cronSchedule('"*/30 * * * *" (every 30 minutes)').optional(),
    /** How long one rule's query may run before it is cancelled and recorded as ERROR (the same default as a check's). */
    timeoutMs: z.number().int().min(1).max(3_600_000).default(10_000),
    /** Above this many rows (PostgreSQL: by the planner's estimate) the column metrics read a sample; absent reads every row. */
    sampleRows: z.number().int().positive().optional(),
  })
  .strict()
  .default({ timeoutMs: 10_000 });
export type ContractCheckConfig = z.infer<typeof contractCheckConfigSchema>;
