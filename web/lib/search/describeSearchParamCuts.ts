import { formatCount } from '../format/formatCount';

import type { SearchParamCuts } from './parseSearchParams';
import { SEARCH_FILTER_FIELD_LABELS } from './searchFilterFields';
import { MAX_SEARCH_FILTER_VALUES, MAX_SEARCH_QUERY_LENGTH } from './searchLimits';

/** What the search page left out of its URL, a sentence each, so a cut search is never taken for the whole one. */
export function describeSearchParamCuts({ queryLength, filterValueCounts = [] }: SearchParamCuts): string[] {
  const sentences: string[] = [];
  if (queryLength !== undefined) {
    sentences.push(
      `Your search was ${formatCount(queryLength)} characters long; only its first ${formatCount(MAX_SEARCH_QUERY_LENGTH)} are searched.`,
    );
  }
  for (const { field, given } of filterValueCounts) {
    sentences.push(
      `Only the first ${formatCount(MAX_SEARCH_FILTER_VALUES)} of the ${formatCount(given)} ${SEARCH_FILTER_FIELD_LABELS[field]} values given are applied: a filter takes at most ${formatCount(MAX_SEARCH_FILTER_VALUES)}.`,
    );
  }
  return sentences;
}
