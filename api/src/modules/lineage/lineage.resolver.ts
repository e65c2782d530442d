import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { LineageInput, LineageResult } from './lineage.type.ts';

@Resolver()
export class LineageResolver {
  @Query(() => LineageResult, { description: 'Walks lineage from an asset, bounded by depth and a node limit.' })
  lineage(@Arg('input', () => LineageInput) input: LineageInput, @Ctx() ctx: ApiContext): Promise<LineageResult> {
    return ctx.lineage.walk(input);
  }
}
