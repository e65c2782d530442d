import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { searchParamEntries } from '@/lib/urls/searchParamEntries';

/**
 * The parts of a search a GET form does not edit itself, as hidden inputs, so
 * that submitting it without JS keeps them in the URL (the sort form keeps the
 * query and filters, the search box the filters and sort).
 */
export function HiddenSearchFields({ params }: { params: Partial<SearchPageParams> }) {
  return searchParamEntries(params).map(([name, value], index) => (
    <input key={`${index}:${name}`} type="hidden" name={name} value={value} />
  ));
}
