import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { CheckResult, QualityCheck } from './quality.type.ts';
import { checkCount } from '../../limits/pageArguments.ts';
import { unlessObservedMasked } from './unlessObservedMasked.ts';

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

/** What a run observed, masked for a restricted dataset as its sample values are (unlessObservedMasked.ts). */
@Resolver(() => CheckResult)
export class CheckResultResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'The number the check was judged on (rows, null share, age in minutes, ...); null when there is none. It is a value of the data: null too for a caller outside the domain of a restricted dataset the check reads (see `Dataset.restricted`), as its sample values are.',
  })
  observedValue(@Root() result: CheckResult, @Ctx() ctx: ApiContext): Promise<number | null> {
    return unlessObservedMasked(ctx, result.observedOn, result.observedValue ?? null);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the run found, in words. It quotes what the run observed: null, as `observedValue` is, for a caller outside the domain of a restricted dataset the check reads.',
  })
  message(@Root() result: CheckResult, @Ctx() ctx: ApiContext): Promise<string | null> {
    return unlessObservedMasked(ctx, result.observedOn, result.message ?? null);
  }
}
