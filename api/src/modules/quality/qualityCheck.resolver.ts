import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { CheckResult, QualityCheck } from './quality.type.ts';
import { checkCount } from '../../limits/pageArguments.ts';

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
    checkCount(limit, MAX_RESULTS);
    return ctx.loaders.resultsOfCheck(limit).load(check.urn);
  }
}
