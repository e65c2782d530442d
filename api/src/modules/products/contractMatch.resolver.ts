/**
 * A data contract's promise and what is really there, side by side: the schema
 * object a contract declares (a `contract` dataset) and the crawled table it
 * describes, as the contract linker matched them after a crawl
 * (crawlers/src/sources/contract/linkContractDatasets.ts).
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';

@Resolver(() => Dataset)
export class ContractMatchResolver {
  @FieldResolver(() => [Dataset], {
    description: 'For a schema object a data contract declares (platform `contract`): the crawled tables it describes (same platform, database, schema and name). Empty when none was found.',
  })
  describes(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<Dataset[]> {
    return ctx.productLoaders.tablesDescribedBy.load(dataset.urn);
  }

  @FieldResolver(() => [Dataset], { description: 'For a crawled table: the schema objects of data contracts that describe it (see `describes`).' })
  describedBy(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<Dataset[]> {
    return ctx.productLoaders.contractDatasetsDescribing.load(dataset.urn);
  }
}
