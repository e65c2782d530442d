import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { SearchInput, SearchResults } from './search.type.ts';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Full-text search over the catalog, best match first.' })
  search(@Arg('input', () => SearchInput) input: SearchInput, @Ctx() ctx: ApiContext): Promise<SearchResults> {
    return ctx.search.search(input);
  }
}
