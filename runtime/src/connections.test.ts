import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMeili, MEILI_REQUEST_TIMEOUT_MS } from './connections.ts';

describe('connectMeili', () => {
  // A server that takes connections and never answers, as a stopped Meilisearch does.
  const held: Socket[] = [];
  const silent = createServer((socket) => void held.push(socket));
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('gives up on a request that gets no answer, as a request error (search then says UNAVAILABLE)', async () => {
    const started = performance.now();
    await expect(connectMeili({ url, key: 'k' }, { timeoutMs: 300 }).health()).rejects.toMatchObject({ name: 'MeilisearchRequestError' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('bounds every request by default', () => {
    expect(connectMeili({ url, key: 'k' }).config.timeout).toBe(MEILI_REQUEST_TIMEOUT_MS);
  });
});
