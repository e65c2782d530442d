import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { AutocompleteInput, SearchHit, SearchInput, SearchResults, Suggestion } from './search.type.ts';
import { Polyseme } from '../glossary/polyseme.type.ts';
import { EntityType } from '../entity/entity.type.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { selectsField } from '../../graphql/selectsField.ts';

/** The kinds of assets that have a trust score. */
const SCORED = new Set<EntityType>([EntityType.DATASET, EntityType.DATA_PRODUCT]);

@Resolver(() => SearchResults)
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Full-text search over the catalog, with filters and facet counts.' })
  async search(@Arg('input', () => SearchInput, { description: 'The words, filters, page and order.' }) input: SearchInput, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<SearchResults> {
    // "Which meaning?" needs only the query: its lookup runs beside the search instead of after it.
    const polysemesNamed = selectsField(info, 'meanings') ? ctx.search.polysemesNamed(input.query) : undefined;
    // Awaited by `meanings`; should the search fail first, its failure is the one reported.
    polysemesNamed?.catch(() => undefined);
    return { ...(await ctx.search.search(input)), polysemesNamed };
  }

  @Query(() => [Suggestion], { description: 'Suggestions while typing: assets whose name starts with, or nearly matches, the query.' })
  autocomplete(@Arg('input', () => AutocompleteInput, { description: 'What was typed so far, and how many suggestions.' }) input: AutocompleteInput, @Ctx() ctx: ApiContext): Promise<Suggestion[]> {
    return ctx.search.autocomplete(input);
  }

  @FieldResolver(() => [Polyseme], { description: '"Which meaning?": the polysemes the query names (e.g. "customer"), whose `senses` say what the word means in each domain. Empty when the query names none.' })
  async meanings(@Root() results: SearchResults, @Ctx() ctx: ApiContext): Promise<Polyseme[]> {
    // A second, small Meilisearch query: sent only when a client selects `meanings` (by `search` already, as a rule).
    const found = await ctx.polysemeLoaders.polysemeByUrn.loadMany(await (results.polysemesNamed ?? ctx.search.polysemesNamed(results.query)));
    // A polyseme removed since it was indexed is simply not a meaning any more.
    return found.filter((polyseme) => polyseme !== null && !(polyseme instanceof Error)) as Polyseme[];
  }
}

@Resolver(() => SearchHit)
export class SearchHitResolver {
  @FieldResolver(() => Int, { nullable: true, description: "Trust score (0–100) of a dataset or data product, as its page shows it, for a badge; null for other kinds of assets and for one not scored yet. One graph query for a page of hits." })
  trustScore(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Promise<number | null> | null {
    return SCORED.has(hit.type) ? ctx.loaders.trustScoreOf.load(hit.urn) : null;
  }

  @FieldResolver(() => Dataset, { nullable: true, description: 'For a partition: the partitioned table it is part of, which a reader most likely wants instead (PostgreSQL). One graph query for a page of hits.' })
  partitionOf(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Promise<Dataset | null> | null {
    return hit.type === EntityType.DATASET ? ctx.loaders.partitionedTableOf.load(hit.urn) : null;
  }
}
