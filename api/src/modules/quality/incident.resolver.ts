import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Entity } from '../entity/entity.type.ts';
import { Incident, IncidentsInput, QualityCheck } from './quality.type.ts';
import { checkCount } from '../../limits/pageArguments.ts';
import { unlessObservedMasked } from './unlessObservedMasked.ts';

export const MAX_INCIDENTS = 500;

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => [Incident], { description: 'Incidents across the catalog, newest opened first.' })
  async incidents(@Arg('input', () => IncidentsInput, { description: 'Which incidents.' }) input: IncidentsInput, @Ctx() ctx: ApiContext): Promise<Incident[]> {
    checkCount(input.limit, MAX_INCIDENTS, 'input.limit');
    if (input.domain) await ctx.domains.checkDomainId(input.domain, 'input.domain');
    return ctx.quality.incidents({ domain: input.domain ?? null, state: input.state ?? null, limit: input.limit });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The message of the latest failing run. It quotes what the run observed: null for a caller outside the domain of a restricted dataset it is about (see `Dataset.restricted`).',
  })
  message(@Root() incident: Incident, @Ctx() ctx: ApiContext): Promise<string | null> {
    return unlessObservedMasked(ctx, incident.observedOn, incident.message ?? null);
  }

  @FieldResolver(() => QualityCheck, { nullable: true, description: 'The check whose failures opened it.' })
  check(@Root() incident: Incident, @Ctx() ctx: ApiContext): Promise<QualityCheck | null> {
    return incident.checkUrn ? ctx.loaders.checkByUrn.load(incident.checkUrn) : Promise.resolve(null);
  }

  @FieldResolver(() => [Entity], { description: 'The dataset it is about, and the column for a column check.' })
  async assets(@Root() incident: Incident, @Ctx() ctx: ApiContext): Promise<Entity[]> {
    const found = await ctx.loaders.entityByUrn.loadMany(incident.assetUrns);
    return found.filter((entity): entity is Entity => entity !== null && !(entity instanceof Error));
  }
}
