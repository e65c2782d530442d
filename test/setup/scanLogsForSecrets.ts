/**
 * Global setup of the integration tests, first of all: no known secret may appear
 * in any log line the run produces.
 *
 * Setup makes the run's temporary directory and names, in env vars that every
 * test worker and every process a test starts inherits:
 *   - POLDER_LOG_CAPTURE_DIR: every Polder logger (runtime/src/logger.ts) appends each line
 *     it makes, at every level whatever its own, to `<pid>.log` there; the outputs of the
 *     processes the tests start, and of the services, are copied there too;
 *   - POLDER_TEST_SECRETS_FILE: the secrets the run knows (test/support/knownSecrets.ts).
 * Teardown, after the services stopped (global teardowns run in reverse order), reads
 * every file of the capture directory and fails the run when a line holds a secret:
 * it prints each finding (file, line, which secret; the value masked), sets the exit
 * code to 1 (vitest 4 only logs a teardown's error: it does not fail the run by
 * itself) and throws. It fails the same way when nothing was captured or no secret
 * was registered, since a scan of nothing proves nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_CAPTURE_DIR_ENV } from '@polder/runtime';
import { readKnownSecrets, SECRETS_FILE_ENV } from '../support/knownSecrets.ts';
import { scanForSecrets, type SecretScan } from '../support/scanForSecrets.ts';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'polder-test-logs-'));
  const logs = join(root, 'logs');
  const secretsFile = join(root, 'secrets.jsonl');
  mkdirSync(logs, { mode: 0o700 });
  writeFileSync(secretsFile, '', { mode: 0o600 });
  process.env[LOG_CAPTURE_DIR_ENV] = logs;
  process.env[SECRETS_FILE_ENV] = secretsFile;

  return () => {
    delete process.env[LOG_CAPTURE_DIR_ENV];
    delete process.env[SECRETS_FILE_ENV];
    const scan = scanForSecrets(logs, readKnownSecrets(secretsFile));
    const problem = scanProblem(scan);
    if (!problem) {
      process.stdout.write(`Log scan: ${scan.lines.toLocaleString('en')} log lines in ${scan.files} files, none holds any of the ${scan.secrets} known secrets\n`);
      rmSync(root, { recursive: true, force: true });
      return;
    }
    process.stderr.write(`\nLog scan FAILED: ${problem}\n`);
    for (const finding of scan.findings) process.stderr.write(`  ${join(logs, finding.file)}:${finding.line}  ${finding.label}\n    ${finding.masked}\n`);
    process.stderr.write(`(the captured logs are kept in ${logs}; delete it when done)\n`);
    process.exitCode = 1;
    throw new Error(`log scan: ${problem}`);
  };
}

/** Why the scan fails the run, or null when it passes. */
export function scanProblem(scan: SecretScan): string | null {
  if (scan.findings.length > 0) return `${scan.findings.length} log line(s) hold a known secret`;
  if (scan.lines === 0) return 'no log line was captured: the capture is broken, so the scan proves nothing';
  if (scan.secrets === 0) return 'no secret was registered: the scan proves nothing';
  return null;
}
