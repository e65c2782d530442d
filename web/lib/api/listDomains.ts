import 'server-only';

import type { ApiResult } from './ApiResult';
import type { DomainSummaryFields } from './fragments/domainSummaryFields';
import { domainsQuery } from './queries/domainsQuery';
import { requestGraphQL, type RequestOptions } from './requestGraphQL';

/** Every domain of the mesh, by name, with its products and counts. */
export async function listDomains(options?: RequestOptions): Promise<ApiResult<DomainSummaryFields[]>> {
  const result = await requestGraphQL(domainsQuery, {}, options);
  return result.ok ? { ok: true, data: result.data.domains } : result;
}
