import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { CrawlRun } from './crawlRun.type.ts';
import { Domain } from '../domain/domain.type.ts';
import { Source } from './source.type.ts';
import { MAX_RUNS } from './sources.service.ts';
import { formatUrn } from '@polder/graph-schema';
import { assertAllowed } from '../access/authorize.ts';
import { CrawlRequest, CrawlRequestStatus, TriggerCrawlInput } from './crawlRequest.type.ts';
import { checkCount } from '../../limits/pageArguments.ts';

@Resolver(() => Source)
export class SourcesResolver {
  @Query(() => [Source], { description: 'Every source the mesh declares, by id.' })
  sources(@Ctx() ctx: ApiContext): Promise<Source[]> {
    return ctx.sources.allSources();
  }

  @Mutation(() => CrawlRequest, { description: 'Crawls a source now (admins). Sources themselves are declared in polder.yaml, reviewed like code.' })
  async triggerCrawl(@Arg('input', () => TriggerCrawlInput, { description: 'Which source to crawl.' }) input: TriggerCrawlInput, @Ctx() ctx: ApiContext): Promise<CrawlRequest> {
    assertAllowed(ctx.principal, { kind: 'manageSources' });
    if (!ctx.crawls) {
      throw apiError('UNAVAILABLE', 'this API process has no way to the crawlers: give it REDIS_URL, the queue the workers share, or run `npx polder crawl <source>` where polder.yaml is');
    }
    // Audited before the crawl starts: a crawl whose entry could not be written does not run.
    const outcome = await ctx.crawls.request(input.sourceId, (known) => ctx.edits.recordAction(ctx.principal, formatUrn('source', input.sourceId), 'triggerCrawl', { outcome: known }));
    if (outcome === 'UNKNOWN_SOURCE') throw apiError('NOT_FOUND', `no source "${String(input.sourceId).slice(0, 100)}" in polder.yaml`, { argument: 'input.sourceId' });
    return { sourceId: input.sourceId, status: CrawlRequestStatus[outcome] };
  }

  @FieldResolver(() => Domain, { nullable: true, description: 'The domain that owns the store.' })
  domain(@Root() source: Source, @Ctx() ctx: ApiContext): Promise<Domain | null> {
    return ctx.loaders.domainOf.load(source.urn);
  }

  @FieldResolver(() => [CrawlRun], { description: `The latest runs, newest first (at most ${MAX_RUNS}).` })
  async runs(@Root() source: Source, @Arg('limit', () => Int, { defaultValue: 20, description: 'How many runs.' }) limit: number, @Ctx() ctx: ApiContext): Promise<CrawlRun[]> {
    checkCount(limit, MAX_RUNS);
    return ctx.loaders.runsOfSource(limit).load(source.urn);
  }
}
