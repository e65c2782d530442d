import { datasetHref } from './datasetHref';
import { offsetParam } from './offsetParam';

/**
 * The lists of a dataset page read a page at a time: its columns, upstream, downstream and partitions.
 * Each one's offset is a URL parameter named after it (`?partitions=100`), and the list's element has
 * its name as id, for the pager to scroll back to it.
 */
export const DATASET_LISTS = ['columns', 'upstream', 'downstream', 'partitions'] as const;
export type DatasetList = (typeof DATASET_LISTS)[number];

/** Where each list of a dataset page starts: the offset of its first dataset shown. */
export type DatasetListOffsets = Record<DatasetList, number>;

type Query = Record<string, string | string[] | undefined>;

/** The offsets a dataset page's URL asks for, leniently (offsetParam): 0 for any missing or not a whole number. */
export function datasetListOffsets(query: Query): DatasetListOffsets {
  return {
    columns: offsetParam(query.columns),
    upstream: offsetParam(query.upstream),
    downstream: offsetParam(query.downstream),
    partitions: offsetParam(query.partitions),
  };
}

/**
 * The dataset page showing `list` from its `from`-th dataset, scrolled to it. The page's other
 * parameters (the lineage view's depth and level, the other lists' offsets) stay as they are.
 */
export function datasetListHref(urn: string, query: Query, list: DatasetList, from: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === list || value === undefined) continue;
    for (const each of Array.isArray(value) ? value : [value]) params.append(name, each);
  }
  if (from > 0) params.set(list, String(from));
  const search = params.toString();
  return `${datasetHref(urn)}${search ? `?${search}` : ''}#${list}`;
}
