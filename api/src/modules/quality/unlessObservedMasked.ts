/**
 * What a check's run observed is a value of the data it read: a customSql check's number is whatever the
 * data yields (`SELECT max(salary) ...`), and the run's message quotes it (or a value the store quoted in an
 * error). For a restricted dataset that is a sensitive value like its sample values, masked outside its domain
 * (access/sensitiveValues.ts). The loaders behind it batch the look-ups of a whole page of results.
 */
import type { ApiContext } from '../../context.ts';
import { maySeeSensitiveValuesOf } from '../access/sensitiveValues.ts';

/** `value`, or null when a dataset it was observed on has sensitive values the caller may not see. */
export async function unlessObservedMasked<T>(ctx: ApiContext, observedOn: readonly string[], value: T): Promise<T | null> {
  const seen = await Promise.all(observedOn.map((datasetUrn) => maySeeSensitiveValuesOf(ctx, datasetUrn)));
  return seen.every(Boolean) ? value : null;
}
