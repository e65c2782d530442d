/** `trust` and `trustHistory` on datasets and data products. The score itself is stored on the asset, so `trust` needs no query. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { DataProduct } from '../products/dataProduct.type.ts';
import { TrustHistoryEntry, TrustScore } from './trust.type.ts';
import { trustScoreOf } from './trustScoreOf.ts';

export const MAX_TRUST_HISTORY = 200;

function history(urn: string, limit: number, ctx: ApiContext): Promise<TrustHistoryEntry[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TRUST_HISTORY) throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_TRUST_HISTORY}`, { argument: 'limit' });
  return ctx.loaders.trustHistoryOf(limit).load(urn);
}

const TRUST = { nullable: true, description: 'Its trust score (0–100) with each component\'s value, weight and evidence; null until it has been scored.' };
const HISTORY = { description: 'Its trust score over time, newest first: one entry per change.' };
const LIMIT = { defaultValue: 20, description: `How many entries (1–${MAX_TRUST_HISTORY}).` };

@Resolver(() => Dataset)
export class DatasetTrustResolver {
  @FieldResolver(() => TrustScore, TRUST)
  trust(@Root() dataset: Dataset): TrustScore | null {
    return trustScoreOf(dataset as unknown as Record<string, unknown>);
  }

  @FieldResolver(() => [TrustHistoryEntry], HISTORY)
  trustHistory(@Root() dataset: Dataset, @Arg('limit', () => Int, LIMIT) limit: number, @Ctx() ctx: ApiContext): Promise<TrustHistoryEntry[]> {
    return history(dataset.urn, limit, ctx);
  }
}

@Resolver(() => DataProduct)
export class DataProductTrustResolver {
  @FieldResolver(() => TrustScore, TRUST)
  trust(@Root() product: DataProduct): TrustScore | null {
    return trustScoreOf(product as unknown as Record<string, unknown>);
  }

  @FieldResolver(() => [TrustHistoryEntry], HISTORY)
  trustHistory(@Root() product: DataProduct, @Arg('limit', () => Int, LIMIT) limit: number, @Ctx() ctx: ApiContext): Promise<TrustHistoryEntry[]> {
    return history(product.urn, limit, ctx);
  }
}
