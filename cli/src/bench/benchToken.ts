import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS } from '@polder/api';

const BENCH_ACCOUNT = 'polder-bench';

/**
 * A short-lived WRITE token for a benchmark that pushes through the API the way
 * a real producer does (authenticated). The bench account is created on first use
 * with a random password nobody knows; it can only be used through such tokens.
 */
export async function benchToken(driver: Driver, database?: string): Promise<string> {
  const accounts = new AccountService(driver, database);
  if (!(await accounts.exists(BENCH_ACCOUNT))) {
    await accounts.create({ username: BENCH_ACCOUNT, displayName: 'polder bench', password: randomBytes(24).toString('base64url'), roles: ['ADMIN'] });
  }
  const access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS, database);
  const { secret } = await access.issueApiToken(BENCH_ACCOUNT, { name: `bench ${new Date().toISOString()}`, scopes: ['READ', 'WRITE'], expiresInDays: 1 }, ['READ', 'WRITE']);
  return secret;
}
