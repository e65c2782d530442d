import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ephemeralPortRange, findFreePort, isPortFree, LOOPBACK, PICKED_PORTS } from './ports.ts';

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

  // The kernel gives outgoing connections local ports from its ephemeral range; one could hold a picked port.
  it('picks outside the kernel\'s ephemeral range, never the same port twice', async () => {
    const ephemeral = ephemeralPortRange();
    const ports = await Promise.all(Array.from({ length: 20 }, () => findFreePort()));
    expect(new Set(ports).size).toBe(20);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(PICKED_PORTS.low);
      expect(port).toBeLessThanOrEqual(PICKED_PORTS.high);
      expect(port < ephemeral.low || port > ephemeral.high).toBe(true);
    }
  });
});

describe('ephemeralPortRange', () => {
  it('reads Linux\'s range file', () => {
    expect(ephemeralPortRange(() => '32768\t60999\n')).toEqual({ low: 32768, high: 60999 });
  });

  it('falls back to the IANA range when the file is missing or garbled', () => {
    const missing = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(ephemeralPortRange(missing)).toEqual({ low: 49152, high: 65535 });
    expect(ephemeralPortRange(() => 'sixty')).toEqual({ low: 49152, high: 65535 });
    expect(ephemeralPortRange(() => '60999 32768')).toEqual({ low: 49152, high: 65535 });
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
