const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/** The GraphQL endpoint, read per request so one build serves any environment. */
export function apiUrl(): string {
  return process.env.POLDER_API_URL || DEFAULT_API_URL;
}
