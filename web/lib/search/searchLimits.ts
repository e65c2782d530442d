/**
 * What the API's `search` refuses past (api/src/modules/search): it answers a
 * larger request with BAD_USER_INPUT, not with less. The search page keeps its
 * URLs within these so that a pasted or hand-edited link gets the page's own
 * words instead of the API's error. searchLimits.test.ts checks them against
 * the API's own constants.
 */

/** The longest query it searches, in UTF-16 code units (JavaScript's `length`). */
export const MAX_SEARCH_QUERY_LENGTH = 512;

/** The most values one filter field may list. */
export const MAX_SEARCH_FILTER_VALUES = 100;

/** The most hits it pages through: `start + count` may not pass this (Meilisearch's `maxTotalHits`). */
export const MAX_SEARCH_HITS = 10_000;
