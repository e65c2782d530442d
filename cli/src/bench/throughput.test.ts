import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureThroughput } from './throughput.ts';

describe('measureThroughput', () => {
  let server: Server;
  let base: string;
  let answered = 0;
  const bodies = new Set<string>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        bodies.add(`${request.headers['content-type']} ${Buffer.concat(chunks).toString('utf8')}`);
        if (request.url === '/broken') return response.writeHead(500).end('{}');
        answered++;
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('counts the requests answered per second after its warm-up, posting the body as JSON', async () => {
    const perSecond = await measureThroughput({ url: `${base}/`, body: { query: '{ __typename }' }, clients: 2, seconds: 0.6 });
    expect([...bodies]).toEqual(['application/json {"query":"{ __typename }"}']);
    // The server also answered the warm-up's requests (0.2 s of them), which the rate leaves out.
    expect(perSecond).toBeGreaterThan(0);
    expect(perSecond * 0.6).toBeLessThan(answered);
    expect(perSecond * 0.8).toBeGreaterThan(answered * 0.7);
  });

  it('fails, naming the URL, when the server answers anything but 200', async () => {
    await expect(measureThroughput({ url: `${base}/broken`, body: {}, clients: 1, seconds: 0.3 })).rejects.toThrow(`the throughput load against ${base}/broken failed: ${base}/broken answered 500`);
  });
});
