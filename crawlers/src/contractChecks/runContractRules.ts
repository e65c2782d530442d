/**
 * Runs data contracts' quality rules against the crawled tables they describe,
 * and returns one result per rule. It never throws for a rule: a rule Polder
 * cannot run is SKIPPED with its reason, and a query that fails, a source that
 * cannot be reached, a secret that is missing or a timeout is an ERROR with the
 * reason; the other rules still run.
 *
 * Safe as Polder's own checks are, with their machinery: each source is reached
 * over a read-only connection (openReadOnlyConnection.ts: a read-only transaction
 * on PostgreSQL and MariaDB/MySQL, a file opened read-only for SQLite, the
 * store's statement timeout set), each rule's query has `timeoutMs` (withTimeout:
 * the connection is closed under a query that outlives it), a SQL rule runs as a
 * derived table like a customSql check, and the column metrics read a sample
 * above `sampleRows` (chooseSampling.ts).
 *
 * Rules run one after the other, as checks do, but a source's connection is
 * opened once per run and shared by its rules; one that failed or was cancelled
 * is closed, and the next rule opens a fresh one (an aborted PostgreSQL
 * transaction answers nothing more).
 */
import type { Logger, SourceConfig } from '@polder/runtime';
import { tableSizeQuery } from '../checks/checkQuery.ts';
import type { CheckableSource, CheckTarget } from '../checks/checkTarget.ts';
import { chooseSampling } from '../checks/chooseSampling.ts';
import { observedNumber } from '../checks/observedNumber.ts';
import { openReadOnlyConnection } from '../checks/openReadOnlyConnection.ts';
import { ownReadsOf } from '../checks/ownReadsOf.ts';
import type { ReadOnlyConnection } from '../checks/ReadOnlyConnection.ts';
import { checkErrorReason } from '../checks/checkErrorReason.ts';
import { withTimeout } from '../checks/withTimeout.ts';
import type { OwnReads } from '../usage/OwnReads.ts';
import { ruleLabel, type ContractRule } from './ContractRule.ts';
import { contractRuleQuery, isColumnMeasure, type RuleMeasure } from './contractRuleQuery.ts';
import { judgeContractRule } from './judgeContractRule.ts';
import { planContractRule, tableLabel, type PlannedTarget } from './planContractRule.ts';

/** PASS and FAIL judge the data; ERROR means the rule could not be run now; SKIPPED means Polder cannot run it at all. */
export type ContractRuleOutcome = 'PASS' | 'FAIL' | 'ERROR' | 'SKIPPED';

export interface ContractRuleResult {
  checkUrn: string;
  /** `rental-orders.odcs.yaml rule orders_not_empty (rental_order)` */
  label: string;
  contractSource: string;
  outcome: ContractRuleOutcome;
  /** The number the rule was judged on; `null` for an ERROR, a skipped rule, or a query that returned NULL. */
  observedValue: number | null;
  message: string;
  /** ISO 8601, when the rule finished. */
  evaluatedAt: string;
  durationMs: number;
  sampled: boolean;
  /** The contract's own assets the rule CHECKS: its dataset, and its field for a property's rule. */
  contractUrns: string[];
  /** The crawled tables, and their columns, the rule ran on. */
  ranOn: string[];
  /** Of those, where it failed: a failure's incident is about them too. */
  failedOn: string[];
}

export interface RunContractRulesOptions {
  timeoutMs: number;
  sampleRows?: number;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Receives what the rules read of each table (usage/OwnReads.ts): counted per connection when the run closes it, so not for one dropped after a failure. */
  ownReads?: OwnReads[];
}

export async function runContractRules(rules: readonly ContractRule[], sources: readonly SourceConfig[], options: RunContractRulesOptions): Promise<ContractRuleResult[]> {
  const connections = new SourceConnections(options.timeoutMs, options.env ?? process.env, options.ownReads ?? []);
  const results: ContractRuleResult[] = [];
  try {
    for (const rule of rules) {
      const result = await runRule(rule, sources, connections, options);
      // A skipped rule is skipped on every run (a text rule, forever): said once per run in the summary, each at debug.
      const level = result.outcome === 'SKIPPED' ? 'debug' : 'info';
      options.logger?.[level](
        { check: rule.checkUrn, contract: rule.contractSource, outcome: result.outcome, observedValue: result.observedValue, durationMs: result.durationMs },
        `contract ${result.label}: ${result.outcome} ${result.message}`,
      );
      results.push(result);
    }
  } finally {
    await connections.closeAll();
  }
  return results;
}

interface TableOutcome {
  planned: PlannedTarget;
  outcome: 'PASS' | 'FAIL' | 'ERROR';
  value: number | null;
  message: string;
  sampled: boolean;
}

