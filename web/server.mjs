/**
 * The web catalog's HTTP server: `next start`, with one rule of Polder's own about who the browser is.
 *
 * The web forwards the browser's address to the API (lib/session/clientAddress.ts), whose sign-in limit
 * counts failures per address. Next takes that address from `x-forwarded-for` and fills the header from
 * the socket only when the request came without one, so a browser talking to it directly could name any
 * address it liked, a new one for every guess. Here the header is the socket's address, whatever the
 * request said; behind a reverse proxy that appends the browser's address to `x-forwarded-for`, set
 * POLDER_WEB_TRUST_PROXY=true to keep the proxy's header instead.
 *
 *   POLDER_WEB_HOST (127.0.0.1), POLDER_WEB_PORT (3000), POLDER_WEB_TRUST_PROXY (false),
 *   POLDER_WEB_SECURE_COOKIE (false): checked before anything starts (lib/server/serverSettings.mjs);
 *   POLDER_WEB_STDIN_LIFELINE=1: stop when stdin closes, set by `polder start` (lib/server/stdinLifeline.mjs).
 */
import { createServer } from 'node:http';
import { serverSettings, ServerSettingError } from './lib/server/serverSettings.mjs';
import { stopWhenStdinCloses } from './lib/server/stdinLifeline.mjs';

let settings;
try {
  settings = serverSettings(process.env);
} catch (error) {
  if (!(error instanceof ServerSettingError)) throw error;
  process.stderr.write(`web catalog: ${error.message}\n`);
  process.exit(1);
}
const { hostname, port, trustProxy } = settings;

process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  if (!trustProxy) request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
  handle(request, response);
});
server.listen(port, hostname, () => process.stdout.write(`web catalog at http://${hostname}:${port}\n`));

const stop = () => server.close(() => process.exit(0));
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, stop);
if (process.env.POLDER_WEB_STDIN_LIFELINE === '1') {
  // Nobody is left to send SIGKILL after a grace period, as `polder start` does on Ctrl+C: a request still
  // open does not keep the server, and its port, for long.
  stopWhenStdinCloses(() => {
    stop();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
