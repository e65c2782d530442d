/**
 * What a profiling run knows of a dataset before it queries the store: read from
 * the graph (readProfiledDatasets.ts) in one query per source, with each column's
 * sensitivity already decided, so a sensitive value is never asked for.
 */
export interface ProfiledColumn {
  name: string;
  fieldUrn: string;
  /** As the crawler wrote it; decides what can be computed (columnKind.ts). */
  dataType: string | null;
  /** No min, max or top values are read for it (columnSensitivity.ts). */
  sensitive: boolean;
}

export interface ProfiledDataset {
  datasetUrn: string;
  /** As polder.yaml names it: `schema.table`, or the bare table for sqlite. */
  name: string;
  /** `null` for sqlite: the table is looked up in the main database. */
  schema: string | null;
  table: string;
  /** TABLE, VIEW, MATERIALIZED_VIEW, ... as the crawler wrote it. */
  subtype: string | null;
  /** In source order. */
  columns: ProfiledColumn[];
}
