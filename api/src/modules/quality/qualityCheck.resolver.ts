import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { CheckResult, QualityCheck } from './quality.type.ts';

export const MAX_RESULTS = 200;

@Resolver(() => QualityCheck)
export class QualityCheckResolver {
  @FieldResolver(() => CheckResult, { nullable: true, description: 'Its newest result; null when it has not run yet.' })
  async latestResult(@Root() check: QualityCheck, @Ctx() ctx: ApiContext): Promise<CheckResult | null> {
    return (await ctx.loaders.resultsOfCheck(1).load(check.urn))[0] ?? null;
  }

  @FieldResolver(() => [CheckResult], { description: 'Its results, newest first.' })
  results(
    @Root() check: QualityCheck,
    @Arg('limit', () => Int, { defaultValue: 20, description: `How many (1–${MAX_RESULTS}).` }) limit: number,
    @Ctx() ctx: ApiContext,
  ): Promise<CheckResult[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESULTS) throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_RESULTS}`, { argument: 'limit' });
    return ctx.loaders.resultsOfCheck(limit).load(check.urn);
  }
}
