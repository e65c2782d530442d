/**
 * The tags the catalog uses, for suggesting them while a person types one: read from the search index's tag
 * facet (Meilisearch's facet search) within what the caller may see, as the search counts its Tag facet, so
 * no tag of a hidden asset is suggested or counted.
 */
import { checkCount } from '../../limits/pageArguments.ts';
import { cleanText } from '../edits/editInputRules.ts';
import { EntityType } from '../entity/entity.type.ts';
import type { SearchService } from './search.service.ts';
import { quoteFilterValue } from './searchFilters.ts';
import { FACETS } from './searchIndexSettings.ts';
import { rankTagUsages } from './rankTagUsages.ts';
import type { TagUsage, TagUsageInput } from './tagUsage.type.ts';

export const MAX_TAG_USAGES = 50;

/** As long as a tag may be (`setTags`, edits.resolver.ts): a longer start is no tag's. */
export const MAX_TAG_PREFIX_LENGTH = 100;

/**
 * The documents whose `tags` are tags people give assets: a dataset's (its own and its columns') and a data
 * product's. A glossary term's document files its classifications there, for the search's Tag filter; a
 * person tagging a table is not choosing among those, so they are neither suggested nor counted.
 */
const TAGGED = `type IN [${[EntityType.DATASET, EntityType.DATA_PRODUCT].map(quoteFilterValue).join(', ')}]`;

export class TagUsageService {
  constructor(private readonly search: SearchService) {}

  async tags(input: TagUsageInput): Promise<TagUsage[]> {
    checkCount(input.limit, MAX_TAG_USAGES, 'input.limit');
    const prefix = cleanText(input.prefix, 'input.prefix', MAX_TAG_PREFIX_LENGTH, 'one') ?? '';
    // The prefix goes to Meilisearch as the facet query, a value in a JSON body: never into a filter.
    const found = await this.search.facetValues(FACETS.tag, prefix, TAGGED);
    const ranked = rankTagUsages(found, prefix, input.limit);
    // Named as an asset the caller sees spells it: not after a hidden one (SearchService.spelledAsSeen).
    const names = await this.search.spelledAsSeen(FACETS.tag, ranked.map((usage) => usage.name), TAGGED);
    return ranked.map((usage, index) => ({ ...usage, name: names[index]! }));
  }
}
