/** The quality fields of datasets and columns: their checks and incidents. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkPage, limitArgument, OFFSET_ARGUMENT } from '../../limits/pageArguments.ts';
import { MAX_INCIDENTS } from './incident.resolver.ts';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { SchemaField } from '../dataset/field.type.ts';
import { Incident, IncidentState, QualityCheck } from './quality.type.ts';

/** A dataset's incidents a page at a time: its open ones are at most one a check, its resolved ones grow with time. */
const DEFAULT_INCIDENT_PAGE = 50;

@Resolver(() => Dataset)
export class DatasetQualityResolver {
  @FieldResolver(() => [QualityCheck], { description: 'Quality checks on it or on its columns (dbt tests, contract rules, Polder checks), by name.' })
  qualityChecks(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<QualityCheck[]> {
    return ctx.loaders.checksOf.load(dataset.urn);
  }

  @FieldResolver(() => [Incident], { description: 'Incidents about it, newest opened first, a page at a time.' })
  incidents(
    @Root() dataset: Dataset,
    @Arg('state', () => IncidentState, { nullable: true, description: 'Only open or only resolved ones; both when absent.' }) state: IncidentState | null,
    @Arg('limit', () => Int, limitArgument(DEFAULT_INCIDENT_PAGE, MAX_INCIDENTS)) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
    @Ctx() ctx: ApiContext,
  ): Promise<Incident[]> {
    return ctx.loaders.incidentsOf({ state: state ?? null, ...checkPage(limit, offset, MAX_INCIDENTS) }).load(dataset.urn);
  }

  @FieldResolver(() => Int, { description: 'How many incidents are about it (only open or only resolved ones when `state` is set): the total beside the pages of `incidents`.' })
  incidentCount(
    @Root() dataset: Dataset,
    @Arg('state', () => IncidentState, { nullable: true, description: 'Only open or only resolved ones; both when absent.' }) state: IncidentState | null,
    @Ctx() ctx: ApiContext,
  ): Promise<number> {
    return ctx.loaders.incidentCountOf(state ?? null).load(dataset.urn);
  }
}

@Resolver(() => SchemaField)
export class FieldQualityResolver {
  @FieldResolver(() => [QualityCheck], { description: 'Quality checks on this column, by name.' })
  qualityChecks(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<QualityCheck[]> {
    return ctx.loaders.checksOf.load(field.urn);
  }
}
