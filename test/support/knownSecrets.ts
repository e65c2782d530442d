/**
 * The secrets a test run knows: the services' passwords and keys the global
 * setup generated, and every password, session and API token the tests create.
 * Each is appended, as one JSON line `{label, value}`, to the file named by
 * POLDER_TEST_SECRETS_FILE (mode 0600, under the run's temporary directory), so
 * that test files in any worker process can add theirs. The values are never
 * printed: at the end of the run the global teardown looks for them in every
 * captured log line (test/setup/scanLogsForSecrets.ts).
 */
import { appendFileSync, readFileSync } from 'node:fs';

export const SECRETS_FILE_ENV = 'POLDER_TEST_SECRETS_FILE';

/** Shorter values would be found by chance in ordinary log lines; no real secret is that short. */
export const MIN_SECRET_LENGTH = 8;

export interface KnownSecret {
  /** Where it came from, e.g. `session of access-viewer`; printed instead of the value. */
  label: string;
  value: string;
}

export function registerSecret(label: string, value: string, file: string | undefined = process.env[SECRETS_FILE_ENV]): void {
  if (!file) throw new Error(`${SECRETS_FILE_ENV} is not set: the integration tests' global setup (test/setup/scanLogsForSecrets.ts) sets it`);
  if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) throw new Error(`secret "${label}" is shorter than ${MIN_SECRET_LENGTH} characters: too short to look for`);
  appendFileSync(file, `${JSON.stringify({ label, value } satisfies KnownSecret)}\n`, { mode: 0o600 });
}

/** Every secret registered, one per value (the first label a value was registered with). */
export function readKnownSecrets(file: string): KnownSecret[] {
  const byValue = new Map<string, KnownSecret>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const secret = JSON.parse(line) as KnownSecret;
    if (!byValue.has(secret.value)) byValue.set(secret.value, secret);
  }
  return [...byValue.values()];
}
