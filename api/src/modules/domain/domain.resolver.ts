/** The domains of the mesh: the list, and what each publishes and holds. */
import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { DataProduct } from '../products/dataProduct.type.ts';
import { Domain } from './domain.type.ts';

@Resolver(() => Domain)
export class DomainResolver {
  @Query(() => [Domain], { description: 'Every domain of the mesh (polder.yaml), by name.' })
  domains(@Ctx() ctx: ApiContext): Promise<Domain[]> {
    return ctx.domains.allDomains();
  }

  @FieldResolver(() => [DataProduct], { description: 'The data products it publishes, by name.' })
  dataProducts(@Root() domain: Domain, @Ctx() ctx: ApiContext): Promise<DataProduct[]> {
    return ctx.productLoaders.dataProductsOfDomain.load(domain.urn);
  }

  @FieldResolver(() => Int, { description: 'How many crawled datasets (tables, views, models, ...) it owns; the schema objects its contracts declare are not counted.' })
  async datasetCount(@Root() domain: Domain, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.domainLoaders.countsOfDomain.load(domain.urn)).datasets;
  }

  @FieldResolver(() => Int, { description: 'How many data products it publishes.' })
  async dataProductCount(@Root() domain: Domain, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.domainLoaders.countsOfDomain.load(domain.urn)).dataProducts;
  }

  @FieldResolver(() => Int, { description: 'How many sources (stores, contract repositories) it owns.' })
  async sourceCount(@Root() domain: Domain, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.domainLoaders.countsOfDomain.load(domain.urn)).sources;
  }
}
