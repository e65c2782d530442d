import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from './dataset.type.ts';
import { GlossaryTerm } from '../glossary/glossaryTerm.type.ts';
import { unlessMasked } from '../access/sensitiveValues.ts';
import { classificationsOf } from '../edits/editableView.ts';
import { SchemaField } from './field.type.ts';

@Resolver(() => SchemaField)
export class SchemaFieldResolver {
  @FieldResolver(() => SchemaField, { nullable: true, description: 'The column this one references (foreign key).' })
  references(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<SchemaField | null> {
    return ctx.loaders.referencedField.load(field.urn);
  }

  @FieldResolver(() => Dataset, { nullable: true, description: 'The dataset that holds this column.' })
  dataset(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<Dataset | null> {
    return ctx.loaders.datasetByUrn.load(field.datasetUrn);
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The business terms this column carries; a term the glossary classifies (e.g. PII) is left out when its dataset is restricted and you are outside its domain, since carrying it tells the masked classifications (see `classifications`).' })
  terms(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return ctx.loaders.termsOf.load(field.urn);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Classifications such as PII; null when masked (its dataset is restricted and you are outside its domain).' })
  classifications(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<string[] | null> {
    return unlessMasked(ctx, field.datasetUrn, classificationsOf(field as unknown as Record<string, unknown>));
  }
}
