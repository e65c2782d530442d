import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isUrn } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { MAX_CHANGES } from './audit.service.ts';
import { Change, ChangesInput } from './change.type.ts';
import { NamedUrn } from './namedUrn.type.ts';
import { namesOfUrnsIn } from './urnNames.ts';
import { withoutMaskedValues } from './sensitiveChangeValues.ts';
import { checkCount } from '../../limits/pageArguments.ts';

@Resolver()
export class AuditResolver {
  @Query(() => [Change], { description: 'The audit trail of an entity: every edit made through the API, newest first.' })
  changes(@Arg('input', () => ChangesInput, { description: 'Whose history, and how much of it.' }) input: ChangesInput, @Ctx() ctx: ApiContext): Promise<Change[]> {
    if (!isUrn(input.urn)) throw apiError('BAD_USER_INPUT', `"${String(input.urn).slice(0, 200)}" is not a Polder URN`, { argument: 'input.urn' });
    checkCount(input.limit, MAX_CHANGES, 'input.limit');
    return ctx.audit.changesOf(ctx.principal, input.urn, input.limit);
  }
}

@Resolver(() => Change)
export class ChangeFieldsResolver {
  @FieldResolver(() => String, { description: "The edited values before, as readers saw them (a person's value, else the source's), as a JSON object; a sensitive value the caller may not see is null, and a classified term it may not see is left out of a list of terms." })
  before(@Root() change: Change, @Ctx() ctx: ApiContext): Promise<string> {
    return withoutMaskedValues(ctx, change.about, change.before);
  }

  @FieldResolver(() => String, { description: 'The edited values after, as a JSON object; a sensitive value the caller may not see is null, and a classified term it may not see is left out of a list of terms.' })
  after(@Root() change: Change, @Ctx() ctx: ApiContext): Promise<string> {
    return withoutMaskedValues(ctx, change.about, change.after);
  }

  @FieldResolver(() => [NamedUrn], { description: 'Names for the URNs its values hold, to show instead of the URNs: one query for every entry of a list.' })
  async names(@Root() change: Change, @Ctx() ctx: ApiContext): Promise<NamedUrn[]> {
    // Named from the values as the caller reads them: a masked term's URN gets no name either.
    const values = await Promise.all([withoutMaskedValues(ctx, change.about, change.before), withoutMaskedValues(ctx, change.about, change.after)]);
    return namesOfUrnsIn(values, (urns) => ctx.loaders.entityByUrn.loadMany(urns));
  }
}
