import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.ts';
import { ApiLimits } from './apiLimits.type.ts';

@Resolver()
export class LimitsResolver {
  // Anyone may read them, signed in or not: they are settings, not catalog data, and a tool needs them
  // before its first request.
  @Query(() => ApiLimits, { description: 'The caps and bounds this API enforces, as configured. Readable without signing in.' })
  limits(@Ctx() ctx: ApiContext): ApiLimits {
    return ctx.limits;
  }
}
