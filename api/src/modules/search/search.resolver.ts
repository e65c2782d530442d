import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { AutocompleteInput, SearchInput, SearchResults, Suggestion } from './search.type.ts';
import { Polyseme } from '../glossary/polyseme.type.ts';

@Resolver(() => SearchResults)
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Full-text search over the catalog, with filters and facet counts.' })
  search(@Arg('input', () => SearchInput) input: SearchInput, @Ctx() ctx: ApiContext): Promise<SearchResults> {
    return ctx.search.search(input);
  }

  @Query(() => [Suggestion], { description: 'Suggestions while typing: assets whose name starts with, or nearly matches, the query.' })
  autocomplete(@Arg('input', () => AutocompleteInput) input: AutocompleteInput, @Ctx() ctx: ApiContext): Promise<Suggestion[]> {
    return ctx.search.autocomplete(input);
  }

  @FieldResolver(() => [Polyseme], { description: '"Which meaning?": the polysemes the query names (e.g. "customer"), whose `senses` say what the word means in each domain. Empty when the query names none.' })
  async meanings(@Root() results: SearchResults, @Ctx() ctx: ApiContext): Promise<Polyseme[]> {
    // A second, small Meilisearch query: sent only when a client selects `meanings`.
    const found = await ctx.polysemeLoaders.polysemeByUrn.loadMany(await ctx.search.polysemesNamed(results.query));
    // A polyseme removed since it was indexed is simply not a meaning any more.
    return found.filter((polyseme) => polyseme !== null && !(polyseme instanceof Error)) as Polyseme[];
  }
}
