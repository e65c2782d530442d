import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A process that logs one line through createLogger and prints one answer, as a command does. */
function logAndAnswer(env: NodeJS.ProcessEnv): { stdout: string; stderr: string } {
  const script = `const { createLogger } = await import(${JSON.stringify(new URL('./logger.ts', import.meta.url).href)});
createLogger('logger-test', 'info').info('a log line');
process.stdout.write('the answer\\n');`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  if (run.status !== 0) throw new Error(run.stderr);
  return { stdout: run.stdout, stderr: run.stderr };
}

describe('createLogger', () => {
  it('writes its lines to stderr, leaving stdout to the answer', () => {
    const { stdout, stderr } = logAndAnswer({});
    expect(stdout).toBe('the answer\n');
    expect(JSON.parse(stderr)).toMatchObject({ name: 'logger-test', msg: 'a log line' });
  });

  it('does so too while the test suite captures every line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polder-log-capture-'));
    try {
      const { stdout, stderr } = logAndAnswer({ POLDER_LOG_CAPTURE_DIR: dir });
      expect(stdout).toBe('the answer\n');
      expect(JSON.parse(stderr)).toMatchObject({ msg: 'a log line' });
      expect(readdirSync(dir)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

