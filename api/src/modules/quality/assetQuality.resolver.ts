/** The quality fields of datasets and columns: their checks and incidents. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { SchemaField } from '../dataset/field.type.ts';
import { Incident, IncidentState, QualityCheck } from './quality.type.ts';

@Resolver(() => Dataset)
export class DatasetQualityResolver {
  @FieldResolver(() => [QualityCheck], { description: 'Quality checks on it or on its columns (dbt tests, contract rules, Polder checks), by name.' })
  qualityChecks(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<QualityCheck[]> {
    return ctx.loaders.checksOf.load(dataset.urn);
  }

  @FieldResolver(() => [Incident], { description: 'Incidents about it, newest opened first.' })
  incidents(
    @Root() dataset: Dataset,
    @Arg('state', () => IncidentState, { nullable: true, description: 'Only open or only resolved ones; both when absent.' }) state: IncidentState | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Incident[]> {
    return ctx.loaders.incidentsOf(state ?? null).load(dataset.urn);
  }
}

@Resolver(() => SchemaField)
export class FieldQualityResolver {
  @FieldResolver(() => [QualityCheck], { description: 'Quality checks on this column, by name.' })
  qualityChecks(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<QualityCheck[]> {
    return ctx.loaders.checksOf.load(field.urn);
  }
}
