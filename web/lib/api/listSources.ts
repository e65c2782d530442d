import 'server-only';

import type { ApiResult } from './ApiResult';
import { type SourceSummary, sourcesQuery } from './queries/sourcesQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many runs of each source the sources page shows. */
export const SOURCE_RUNS_SHOWN = 5;

/** Every source the mesh declares, by id, each with its latest runs (newest first). */
export async function listSources(runs = SOURCE_RUNS_SHOWN): Promise<ApiResult<SourceSummary[]>> {
  const result = await requestGraphQL(sourcesQuery, { runs });
  return result.ok ? { ok: true, data: result.data.sources } : result;
}
