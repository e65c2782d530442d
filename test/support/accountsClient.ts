/**
 * The GraphQL API as a test's accounts call it: each account is created, signs in through the API's own
 * `login`, and calls with its session (`as(username)`); `post` calls with any secret, or none.
 */
import type { Driver } from 'neo4j-driver';
import { AccountService, type ApiServer } from '@polder/api';
import type { GraphQLResponse } from './graphqlClient.ts';

export interface TestAccount {
  username: string;
  roles: string[];
  domains?: string[];
}

export function accountsClient() {
  let url = '';
  const sessions: Record<string, string> = {};

  async function post(query: string, variables: Record<string, unknown> = {}, secret?: string): Promise<GraphQLResponse> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  }

  return {
    post,
    as: (username: string) => (query: string, variables: Record<string, unknown> = {}) => post(query, variables, sessions[username]),
    /** The session secret of a signed-in account, for a request the test sends itself. */
    sessionOf: (username: string) => sessions[username]!,
    /** Creates the accounts with `password`, and signs each in on `api`. */
    async signIn(driver: Driver, api: ApiServer, accounts: readonly TestAccount[], password: string): Promise<void> {
      url = api.url;
      const service = new AccountService(driver);
      for (const account of accounts) await service.create({ ...account, password });
      for (const { username } of accounts) {
        const body = await post(`mutation ($input: LoginInput!) { login(input: $input) { session } }`, { input: { username, password } });
        sessions[username] = body.data!.login.session;
      }
    },
  };
}
