import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const POLDER = join(import.meta.dirname, '../bin/polder.js');

/** `polder <args>` in a directory without polder.yaml; Neo4j and Meilisearch named where nothing answers, so nothing can start. */
function polder(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'polder-ports-'));
  const unreachable = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused', MEILI_URL: 'http://127.0.0.1:1', MEILI_MASTER_KEY: 'unused' };
  return new Promise((resolve) => {
    execFile(process.execPath, [POLDER, ...args], { cwd, env: { PATH: process.env.PATH, ...unreachable, ...env }, timeout: 60_000 }, (error, _stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr }),
    );
  });
}

describe('a port the API or the web catalog is to listen on, already taken', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('stops `polder api` before anything starts, naming the port and the setting', async () => {
    const { code, stderr } = await polder(['api'], { POLDER_API_PORT: String(port) });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `polder: The GraphQL API cannot start: port ${port} on 127.0.0.1 is already in use. Stop whatever listens there, or pick another port with POLDER_API_PORT (api.port in polder.yaml).\n`,
    );
  });

  it('stops `polder start` before the services start and the crawl runs', async () => {
    const { code, stderr } = await polder(['start'], { POLDER_WEB_PORT: String(port) });
    expect(code).toBe(1);
    expect(stderr).toContain(`polder: The web catalog cannot start: port ${port} on 127.0.0.1 is already in use.`);
    expect(stderr).toContain('POLDER_WEB_PORT (web.port in polder.yaml)');
  });
});
