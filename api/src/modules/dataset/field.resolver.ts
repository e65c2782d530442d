import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from './dataset.type.ts';
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
}
