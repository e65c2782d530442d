/** A data product's place in the mesh: its domain, its output and input ports, its SLA, and what the viewer may do with it. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { isAllowed } from '../access/authorize.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { Domain } from '../domain/domain.type.ts';
import { DataProduct } from './dataProduct.type.ts';
import { InputPort } from './inputPort.type.ts';
import { DataProductSla } from './sla.type.ts';
import { slaOf } from './slaOf.ts';

@Resolver(() => DataProduct)
export class DataProductResolver {
  @FieldResolver(() => Domain, { nullable: true, description: 'The domain that publishes it.' })
  domain(@Root() product: DataProduct, @Ctx() ctx: ApiContext): Promise<Domain | null> {
    return ctx.loaders.domainOf.load(product.urn);
  }

  @FieldResolver(() => [Dataset], {
    description:
      'Its output ports: the datasets it exposes. The crawled tables come first (those a person set, and those its contract\'s schema objects describe), ' +
      'then the schema objects its contract declares (platform `contract`), each by qualified name.',
  })
  outputPorts(@Root() product: DataProduct, @Ctx() ctx: ApiContext): Promise<Dataset[]> {
    return ctx.productLoaders.outputPortsOf.load(product.urn);
  }

  @FieldResolver(() => [InputPort], {
    description: 'Its input ports: the datasets it declares it consumes, and those its output ports derive from that another data product or another domain provides; by qualified name.',
  })
  inputPorts(@Root() product: DataProduct, @Ctx() ctx: ApiContext): Promise<InputPort[]> {
    return ctx.productLoaders.inputPortsOf.load(product.urn);
  }

  @FieldResolver(() => DataProductSla, { description: 'Its service-level agreement, as its contract declares it: the freshness objective and every SLA entry.' })
  sla(@Root() product: DataProduct): DataProductSla {
    return slaOf(product as unknown as Record<string, unknown>);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit its description, owners, tags, certification and output ports.' })
  async viewerCanEdit(@Root() product: DataProduct, @Ctx() ctx: ApiContext): Promise<boolean> {
    const domain = await ctx.loaders.domainOf.load(product.urn);
    return isAllowed(ctx.principal, { kind: 'editAsset', domain: domain?.id ?? null });
  }
}
