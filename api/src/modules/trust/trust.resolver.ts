/**
 * `trust` and `trustHistory` on datasets and data products. The score itself is stored on the asset;
 * `trust` asks only which URNs its evidence names are hidden from the caller (one query per GraphQL
 * level, none for a caller who sees every domain), see withoutHiddenEvidence.ts.
 */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { DataProduct } from '../products/dataProduct.type.ts';
import { TrustHistoryEntry, TrustScore } from './trust.type.ts';
import { trustScoreOf } from './trustScoreOf.ts';
import { evidenceUrns, withoutHiddenEvidence } from './withoutHiddenEvidence.ts';
import { visibilityParameters } from '../access/assetVisibility.ts';
import { checkCount } from '../../limits/pageArguments.ts';

export const MAX_TRUST_HISTORY = 200;

function history(urn: string, limit: number, ctx: ApiContext): Promise<TrustHistoryEntry[]> {
  checkCount(limit, MAX_TRUST_HISTORY);
  return ctx.loaders.trustHistoryOf(limit).load(urn);
}

/** The stored score of an asset as this caller may read it: evidence naming what they may not see is anonymised. */
async function visibleTrust(urn: string, props: Record<string, unknown>, ctx: ApiContext): Promise<TrustScore | null> {
  const trust = trustScoreOf(props);
  if (!trust || visibilityParameters(ctx.principal).everyDomain) return trust;
  const urns = evidenceUrns(trust, urn);
  if (urns.length === 0) return trust;
  // load, not loadMany: a failed look-up must fail the field, never show the evidence unfiltered.
  const hidden = await Promise.all(urns.map((evidenceUrn) => ctx.loaders.evidenceHidden.load(evidenceUrn)));
  return withoutHiddenEvidence(trust, new Set(urns.filter((_, index) => hidden[index])));
}

const TRUST = { nullable: true, description: 'Its trust score (0–100) with each component\'s value, weight and evidence; null until it has been scored.' };
const HISTORY = { description: 'Its trust score over time, newest first: one entry per change.' };
const LIMIT = { defaultValue: 20, description: `How many entries (1–${MAX_TRUST_HISTORY}).` };

@Resolver(() => Dataset)
export class DatasetTrustResolver {
  @FieldResolver(() => TrustScore, TRUST)
  trust(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<TrustScore | null> {
    return visibleTrust(dataset.urn, dataset as unknown as Record<string, unknown>, ctx);
  }

  @FieldResolver(() => [TrustHistoryEntry], HISTORY)
  trustHistory(@Root() dataset: Dataset, @Arg('limit', () => Int, LIMIT) limit: number, @Ctx() ctx: ApiContext): Promise<TrustHistoryEntry[]> {
    return history(dataset.urn, limit, ctx);
  }
}

@Resolver(() => DataProduct)
export class DataProductTrustResolver {
  @FieldResolver(() => TrustScore, TRUST)
  trust(@Root() product: DataProduct, @Ctx() ctx: ApiContext): Promise<TrustScore | null> {
    return visibleTrust(product.urn, product as unknown as Record<string, unknown>, ctx);
  }

  @FieldResolver(() => [TrustHistoryEntry], HISTORY)
  trustHistory(@Root() product: DataProduct, @Arg('limit', () => Int, LIMIT) limit: number, @Ctx() ctx: ApiContext): Promise<TrustHistoryEntry[]> {
    return history(product.urn, limit, ctx);
  }
}
