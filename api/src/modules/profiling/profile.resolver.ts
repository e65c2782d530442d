/** A column's profile: its numbers for every reader, its values only where they may be seen. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { unlessMasked } from '../access/sensitiveValues.ts';
import { SchemaField } from '../dataset/field.type.ts';
import { ColumnProfile } from './columnProfile.type.ts';

@Resolver(() => SchemaField)
export class FieldProfileResolver {
  @FieldResolver(() => ColumnProfile, {
    nullable: true,
    description:
      'Its latest profile (null fraction, distinct count, min, max, top values); null when it has never been profiled. ' +
      'Values (min, max, top values) are null for a sensitive column, and masked like classifications when its dataset is restricted and you are outside its domain.',
  })
  async profile(@Root() field: SchemaField, @Ctx() ctx: ApiContext): Promise<ColumnProfile | null> {
    const profile = await ctx.loaders.profileOf.load(field.urn);
    if (!profile) return null;
    // A sensitive column has no values to mask; this keeps the rule that restricted values stay in their domain even so.
    const values = await unlessMasked(ctx, field.datasetUrn, { min: profile.min, max: profile.max, topValues: profile.topValues });
    return values ? { ...profile, ...values } : { ...profile, min: null, max: null, topValues: null };
  }
}
