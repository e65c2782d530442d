import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { LineageInput, LineageNode, LineageResult } from './lineage.type.ts';
import { ImpactInput, ImpactResult } from './impact.type.ts';
import { impactOf, type LineageDetail } from './lineage.service.ts';
import { selectsField } from '../../graphql/selectsField.ts';

@Resolver()
export class LineageResolver {
  @Query(() => LineageResult, { description: 'Walks lineage from an asset, of datasets or of columns, bounded by depth and a node limit.' })
  lineage(@Arg('input', () => LineageInput, { description: 'Where to start, which way, how far, and how many nodes at most.' }) input: LineageInput, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<LineageResult> {
    return ctx.lineage.walk(input, detailSelected(info));
  }

  @Query(() => ImpactResult, { description: 'Impact analysis: how many datasets downstream of an asset, by domain, data product and owner.' })
  impact(@Arg('input', () => ImpactInput, { description: 'Where to start, and how many hops downstream.' }) input: ImpactInput, @Ctx() ctx: ApiContext): Promise<ImpactResult> {
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

/** What the operation reads of the walk: the walk leaves out the rest (see LineageDetail). */
function detailSelected(info: GraphQLResolveInfo): LineageDetail {
  const edgeDetails = selectsField(info, 'edges', 'transformation') || selectsField(info, 'edges', 'confidence');
  return { qualifiedNames: selectsField(info, 'nodes', 'qualifiedName'), edges: edgeDetails ? 'FULL' : selectsField(info, 'edges') ? 'ENDS' : 'NONE' };
}
