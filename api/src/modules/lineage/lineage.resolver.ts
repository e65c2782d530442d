import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { LineageInput, LineageResult } from './lineage.type.ts';
import { ImpactInput, ImpactResult } from './impact.type.ts';
import { impactOf } from './lineage.service.ts';

@Resolver()
export class LineageResolver {
  @Query(() => LineageResult, { description: 'Walks lineage from an asset, bounded by depth and a node limit.' })
  lineage(@Arg('input', () => LineageInput) input: LineageInput, @Ctx() ctx: ApiContext): Promise<LineageResult> {
    return ctx.lineage.walk(input);
  }

  @Query(() => ImpactResult, { description: 'Impact analysis: how many datasets downstream of an asset, by domain, data product and owner.' })
  impact(@Arg('input', () => ImpactInput) input: ImpactInput, @Ctx() ctx: ApiContext): Promise<ImpactResult> {
    return impactOf(ctx.lineage, ctx.graph, input);
  }
}
