import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { isUrn, type UrnType } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { Domain } from '../domain/domain.type.ts';
import { Source } from '../sources/source.type.ts';
import { SchemaField } from '../dataset/field.type.ts';
import { DataProduct } from '../products/dataProduct.type.ts';
import { Job } from '../jobs/job.type.ts';
import { Entity } from './entity.type.ts';

export const MAX_ENTITIES_PER_REQUEST = 100;

/** Refuses a malformed URN (or one of the wrong type) with the argument named. */
function checkUrn(urn: string, argument: string, type?: UrnType): void {
  if (!isUrn(urn, type)) {
    throw apiError('BAD_USER_INPUT', `"${String(urn).slice(0, 200)}" is not a ${type ?? 'Polder'} URN`, { argument });
  }
}

@Resolver()
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'Any entity by URN; null when there is none.' })
  entity(@Arg('urn', () => ID, { description: 'Any Polder URN.' }) urn: string, @Ctx() ctx: ApiContext): Promise<Entity | null> {
    checkUrn(urn, 'urn');
    return ctx.loaders.entityByUrn.load(urn);
  }

  @Query(() => [Entity], { nullable: 'items', description: `Entities by URN, in the order asked, null for unknown ones (at most ${MAX_ENTITIES_PER_REQUEST}).` })
  entities(@Arg('urns', () => [ID], { description: 'Polder URNs.' }) urns: string[], @Ctx() ctx: ApiContext): Promise<Array<Entity | null>> {
    if (urns.length > MAX_ENTITIES_PER_REQUEST) throw apiError('BAD_USER_INPUT', `at most ${MAX_ENTITIES_PER_REQUEST} URNs per request`, { argument: 'urns' });
    urns.forEach((urn, index) => checkUrn(urn, `urns[${index}]`));
    return ctx.loaders.entityByUrn.loadMany(urns).then((results) => results.map((result) => (result instanceof Error ? null : result)));
  }

  @Query(() => SchemaField, { nullable: true, description: 'A column by URN; null when there is none.' })
  async field(@Arg('urn', () => ID, { description: 'A field URN.' }) urn: string, @Ctx() ctx: ApiContext): Promise<SchemaField | null> {
    checkUrn(urn, 'urn', 'field');
    return (await ctx.loaders.entityByUrn.load(urn)) as SchemaField | null;
  }

  @Query(() => Domain, { nullable: true, description: 'A domain by URN; null when there is none.' })
  async domain(@Arg('urn', () => ID, { description: 'A domain URN, e.g. urn:polder:domain:rentals.' }) urn: string, @Ctx() ctx: ApiContext): Promise<Domain | null> {
    checkUrn(urn, 'urn', 'domain');
    return (await ctx.loaders.entityByUrn.load(urn)) as Domain | null;
  }

  @Query(() => Source, { nullable: true, description: 'A crawled source by URN; null when there is none.' })
  async source(@Arg('urn', () => ID, { description: 'A source URN, e.g. urn:polder:source:rentals-db.' }) urn: string, @Ctx() ctx: ApiContext): Promise<Source | null> {
    checkUrn(urn, 'urn', 'source');
    return (await ctx.loaders.entityByUrn.load(urn)) as Source | null;
  }

  @Query(() => DataProduct, { nullable: true, description: 'A data product by URN; null when there is none.' })
  async dataProduct(@Arg('urn', () => ID, { description: 'A data product URN.' }) urn: string, @Ctx() ctx: ApiContext): Promise<DataProduct | null> {
    checkUrn(urn, 'urn', 'dataProduct');
    return (await ctx.loaders.entityByUrn.load(urn)) as DataProduct | null;
  }

  @Query(() => Job, { nullable: true, description: 'A job (from OpenLineage) by URN; null when there is none.' })
  async job(@Arg('urn', () => ID, { description: 'A job URN, e.g. urn:polder:job:(namespace,name).' }) urn: string, @Ctx() ctx: ApiContext): Promise<Job | null> {
    checkUrn(urn, 'urn', 'job');
    return (await ctx.loaders.entityByUrn.load(urn)) as Job | null;
  }
}
