/**
 * A throw-away Meilisearch for the tests that need one set up differently from the shared one (a
 * smaller payload limit, say): the binary Polder runs, with Polder's own arguments plus `extraArgs`,
 * on a free loopback port, in a temporary directory removed afterwards.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { checkMeilisearch, findFreePort, findMeilisearchBinary, meilisearchArgs } from '@polder/runtime';

export async function startMeilisearch(extraArgs: string[]): Promise<{ meili: Meilisearch; stop(): Promise<void> }> {
  const home = await mkdtemp(join(tmpdir(), 'polder-test-meili-'));
  const port = await findFreePort();
  const key = randomBytes(24).toString('hex');
  const child = spawn(await findMeilisearchBinary(), [...meilisearchArgs({ port, home, dbPath: join(home, 'data.ms') }), ...extraArgs], {
    cwd: home,
    env: { PATH: process.env.PATH, MEILI_MASTER_KEY: key },
    stdio: 'ignore',
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(home, { recursive: true, force: true });
  };
  const connection = { url: `http://127.0.0.1:${port}`, key };
  for (const deadline = Date.now() + 30_000; ; ) {
    try {
      await checkMeilisearch(connection);
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        await stop();
        throw new Error(`Meilisearch did not start on ${connection.url}: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { meili: new Meilisearch({ host: connection.url, apiKey: key }), stop };
}
