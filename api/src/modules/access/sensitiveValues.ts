/**
 * Field-level protection: the sensitive values of a restricted dataset (its
 * classifications, its columns' classifications and the classified glossary terms
 * they carry, sample values) are masked — null, or left out of a list — for callers
 * outside its domain. Only restricted datasets pay the two batched look-ups (the
 * dataset, its domain) this needs. Reads of many assets' values at once say the same
 * in Cypher (maskedInCypher.ts).
 */
import type { ApiContext } from '../../context.ts';
import { isAllowed } from './authorize.ts';

/** Whether the caller may see the sensitive values of this dataset and its columns. */
export async function maySeeSensitiveValuesOf(ctx: ApiContext, datasetUrn: string): Promise<boolean> {
  const dataset = await ctx.loaders.datasetByUrn.load(datasetUrn);
  if (!dataset?.restricted) return true;
  const domain = await ctx.loaders.domainOf.load(datasetUrn);
  return isAllowed(ctx.principal, { kind: 'seeRestricted', domain: domain?.id ?? null });
}

/** `value`, or null when it is a sensitive value of this dataset that the caller may not see. */
export async function unlessMasked<T>(ctx: ApiContext, datasetUrn: string, value: T): Promise<T | null> {
  return (await maySeeSensitiveValuesOf(ctx, datasetUrn)) ? value : null;
}
