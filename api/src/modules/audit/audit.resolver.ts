import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { isUrn } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { MAX_CHANGES } from './audit.service.ts';
import { Change, ChangesInput } from './change.type.ts';

@Resolver()
export class AuditResolver {
  @Query(() => [Change], { description: 'The audit trail of an entity: every edit made through the API, newest first.' })
  changes(@Arg('input', () => ChangesInput) input: ChangesInput, @Ctx() ctx: ApiContext): Promise<Change[]> {
    if (!isUrn(input.urn)) throw apiError('BAD_USER_INPUT', `"${String(input.urn).slice(0, 200)}" is not a Polder URN`, { argument: 'input.urn' });
    if (!Number.isInteger(input.limit) || input.limit < 1 || input.limit > MAX_CHANGES) {
      throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_CHANGES}`, { argument: 'input.limit' });
    }
    return ctx.audit.changesOf(ctx.principal, input.urn, input.limit);
  }
}
