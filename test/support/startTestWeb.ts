/**
 * The web catalog for a browser test: built if its sources changed (one build at a time, startWeb),
 * served on a free loopback port, talking to the GraphQL API at `graphqlUrl`.
 */
import { findFreePort } from '@polder/runtime';
import { startWeb } from 'polder';
import { testLogger } from './services.ts';

export async function startTestWeb(graphqlUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  return startWeb({ host: '127.0.0.1', port: await findFreePort() }, graphqlUrl, testLogger);
}
