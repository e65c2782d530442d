/**
 * The log scan end to end, in a process of its own: the global setup's capture,
 * Polder's real logger writing into it, and the teardown failing the run (an
 * error and exit code 1) when a line holds a registered secret.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, LOG_CAPTURE_DIR_ENV } from '@polder/runtime';
import { registerSecret, SECRETS_FILE_ENV } from '../support/knownSecrets.ts';
import setup from './scanLogsForSecrets.ts';

const SECRET = 'pld_t_scan-test-secret-0123456789';
// In a whole run this worker's env names the run's own capture: each test here replaces it, then puts it back.
const runEnv = { [LOG_CAPTURE_DIR_ENV]: process.env[LOG_CAPTURE_DIR_ENV], [SECRETS_FILE_ENV]: process.env[SECRETS_FILE_ENV] };

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  for (const [name, value] of Object.entries(runEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function captured(): string[] {
  const printed: string[] = [];
  const record = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stderr, 'write').mockImplementation(record);
  vi.spyOn(process.stdout, 'write').mockImplementation(record);
  return printed;
}

describe('scanLogsForSecrets', () => {
  it('fails the run when a log line holds a registered secret, without printing it', () => {
    const teardown = setup();
    const logs = process.env[LOG_CAPTURE_DIR_ENV]!;
    registerSecret('API token of the scan test', SECRET);
    // A silent logger, and a key no redaction knows: only the capture can catch this line.
    createLogger('scan-test', 'silent').debug({ detail: `Bearer ${SECRET}` }, 'leaked');
    const printed = captured();
    expect(() => teardown()).toThrow('log scan: 1 log line(s) hold a known secret');
    expect(process.exitCode).toBe(1);
    const report = printed.join('');
    expect(report).toContain('API token of the scan test');
    expect(report).toContain('"detail":"Bearer [secret: API token of the scan test]"');
    expect(report).not.toContain(SECRET);
    // Kept for whoever investigates; this test cleans up.
    expect(readdirSync(logs)).toEqual([`${process.pid}.log`]);
    rmSync(dirname(logs), { recursive: true, force: true });
  });

  it('passes, and removes the capture, when no line holds a secret', () => {
    const teardown = setup();
    const logs = process.env[LOG_CAPTURE_DIR_ENV]!;
    registerSecret('API token of the scan test', SECRET);
    createLogger('scan-test', 'silent').info({ token: SECRET }, 'redacted by key');
    const printed = captured();
    teardown();
    expect(process.exitCode).toBeUndefined();
    expect(printed.join('')).toBe('Log scan: 1 log lines in 1 files, none holds any of the 1 known secrets\n');
    expect(existsSync(dirname(logs))).toBe(false);
  });

  it('fails when nothing was captured: a scan of nothing proves nothing', () => {
    const teardown = setup();
    const logs = process.env[LOG_CAPTURE_DIR_ENV]!;
    registerSecret('API token of the scan test', SECRET);
    captured();
    expect(() => teardown()).toThrow('log scan: no log line was captured: the capture is broken, so the scan proves nothing');
    expect(process.exitCode).toBe(1);
    rmSync(dirname(logs), { recursive: true, force: true });
  });
});
