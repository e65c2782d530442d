import { afterEach, describe, expect, it } from 'vitest';
import { startApiThread, type ApiThread, type ApiThreadSettings } from './apiThread.ts';
import { createJsonClient } from './jsonClient.ts';

// Nothing listens on port 1: `{ __typename }` is answered without asking the graph or the search engine,
// so the thread serves it with neither running.
const SETTINGS: ApiThreadSettings = {
  neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' },
  meili: { url: 'http://127.0.0.1:1' },
  indexPrefix: 'api_thread_test_',
  lineage: { maxDepth: 5, maxNodes: 100 },
  access: { anonymousRead: true },
  logLevel: 'silent',
};

describe('startApiThread', () => {
  let thread: ApiThread | undefined;
  const client = createJsonClient();
  afterEach(async () => {
    await thread?.stop();
    thread = undefined;
  });

  it('serves the GraphQL API from a thread of its own, on loopback, until stopped', async () => {
    thread = await startApiThread(SETTINGS);
    expect(new URL(thread.url).hostname).toBe('127.0.0.1');
    const answer = await client.post(`${thread.url}/graphql`, { query: '{ __typename }' });
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });

    const url = thread.url;
    await thread.stop();
    thread = undefined;
    client.close(); // its kept-alive connection was to the stopped server
    const fresh = createJsonClient();
    try {
      await expect(fresh.post(`${url}/graphql`, { query: '{ __typename }' })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      fresh.close();
    }
  });

  it('names why the API could not start', async () => {
    await expect(startApiThread({ ...SETTINGS, neo4j: { ...SETTINGS.neo4j, uri: 'nonsense://127.0.0.1' } })).rejects.toThrow("the API's thread did not start: Unknown scheme: nonsense");
  });
});
