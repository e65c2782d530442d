import 'server-only';

import { cache } from 'react';

import type { DatasetListOffsets } from '../urls/datasetListHref';
import type { ApiResult } from './ApiResult';
import { datasetQuery, type DatasetDetail } from './queries/datasetQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many upstream, downstream and partitions a dataset page lists at a time. */
export const DATASET_LIST_PAGE = 100;

/** How many runs of the jobs that write or read it a dataset page shows: the newest. */
export const DATASET_RUNS_SHOWN = 10;

/** How many columns a dataset page lists at a time: the API's largest page, which nearly every table fits. */
export const DATASET_COLUMN_PAGE = 1000;

/**
 * One dataset with its schema and direct lineage; `data: null` when the API
 * does not know the URN. Its columns, upstream, downstream and partitions a
 * page each, from the offsets given (all 0: the first pages).
 *
 * Wrapped in `cache` because the page and its `generateMetadata` both ask for
 * the same dataset during one request, and Next does not dedupe POSTs (hence
 * the offsets as separate numbers: `cache` compares arguments by identity).
 */
export const getDataset = cache(async (urn: string, columnsFrom = 0, upstreamFrom = 0, downstreamFrom = 0, partitionsFrom = 0): Promise<ApiResult<DatasetDetail | null>> => {
  const result = await requestGraphQL(datasetQuery, { urn, pageSize: DATASET_LIST_PAGE, columnsPage: DATASET_COLUMN_PAGE, columnsFrom, upstreamFrom, downstreamFrom, partitionsFrom, runs: DATASET_RUNS_SHOWN });
  if (result.ok) return { ok: true, data: result.data.dataset };
  // A malformed URN is as absent as an unknown one, as far as a URL is concerned.
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
    return { ok: true, data: null };
  }
  return result;
});

/** `getDataset` from the offsets of a page's URL (datasetListOffsets). */
export function getDatasetFrom(urn: string, offsets: DatasetListOffsets): Promise<ApiResult<DatasetDetail | null>> {
  return getDataset(urn, offsets.columns, offsets.upstream, offsets.downstream, offsets.partitions);
}
