import { parseArgs } from 'node:util';
import type { CheckConfig, PolderConfig } from '@polder/runtime';
import { UsageError } from './UsageError.ts';

/** What `polder check` runs: the contracts' rules, or these checks of polder.yaml (none when it declares none). */
export type ChecksAskedFor = { contracts: true } | { contracts: false; checks: CheckConfig[] };

/**
 * What `polder check` is asked to run, from its arguments: every check of polder.yaml, those of one
 * source (`--source ID`), those named (`--check ID`, once per check: `--check a --check b` runs both),
 * or both filters at once; or, with `--contracts`, the contracts' rules. Checks keep polder.yaml's
 * order. Everything the arguments can be wrong about is a UsageError, said before anything starts.
 */
export function checksAskedFor(args: string[], mesh: Pick<PolderConfig['mesh'], 'sources' | 'checks'>): ChecksAskedFor {
  const { values } = parseArgs({ args, options: { source: { type: 'string' }, check: { type: 'string', multiple: true }, contracts: { type: 'boolean' } } });
  const named = values.check ?? [];
  if (values.contracts) {
    if (values.source !== undefined || named.length > 0) throw new UsageError('check --contracts runs every contract rule; it takes no --source or --check');
    return { contracts: true };
  }
  const declared = mesh.checks ?? [];
  if (values.source !== undefined && !mesh.sources.some((source) => source.id === values.source)) {
    throw new UsageError(`unknown source ${values.source} (polder.yaml declares: ${mesh.sources.map((source) => source.id).join(', ') || 'none'})`);
  }
  const unknown = named.filter((id) => !declared.some((candidate) => candidate.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown check${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} (polder.yaml declares: ${declared.map((candidate) => candidate.id).join(', ') || 'none'})`);
  }
  const elsewhere = declared.find((candidate) => named.includes(candidate.id) && values.source !== undefined && candidate.source !== values.source);
  if (elsewhere) throw new UsageError(`check ${elsewhere.id} is on source ${elsewhere.source}, not ${values.source}`);
  const checks = declared.filter((candidate) => (values.source ?? candidate.source) === candidate.source && (named.length === 0 || named.includes(candidate.id)));
  return { contracts: false, checks };
}
