import 'server-only';

import { type LineageLimits, lineageLimitsQuery } from './queries/lineageLimitsQuery';
import { requestGraphQL } from './requestGraphQL';

/** The caps change only when the API restarts with new settings: asking once a minute is plenty. */
const KEPT_MS = 60_000;

let known: { limits: LineageLimits; until: number } | undefined;

/**
 * The API's caps on a lineage walk, so the pages ask for no more than it gives (a deeper walk is
 * refused, not cut). Asked without the session: anyone may read them. Null while the API has never
 * answered: the pages then keep to their own bounds, and their own requests report the API down.
 */
export async function getLineageLimits(): Promise<LineageLimits | null> {
  if (known && known.until > Date.now()) return known.limits;
  const result = await requestGraphQL(lineageLimitsQuery, {}, { as: 'anonymous', onUnauthenticated: 'return' });
  if (!result.ok) return known?.limits ?? null;
  known = { limits: result.data.limits.lineage, until: Date.now() + KEPT_MS };
  return known.limits;
}
