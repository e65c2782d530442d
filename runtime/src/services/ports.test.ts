import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort, isPortFree, LOOPBACK } from './ports.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function listenOn(port: number, host: string): Promise<void> {
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(port, host, resolve));
}

describe('findFreePort', () => {
  it('returns a port that can be bound on 127.0.0.1', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('isPortFree', () => {
  it('is false while something listens on 127.0.0.1:port', async () => {
    const port = await findFreePort();
    await listenOn(port, LOOPBACK);
    expect(await isPortFree(port)).toBe(false);
  });

  it('is false while something listens on all interfaces', async () => {
    const port = await findFreePort();
    await listenOn(port, '0.0.0.0');
    expect(await isPortFree(port)).toBe(false);
  });
});
