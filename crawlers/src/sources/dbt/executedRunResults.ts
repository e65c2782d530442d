import type { CrawlWarning } from '@polder/graph-schema';
import type { DbtRunResult, DbtRunResults } from './artifacts.ts';

export interface ExecutedRunResults {
  /** dbt's invocation id of the run: the results of one run share it. */
  invocationId: string;
  /** When dbt wrote the file: the time of a result that has no timing of its own. */
  generatedAt: string | null;
  byUniqueId: Map<string, DbtRunResult>;
}

// `dbt compile`, `dbt docs generate`, `dbt show`, `dbt list` also write run_results.json,
// with every node "success": that says the SQL compiled, not that a model was built or a test passed.
const EXECUTING_COMMANDS = new Set(['build', 'run', 'test', 'seed', 'snapshot', 'retry']);
const COMMAND_LINES: Record<string, string> = { generate: 'dbt docs generate' };

/**
 * The results of a run_results.json that record an execution, by unique_id; none,
 * with a warning, when the command that wrote the file executed nothing. A common
 * cause: `dbt docs generate` after `dbt build` overwrites the build's run_results.json.
 * Files that do not name their command (older dbt) are taken as executions.
 */
export function executedRunResults(runResults: DbtRunResults | null, where: string): { executed: ExecutedRunResults | null; warnings: CrawlWarning[] } {
  if (!runResults) return { executed: null, warnings: [] };
  const command = runResults.args?.which;
  if (command !== undefined && !EXECUTING_COMMANDS.has(command)) {
    const commandLine = (Object.hasOwn(COMMAND_LINES, command) ? COMMAND_LINES[command] : undefined) ?? `dbt ${command}`;
    return {
      executed: null,
      warnings: [{ where, message: `run_results.json was written by \`${commandLine}\`, which builds and tests nothing: no test results or run outcomes are recorded (crawl the run_results.json of a \`dbt build\` or \`dbt test\`)` }],
    };
  }
  const invocationId = runResults.metadata.invocation_id ?? runResults.metadata.generated_at;
  if (!invocationId) {
    return { executed: null, warnings: [{ where, message: 'run_results.json names neither its invocation_id nor when it was generated: its results cannot be told from another run\'s, so none are recorded' }] };
  }
  return { executed: { invocationId, generatedAt: runResults.metadata.generated_at ?? null, byUniqueId: new Map(runResults.results.map((result) => [result.unique_id, result])) }, warnings: [] };
}

/** When a result's execution finished (or, failing that, started): the time its outcome is true of. */
export function executedAt(result: DbtRunResult): string | null {
  const execute = result.timing?.find((step) => step.name === 'execute');
  return execute?.completed_at ?? execute?.started_at ?? null;
}
