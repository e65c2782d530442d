import type { Migration } from './Migration.ts';

/**
 * Nearly every dataset is ACTIVE, so an index on `status` never narrows a look-up, but it can mislead
 * the planner. A plan made while the index statistics still describe a nearly empty graph (just after
 * a big crawl, before Neo4j resamples) starts a neighbour subquery, such as "the active datasets
 * downstream of this one", from the index instead of the node's own edges: free on an empty graph, but
 * once the crawl has written thousands of datasets it visits every one of them for every row. Neo4j
 * kept such a plan for minutes. The dataset page of `polder bench api` took 600 ms instead of 20, and
 * before that a search indexing batch took minutes (BENCHMARKS.md). Where a query did use the index, a
 * scan of the Dataset label costs the same (suggestion.service.ts); label counts are always exact, so
 * a plan made on an empty graph is replanned as soon as the graph grows.
 */
export const dropDatasetStatusIndex: Migration = {
  id: '011-drop-dataset-status-index',
  description: 'Drops the index on Dataset.status: it never narrows a look-up, and misled plans made on an empty graph.',
  statements: ['DROP INDEX dataset_status IF EXISTS'],
};
