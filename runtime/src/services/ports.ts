/**
 * Loopback ports: is one free, and give me one that is.
 *
 * Every local service binds 127.0.0.1 only, so that is the address probed. A
 * listener on 0.0.0.0 or [::] also makes the bind fail, so it is caught too.
 */
import { createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** A port nobody listens on right now (the kernel's pick). Handy for tests. */
export async function findFreePort(): Promise<number> {
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
