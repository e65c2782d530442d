import { type FieldFilter, SEARCH_FILTER_FIELDS, type SearchFilterField } from './searchFilterFields';

/**
 * `filters` with `value` of `field` turned off if it was on, on if it was off.
 * Fields stay in SEARCH_FILTER_FIELDS order and a field left without values is
 * dropped, so one set of filters always makes one URL.
 */
export function toggleSearchFilter(filters: FieldFilter[], field: SearchFilterField, value: string): FieldFilter[] {
  const current = filters.find((filter) => filter.field === field)?.values ?? [];
  const values = current.includes(value) ? current.filter((other) => other !== value) : [...current, value];
  const others = filters.filter((filter) => filter.field !== field);
  const next = values.length === 0 ? others : [...others, { field, values }];
  return next.sort((a, b) => SEARCH_FILTER_FIELDS.indexOf(a.field) - SEARCH_FILTER_FIELDS.indexOf(b.field));
}
