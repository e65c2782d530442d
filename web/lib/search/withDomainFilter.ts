import { type FieldFilter, SEARCH_FILTER_FIELDS } from './searchFilterFields';

/** `filters` narrowed to one domain: any other domain filter replaced, the rest kept, fields in URL order. */
export function withDomainFilter(filters: FieldFilter[], domain: string): FieldFilter[] {
  return [...filters.filter((filter) => filter.field !== 'domain'), { field: 'domain' as const, values: [domain] }].sort(
    (a, b) => SEARCH_FILTER_FIELDS.indexOf(a.field) - SEARCH_FILTER_FIELDS.indexOf(b.field),
  );
}
