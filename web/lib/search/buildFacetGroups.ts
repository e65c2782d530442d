import type { FacetFields } from '../api';
import { filterValueLabel } from '../format/filterValueLabel';

import { type FieldFilter, isSearchFilterField, SEARCH_FILTER_FIELD_LABELS, type SearchFilterField } from './searchFilterFields';

export interface FacetGroup {
  field: SearchFilterField;
  label: string;
  values: Array<{ value: string; label: string; count: number; selected: boolean }>;
}

/**
 * The facets as the sidebar lists them, in the API's order.
 *
 * A facet with no values says nothing and is left out, as is one whose field
 * the web cannot filter on (a newer API's): clicking it would do nothing. A
 * selected value the API did not count (it matches nothing now) is still
 * listed, with 0, so it can be seen and turned off where it was turned on.
 */
export function buildFacetGroups(facets: FacetFields[], filters: FieldFilter[]): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const facet of facets) {
    const { field } = facet;
    if (!isSearchFilterField(field)) continue;
    const selected = filters.find((filter) => filter.field === field)?.values ?? [];
    const counted = new Set(facet.values.map(({ value }) => value));
    const values = [
      ...facet.values,
      ...selected.filter((value) => !counted.has(value)).map((value) => ({ value, count: 0 })),
    ].map(({ value, count }) => ({ value, label: filterValueLabel(field, value), count, selected: selected.includes(value) }));
    if (values.length > 0) groups.push({ field, label: SEARCH_FILTER_FIELD_LABELS[field], values });
  }
  return groups;
}
