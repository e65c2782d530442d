/** A tiny GraphQL client for tests: POSTs a document, returns `{data, errors}` as the server sent them. */
export interface GraphQLResponse<Data = Record<string, any>> {
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
}

export function graphqlClient(url: string) {
  return async <Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> =>
    (await graphqlRequest<Data>(url, query, variables)).body;
}

/** The whole HTTP answer, for tests that look at status and headers too. */
export async function graphqlRequest<Data = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<Data> };
}
