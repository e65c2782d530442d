import type { Migration } from './Migration.ts';

/**
 * Polder's own reads of a dataset waiting for the next usage reading were kept as one sum and the time
 * of the latest (`usage_ownReads`, `usage_ownReadsUntil`): one session counted after a reading held the
 * whole sum back, sessions before it included. They are now kept per session, each with its time
 * (`usage_ownReadsPending`, `usage_ownReadsPendingAt`, crawlers/src/usage/recordOwnReads.ts). The old
 * sums are dropped: the next reading counts those reads as usage once, in one window.
 */
export const ownReadsPerSession: Migration = {
  id: '012-own-reads-per-session',
  description: "Drops the datasets' summed pending own reads, now kept per session.",
  statements: ['MATCH (d:Dataset) WHERE d.usage_ownReads IS NOT NULL OR d.usage_ownReadsUntil IS NOT NULL REMOVE d.usage_ownReads, d.usage_ownReadsUntil'],
};
