import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@polder/runtime';
import { POLDER_CLI_TEST_TIMEOUT_MS, polderCli as polder } from '../../test/support/polderCli.ts';

describe('a port the API or the web catalog is to listen on, already taken', { timeout: POLDER_CLI_TEST_TIMEOUT_MS }, () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    // Holds the port, and drops what connects: a connection never read would keep close() waiting (the
    // API's check asks whatever holds its port whether it is a Polder API).
    taken = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('stops `polder api` before anything starts, naming the port and the setting', async () => {
    const { code, stderr } = await polder(['api'], { env: { POLDER_API_PORT: String(port) } });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `polder: The GraphQL API cannot start: port ${port} on 127.0.0.1 is already in use. Stop whatever listens there, or pick another port with POLDER_API_PORT (api.port in polder.yaml).\n`,
    );
  });

  it('stops `polder start` before the services start and the crawl runs', async () => {
    // The API on a free port, not its default: a Polder running on this machine must not answer for the web's.
    const { code, stderr } = await polder(['start'], { env: { POLDER_WEB_PORT: String(port), POLDER_API_PORT: String(await findFreePort()) } });
    expect(code).toBe(1);
    expect(stderr).toContain(`polder: The web catalog cannot start: port ${port} on 127.0.0.1 is already in use.`);
    expect(stderr).toContain('POLDER_WEB_PORT (web.port in polder.yaml)');
  });
});

describe("the API's port, held by a Polder API already", { timeout: POLDER_CLI_TEST_TIMEOUT_MS }, () => {
  let polderLike: ReturnType<typeof createHttpServer>;
  let port: number;
  beforeAll(async () => {
    // Answers /readyz as Polder's API does: what tells it from any other server on the port.
    polderLike = createHttpServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(request.url === '/readyz' ? JSON.stringify({ status: 'ready', neo4j: 'ok', meilisearch: 'ok' }) : '{}');
    });
    await new Promise<void>((resolve) => polderLike.listen(0, '127.0.0.1', resolve));
    port = (polderLike.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => polderLike.close(() => resolve())));

  it('says that Polder already runs there, not only that the port is taken', async () => {
    const { code, stderr } = await polder(['api'], { env: { POLDER_API_PORT: String(port) } });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `polder: The GraphQL API cannot start: a Polder API already answers at http://127.0.0.1:${port}/graphql (\`polder start\` or \`polder api\` still running, in another terminal?). Use that one, stop it, or pick another port with POLDER_API_PORT (api.port in polder.yaml).\n`,
    );
  });
});
