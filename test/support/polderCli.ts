/**
 * `npx polder <args>` as a person runs it, in a directory of its own (with `polderYaml` as its polder.yaml
 * when given), with Neo4j and Meilisearch named where nothing answers: for tests of what the CLI refuses
 * before it starts anything. Were it to start something, it would fail on those instead, and say so.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POLDER = join(import.meta.dirname, '../../cli/bin/polder.js');
/** How long a test of one CLI run may take: a Node process of its own, seconds on a loaded machine (not a unit test's 5 s). */
export const POLDER_CLI_TEST_TIMEOUT_MS = 60_000;

const UNREACHABLE = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused', MEILI_URL: 'http://127.0.0.1:1', MEILI_MASTER_KEY: 'unused' };

export function polderCli(args: string[], options: { env?: Record<string, string>; polderYaml?: string; stdin?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'polder-cli-'));
  if (options.polderYaml !== undefined) writeFileSync(join(cwd, 'polder.yaml'), options.polderYaml);
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [POLDER, ...args], { cwd, env: { PATH: process.env.PATH, ...UNREACHABLE, ...options.env }, timeout: POLDER_CLI_TEST_TIMEOUT_MS }, (error, stdout, stderr) => {
      // The directory is the run's alone, and nothing it wrote is read afterwards.
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? '');
  });
}
