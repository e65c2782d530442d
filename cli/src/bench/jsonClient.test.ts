import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonClient } from './jsonClient.ts';

describe('createJsonClient', () => {
  let server: Server;
  let base: string;
  const client = createJsonClient();
  const sockets = new Set<number>();

  beforeAll(async () => {
    // Echoes the request's body and content type, or answers what the path asks for.
    server = createServer((request, response) => {
      sockets.add(request.socket.remotePort!);
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.url === '/teapot') return response.writeHead(418, { 'content-type': 'application/json' }).end('{"error":"short and stout"}');
        if (request.url === '/html') return response.writeHead(200, { 'content-type': 'text/html' }).end('<p>not json</p>');
        response.writeHead(200, { 'content-type': 'application/json', 'x-echo': 'yes' });
        response.end(JSON.stringify({ contentType: request.headers['content-type'], received: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    client.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('posts JSON and parses the JSON answer, with its status and headers', async () => {
    const answer = await client.post(`${base}/`, { query: '{ __typename }', variables: { urn: 'urn:li:ü' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['x-echo']).toBe('yes');
    expect(answer.body).toEqual({ contentType: 'application/json', received: { query: '{ __typename }', variables: { urn: 'urn:li:ü' } } });
  });

  it('keeps its connection alive between requests', async () => {
    sockets.clear();
    for (let i = 0; i < 5; i++) await client.post(`${base}/`, { i });
    expect(sockets.size).toBe(1);
  });

  it('refuses an answer other than 200, naming the URL, the status and the body', async () => {
    await expect(client.post(`${base}/teapot`, {})).rejects.toThrow(`${base}/teapot answered 418: {"error":"short and stout"}`);
  });

  it('refuses a body that is not JSON', async () => {
    await expect(client.post(`${base}/html`, {})).rejects.toThrow(`${base}/html answered 200 with a body that is not JSON: <p>not json</p>`);
  });
});