async function runRule(rule: ContractRule, sources: readonly SourceConfig[], connections: SourceConnections, options: RunContractRulesOptions): Promise<ContractRuleResult> {
  const started = performance.now();
  const contractUrns = [rule.datasetUrn, ...(rule.field ? [rule.field.urn] : [])];
  const result = (outcome: ContractRuleOutcome, observedValue: number | null, message: string, extra: Partial<ContractRuleResult> = {}): ContractRuleResult => ({
    checkUrn: rule.checkUrn,
    label: ruleLabel(rule),
    contractSource: rule.contractSource,
    outcome,
    observedValue,
    message,
    evaluatedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    sampled: false,
    contractUrns,
    ranOn: [],
    failedOn: [],
    ...extra,
  });

  let plan: ReturnType<typeof planContractRule>;
  try {
    plan = planContractRule(rule, sources);
  } catch (error) {
    return result('ERROR', null, `could not plan the rule: ${(error as Error).message}`);
  }
  if (!plan.runnable) return result('SKIPPED', null, plan.reason);

  const outcomes: TableOutcome[] = [];
  for (const planned of plan.targets) {
    try {
      const observation = await observe(plan.measure, planned, connections, options);
      const verdict = judgeContractRule(plan.measure, plan.conditions, observation.value, planned.target.column);
      const message = observation.sampled ? `${verdict.message}, in a sample of about ${options.sampleRows!.toLocaleString('en-US')} rows` : verdict.message;
      outcomes.push({ planned, outcome: verdict.outcome, value: observation.value, message, sampled: observation.sampled });
    } catch (error) {
      outcomes.push({ planned, outcome: 'ERROR', value: null, message: checkErrorReason(error, options.timeoutMs), sampled: false });
    }
  }
  // Several tables (one per server the contract names): it fails where any fails, and is an error where none failed but one could not run.
  const decisive = outcomes.find((item) => item.outcome === 'FAIL') ?? outcomes.find((item) => item.outcome === 'ERROR') ?? outcomes[0]!;
  const urnsOf = (items: TableOutcome[]) => items.flatMap(({ planned }) => [planned.target.datasetUrn, ...(planned.target.fieldUrn ? [planned.target.fieldUrn] : [])]);
  const messages = outcomes.length === 1 ? [outcomes[0]!.message] : outcomes.map((item) => `${tableLabel(item.planned.table)}: ${item.outcome} ${item.message}`);
  const notRun = plan.notRunOn.map((reason) => `not run on ${reason}`);
  return result(decisive.outcome, decisive.value, [...messages, ...notRun].join('; '), {
    sampled: outcomes.some((item) => item.sampled),
    ranOn: urnsOf(outcomes),
    failedOn: urnsOf(outcomes.filter((item) => item.outcome === 'FAIL')),
  });
}

/** One query on one table, within the rule's deadline; the connection is dropped when anything goes wrong. */
async function observe(measure: RuleMeasure, planned: PlannedTarget, connections: SourceConnections, options: RunContractRulesOptions): Promise<{ value: number | null; sampled: boolean }> {
  const { source, target } = planned;
  try {
    return await withTimeout(options.timeoutMs, async (signal) => {
      const connection = await connections.get(source);
      // Closing the connection under the query is how the deadline stops it on Polder's side.
      const abort = () => void connections.discard(source.id);
      if (signal.aborted) abort();
      signal.addEventListener('abort', abort, { once: true });
      try {
        const sampling = await samplingFor(measure, target, connection, options.sampleRows);
        const what = measure.kind === 'sql' ? "the rule's SQL" : `the ${measure.kind} query`;
        const value = observedNumber(await connection.firstColumn(contractRuleQuery(measure, target, sampling)), what);
        return { value, sampled: sampling !== undefined };
      } finally {
        signal.removeEventListener('abort', abort);
      }
    });
  } catch (error) {
    await connections.discard(source.id);
    throw error;
  }
}

async function samplingFor(measure: RuleMeasure, target: CheckTarget, connection: ReadOnlyConnection, sampleRows: number | undefined) {
  if (!isColumnMeasure(measure) || sampleRows === undefined) return undefined;
  const tableRows = observedNumber(await connection.firstColumn(tableSizeQuery(target, sampleRows)), 'the table size query');
  return chooseSampling(target.dialect, sampleRows, tableRows);
}

/** One read-only connection per source for a run, opened when a rule first needs it. */
class SourceConnections {
  private readonly open = new Map<string, Promise<ReadOnlyConnection>>();
  private readonly sources = new Map<string, CheckableSource>();

  constructor(
    private readonly timeoutMs: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly ownReads: OwnReads[],
  ) {}

  get(source: CheckableSource): Promise<ReadOnlyConnection> {
    let connection = this.open.get(source.id);
    if (!connection) {
      connection = openReadOnlyConnection(source, this.timeoutMs, this.env);
      // A failed open is reported by the rule that awaited it; the next rule tries again.
      connection.catch(() => this.open.get(source.id) === connection && this.open.delete(source.id));
      this.open.set(source.id, connection);
      this.sources.set(source.id, source);
    }
    return connection;
  }

  /** Closes a source's connection (a failed query, a timeout); the next rule opens a new one. */
  async discard(sourceId: string): Promise<void> {
    const connection = this.open.get(sourceId);
    this.open.delete(sourceId);
    await (await connection?.catch(() => undefined))?.close();
  }

  /** At the end of the run: counts what each connection still open read, then closes it. */
  async closeAll(): Promise<void> {
    await Promise.all(
      [...this.open].map(async ([sourceId, connection]) => {
        const open = await connection.catch(() => undefined);
        if (open) this.ownReads.push(...(await ownReadsOf(open, this.sources.get(sourceId)!)));
        await this.discard(sourceId);
      }),
    );
  }
}

