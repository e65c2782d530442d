/** From a dataset to the data products that expose it. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { DataProduct } from './dataProduct.type.ts';

@Resolver(() => Dataset)
export class DatasetProductsResolver {
  @FieldResolver(() => [DataProduct], { description: 'The data products that expose it as an output port, by name.' })
  dataProducts(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<DataProduct[]> {
    return ctx.productLoaders.dataProductsOfDataset.load(dataset.urn);
  }
}
