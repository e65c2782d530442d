import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { AutocompleteInput, SearchInput, SearchResults, Suggestion } from './search.type.ts';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Full-text search over the catalog, with filters and facet counts.' })
  search(@Arg('input', () => SearchInput) input: SearchInput, @Ctx() ctx: ApiContext): Promise<SearchResults> {
    return ctx.search.search(input);
  }

  @Query(() => [Suggestion], { description: 'Suggestions while typing: assets whose name starts with, or nearly matches, the query.' })
  autocomplete(@Arg('input', () => AutocompleteInput) input: AutocompleteInput, @Ctx() ctx: ApiContext): Promise<Suggestion[]> {
    return ctx.search.autocomplete(input);
  }
}
