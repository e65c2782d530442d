/** A dataset's change history: the audit trail of its edits, on the dataset itself. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { checkCount, limitArgument } from '../../limits/pageArguments.ts';
import { MAX_CHANGES } from './audit.service.ts';
import { Change } from './change.type.ts';

@Resolver(() => Dataset)
export class DatasetChangesResolver {
  @FieldResolver(() => [Change], { description: 'Its change history: every edit made to it through the API, newest first (as `changes(input: {urn})`).' })
  changes(@Root() dataset: Dataset, @Arg('limit', () => Int, limitArgument(20, MAX_CHANGES)) limit: number, @Ctx() ctx: ApiContext): Promise<Change[]> {
    return ctx.loaders.changesOf(checkCount(limit, MAX_CHANGES)).load(dataset.urn);
  }
}
