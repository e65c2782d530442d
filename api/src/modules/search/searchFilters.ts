/**
 * Turns the structured filters of a search (`orFilters: [{and: [{field, values,
 * negated}]}]`) into a Meilisearch filter expression. Field names come only
 * from the fixed table below, and every value is quoted and escaped, so no user
 * text is ever spliced into the expression as syntax.
 *
 *   [{and: [{field: "domain", values: ["Rentals", "Finance"]}, {field: "tag", values: ["pii"], negated: true}]}]
 *   → (domain IN ["Rentals", "Finance"] AND tags NOT IN ["pii"])
 */
import { apiError } from '../../errors.ts';

/** Filter field (GraphQL) → document attribute (Meilisearch). */
export const FILTER_FIELDS = {
  type: 'type',
  subtype: 'subtype',
  domain: 'domain',
  platform: 'platform',
  source: 'source',
  owner: 'owners',
  tag: 'tags',
  term: 'termSenses',
  certified: 'certified',
  partition: 'partition',
} as const;
export type FilterField = keyof typeof FILTER_FIELDS;

export interface SearchFilterInput {
  field: string;
  values: string[];
  negated?: boolean | null;
}

export const MAX_FILTER_VALUES = 100;

/** Quotes a value for a Meilisearch filter: backslashes and double quotes are escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function buildSearchFilter(orFilters: Array<{ and: SearchFilterInput[] }>): string | undefined {
  const groups = orFilters
    .map((group, groupIndex) =>
      group.and.map((filter, filterIndex) => {
        const where = `orFilters[${groupIndex}].and[${filterIndex}]`;
        if (!Object.hasOwn(FILTER_FIELDS, filter.field)) {
          throw apiError('BAD_USER_INPUT', `${where}: unknown filter field "${filter.field.slice(0, 100)}" (one of ${Object.keys(FILTER_FIELDS).join(', ')})`, { argument: `input.${where}.field` });
        }
        if (filter.values.length === 0 || filter.values.length > MAX_FILTER_VALUES) {
          throw apiError('BAD_USER_INPUT', `${where}: give 1 to ${MAX_FILTER_VALUES} values`, { argument: `input.${where}.values` });
        }
        const attribute = FILTER_FIELDS[filter.field as FilterField];
        return `${attribute} ${filter.negated ? 'NOT IN' : 'IN'} [${filter.values.map(quoteFilterValue).join(', ')}]`;
      }),
    )
    .map((group) => `(${group.join(' AND ')})`);
  // A group of no filters matches every document, and so does any OR holding it: dropping it instead
  // would narrow the search to the other groups.
  return groups.length > 0 && !groups.includes('()') ? groups.join(' OR ') : undefined;
}

/**
 * The filter every search ANDs in so that a caller never meets, nor counts in a facet, a document it
 * may not see (access/assetVisibility.ts): `visibleTo IN ["mesh", "domain:finance"]`. Built from the
 * caller's audiences (its roles and memberships), never from what it typed; null when it sees all.
 */
export function buildVisibilityFilter(audiences: 'all' | readonly string[]): string | null {
  if (audiences === 'all') return null;
  return `visibleTo IN [${audiences.map(quoteFilterValue).join(', ')}]`;
}
