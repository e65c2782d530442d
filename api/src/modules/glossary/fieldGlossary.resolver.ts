import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { unlessMasked } from '../access/sensitiveValues.ts';
import { SchemaField } from '../dataset/field.type.ts';

@Resolver(() => SchemaField)
export class FieldGlossaryResolver {
  @FieldResolver(() => [String], {
    nullable: true,
    description: 'Classifications the column inherits from the glossary terms it carries (e.g. PII from "Email address"), sorted; null when masked, like `classifications`.',
  })
  async inheritedClassifications(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<string[] | null> {
    const terms = await ctx.loaders.termsOf.load(field.urn);
    const inherited = [...new Set(terms.flatMap((term) => term.classifications ?? []))].sort();
    return unlessMasked(ctx, field.datasetUrn, inherited);
  }
}
