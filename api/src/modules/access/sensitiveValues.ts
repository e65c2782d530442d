/**
 * Field-level protection: the sensitive values of a restricted dataset (its
 * classifications, its columns' classifications, sample values) are masked —
 * null — for callers outside its domain. Only restricted datasets pay the two
 * batched look-ups (the dataset, its domain) this needs.
 */
import type { ApiContext } from '../../context.ts';
import { isAllowed } from './authorize.ts';

export async function unlessMasked<T>(ctx: ApiContext, datasetUrn: string, value: T): Promise<T | null> {
  const dataset = await ctx.loaders.datasetByUrn.load(datasetUrn);
  if (!dataset?.restricted) return value;
  const domain = await ctx.loaders.domainOf.load(datasetUrn);
  return isAllowed(ctx.principal, { kind: 'seeRestricted', domain: domain?.id ?? null }) ? value : null;
}
