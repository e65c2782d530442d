import type { Migration } from './Migration.ts';

/**
 * Polder's own reads of a dataset waiting for the next usage reading were kept as one sum and the time
 * of the latest (`usage_ownReads`, `usage_ownReadsUntil`): one session counted after a reading held the
 * whole sum back, sessions before it included. They are now kept per session, each with its time
 * (`usage_ownReadsPending`, `usage_ownReadsPendingAt`, crawlers/src/usage/recordOwnReads.ts). A sum
 * waiting becomes one entry at the time of its latest session, which is where the old code would
 * have taken it out too.
 */
export const ownReadsPerSession: Migration = {
  id: '012-own-reads-per-session',
  description: "Keeps the datasets' pending own reads per session: a summed one becomes one entry.",
  statements: [
    `MATCH (d:Dataset) WHERE d.usage_ownReads IS NOT NULL OR d.usage_ownReadsUntil IS NOT NULL
     SET d.usage_ownReadsPending = CASE WHEN d.usage_ownReads > 0 THEN coalesce(d.usage_ownReadsPending, []) + [d.usage_ownReads] ELSE d.usage_ownReadsPending END,
         d.usage_ownReadsPendingAt = CASE WHEN d.usage_ownReads > 0 THEN coalesce(d.usage_ownReadsPendingAt, []) + [coalesce(d.usage_ownReadsUntil, d.usage_readAt, '1970-01-01T00:00:00.000Z')] ELSE d.usage_ownReadsPendingAt END
     REMOVE d.usage_ownReads, d.usage_ownReadsUntil`,
  ],
};
