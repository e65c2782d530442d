/**
 * The start of a statement that takes the write lock of each dataset in `$urns` (Neo4j's documented
 * idiom: set and remove a property) and binds it as `d`, row by row in the list's order. The usage
 * writers (recordUsageReadings.ts, recordOwnReads.ts) lock before they read what the other writes,
 * each with its URNs sorted, so that they run one after the other on a dataset and never deadlock.
 */
export const LOCK_DATASETS = `UNWIND $urns AS urn
  MATCH (d:Dataset {urn: urn})
  SET d.usage_lock = true REMOVE d.usage_lock`;

/** A locked dataset's pending own reads (recordOwnReads.ts), as a list of `{reads, at}`: its two parallel lists, zipped. */
export const PENDING_OWN_READS = `[i IN range(0, size(coalesce(d.usage_ownReadsPending, [])) - 1) | {reads: d.usage_ownReadsPending[i], at: d.usage_ownReadsPendingAt[i]}]`;
