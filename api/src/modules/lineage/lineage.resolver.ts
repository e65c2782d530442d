import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { LineageInput, LineageNode, LineageResult } from './lineage.type.ts';
import { ImpactInput, ImpactResult } from './impact.type.ts';
import { impactOf } from './lineage.service.ts';

@Resolver()
export class LineageResolver {
  @Query(() => LineageResult, { description: 'Walks lineage from an asset, of datasets or of columns, bounded by depth and a node limit.' })
  lineage(@Arg('input', () => LineageInput) input: LineageInput, @Ctx() ctx: ApiContext): Promise<LineageResult> {
    return ctx.lineage.walk(input);
  }

  @Query(() => ImpactResult, { description: 'Impact analysis: how many datasets downstream of an asset, by domain, data product and owner.' })
  impact(@Arg('input', () => ImpactInput) input: ImpactInput, @Ctx() ctx: ApiContext): Promise<ImpactResult> {
    return impactOf(ctx.lineage, ctx.graph, input);
  }
}

@Resolver(() => LineageNode)
export class LineageNodeResolver {
  @FieldResolver(() => Dataset, { nullable: true, description: 'The dataset holding a column (FIELD level); null for a dataset.' })
  async dataset(@Root() node: LineageNode, @Ctx() ctx: ApiContext): Promise<Dataset | null> {
    return node.datasetUrn ? ctx.loaders.datasetByUrn.load(node.datasetUrn) : null;
  }
}
