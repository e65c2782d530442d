import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS } from '@polder/api';

export const BENCH_ACCOUNT = 'polder-bench';

/**
 * Runs `work` with a WRITE token, for a benchmark that pushes through the API the way a real producer
 * does (authenticated), and deletes the token when `work` ends, however it ends: a bench leaves no
 * credential behind. The bench account is created on first use with a random password nobody knows,
 * so it can only be used through such tokens; it stays, as the author of the bench's audit entries.
 */
export async function withBenchToken<T>(driver: Driver, database: string | undefined, work: (token: string) => Promise<T>): Promise<T> {
  const accounts = new AccountService(driver, database);
  if (!(await accounts.exists(BENCH_ACCOUNT))) {
    await accounts.create({ username: BENCH_ACCOUNT, displayName: 'polder bench', password: randomBytes(24).toString('base64url'), roles: ['ADMIN'] });
  }
  const access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS, database);
  const { secret, token } = await access.issueApiToken(BENCH_ACCOUNT, { name: `bench ${new Date().toISOString()}`, scopes: ['READ', 'WRITE'], expiresInDays: 1 }, ['READ', 'WRITE']);
  try {
    return await work(secret);
  } finally {
    await driver.executeQuery('MATCH (t:ApiToken {id: $id}) DETACH DELETE t', { id: token.id }, { database });
  }
}
