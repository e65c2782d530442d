import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { CrawlRun } from './crawlRun.type.ts';
import { Source } from './source.type.ts';
import { MAX_RUNS } from './sources.service.ts';

@Resolver(() => Source)
export class SourcesResolver {
  @Query(() => [Source], { description: 'Every source the mesh declares, by id.' })
  sources(@Ctx() ctx: ApiContext): Promise<Source[]> {
    return ctx.sources.allSources();
  }

  @FieldResolver(() => [CrawlRun], { description: `The latest runs, newest first (at most ${MAX_RUNS}).` })
  async runs(@Root() source: Source, @Arg('limit', () => Int, { defaultValue: 20, description: 'How many runs.' }) limit: number, @Ctx() ctx: ApiContext): Promise<CrawlRun[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RUNS) throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_RUNS}`, { argument: 'limit' });
    return ctx.loaders.runsOfSource(limit).load(source.urn);
  }
}
