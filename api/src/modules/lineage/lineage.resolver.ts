import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { LineageEdge, LineageInput, LineageNode, LineageResult } from './lineage.type.ts';
import { Job } from '../jobs/job.type.ts';
import { EntityType } from '../entity/entity.type.ts';
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

@Resolver(() => LineageEdge)
export class LineageEdgeResolver {
  @FieldResolver(() => Job, {
    nullable: true,
    description:
      'The job that moves the data along the edge, as the OpenLineage run that reported the edge named it (between datasets, and between columns of its column lineage facet); ' +
      'where two jobs both move data along it, the one whose run reported it last. ' +
      'Null when its source names no job (a view\'s SQL, a dbt model, a column lineage pushed without a run), and when the job is hidden from the caller because it writes a dataset hidden from them, as `job(urn:)` then answers null. ' +
      'When two sources record the edge, the job of the one returned (see `confidence`). The jobs of all the walk\'s edges are read in one query.',
  })
  async job(@Root() edge: LineageEdge, @Ctx() ctx: ApiContext): Promise<Job | null> {
    if (!edge.jobUrn) return null;
    // Through the batched entity look-up: the walk's edges share one query, which also leaves out a job the caller may not see.
    const entity = await ctx.loaders.entityByUrn.load(edge.jobUrn);
    return entity?.type === EntityType.JOB ? (entity as Job) : null;
  }
}

/** What the operation reads of the walk: the walk leaves out the rest (see LineageDetail). */
function detailSelected(info: GraphQLResolveInfo): LineageDetail {
  return { qualifiedNames: selectsField(info, 'nodes', 'qualifiedName'), edges: edgesSelected(info) };
}

/** How much of each edge to read. A job needs the confidences too: of two sources' records of one edge, the surer names the job. */
function edgesSelected(info: GraphQLResolveInfo): LineageDetail['edges'] {
  if (selectsField(info, 'edges', 'job')) return 'WITH_JOB';
  if (selectsField(info, 'edges', 'transformation') || selectsField(info, 'edges', 'confidence')) return 'FULL';
  return selectsField(info, 'edges') ? 'ENDS' : 'NONE';
}
