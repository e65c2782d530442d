/**
 * Runs one check's query on its source and returns the number it observed.
 * The order: open a read-only connection, measure the table when the check may
 * sample (chooseSampling.ts), run the check's query, close. `signal` aborts it
 * all: the connection is closed under the running query, which is how a timeout
 * stops it on Polder's side (the store's own statement timeout stops it on its side).
 * What it read goes into `ownReads` (usage/OwnReads.ts), to be left out of the tables' usage.
 */
import type { CheckConfig } from '@polder/runtime';
import { canSample, checkQuery, tableSizeQuery } from './checkQuery.ts';
import type { CheckableSource, CheckTarget } from './checkTarget.ts';
import { chooseSampling } from './chooseSampling.ts';
import { observedNumber } from './observedNumber.ts';
import { openReadOnlyConnection } from './openReadOnlyConnection.ts';
import { ownReadsOf } from './ownReadsOf.ts';
import type { OwnReads } from '../usage/OwnReads.ts';

export interface CheckObservation {
  value: number | null;
  sampled: boolean;
}

export async function observeCheck(
  check: CheckConfig,
  source: CheckableSource,
  target: CheckTarget,
  options: { env: NodeJS.ProcessEnv; signal: AbortSignal; ownReads: OwnReads[] },
): Promise<CheckObservation> {
  const connection = await openReadOnlyConnection(source, check.timeoutMs, options.env);
  const abort = () => void connection.close();
  // Aborted while connecting: close at once rather than run the query.
  if (options.signal.aborted) abort();
  options.signal.addEventListener('abort', abort, { once: true });
  try {
    let sampling;
    if (canSample(check) && check.sampleRows !== undefined) {
      const tableRows = observedNumber(await connection.firstColumn(tableSizeQuery(target, check.sampleRows)), 'the table size query');
      sampling = chooseSampling(target.dialect, check.sampleRows, tableRows);
    }
    const what = check.kind === 'customSql' ? 'the check\'s SQL' : `the ${check.kind} query`;
    const value = observedNumber(await connection.firstColumn(checkQuery(check, target, sampling)), what);
    options.ownReads.push(...(await ownReadsOf(connection, source)));
    return { value, sampled: sampling !== undefined };
  } finally {
    options.signal.removeEventListener('abort', abort);
    await connection.close();
  }
}
