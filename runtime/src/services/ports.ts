/**
 * Loopback ports: is one free, and give me one that is.
 *
 * Every local service binds 127.0.0.1 only, so that is the address probed. A
 * listener on 0.0.0.0 or [::] also makes the bind fail, so it is caught too.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** Where `findFreePort` looks: below Linux's ephemeral range (32768–60999) and macOS's (49152–65535), above most fixed servers. */
export const PICKED_PORTS = { low: 20_000, high: 32_767 } as const;

const LINUX_EPHEMERAL_RANGE_FILE = '/proc/sys/net/ipv4/ip_local_port_range';
const ATTEMPTS = 50;

/** Ports this process handed out already: a second pick never returns one before its server binds it. */
const handedOut = new Set<number>();

/**
 * A port nobody listens on right now, for a server that is about to start.
 *
 * Not the kernel's pick (`port: 0`): that comes from the ephemeral range, which
 * the kernel also gives every outgoing connection as its local port. A health
 * check's connection can then hold the port by the time the server binds it
 * (PostgreSQL once failed CI that way: "could not bind 127.0.0.1: Address
 * already in use"). Outside that range only an explicit bind takes a port.
 */
export async function findFreePort(): Promise<number> {
  const ephemeral = ephemeralPortRange();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = PICKED_PORTS.low + Math.floor(Math.random() * (PICKED_PORTS.high - PICKED_PORTS.low + 1));
    if (handedOut.has(port) || (port >= ephemeral.low && port <= ephemeral.high)) continue;
    if (await isPortFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  // Only when the range is crowded or configured into the ephemeral one: the kernel's pick still works mostly.
  return kernelPickedPort();
}

/** The range the kernel picks local ports from (Linux's file when there is one, else macOS's and IANA's default). */
export function ephemeralPortRange(readRangeFile: () => string = () => readFileSync(LINUX_EPHEMERAL_RANGE_FILE, 'utf8')): { low: number; high: number } {
  try {
    const [low, high] = readRangeFile().trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high) && low! <= high!) return { low: low!, high: high! };
  } catch {
    // Not Linux, or /proc not mounted.
  }
  return { low: 49_152, high: 65_535 };
}

async function kernelPickedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when `host`:`port` (127.0.0.1 unless told) can be bound now; false when something holds it. */
export async function isPortFree(port: number, host = LOOPBACK): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
