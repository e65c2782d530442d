/**
 * The demo's accounts, one per role, so the web catalog's sign-in, edits and
 * permissions can be tried at once. Created on first start with random
 * passwords, written to `<dataDir>/secrets/demo-accounts` (0600) — never fixed
 * passwords, even for a demo that only listens on loopback.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, chmod, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { AccountService, type NewAccount } from '@polder/api';

export const DEMO_ACCOUNTS: Array<Omit<NewAccount, 'password'>> = [
  { username: 'admin', displayName: 'Demo admin', roles: ['ADMIN'] },
  { username: 'council', displayName: 'Governance council member', roles: ['COUNCIL'] },
  { username: 'steward', displayName: 'Glossary steward', roles: ['STEWARD'] },
  { username: 'rentals-owner', displayName: 'Rentals domain owner', roles: ['DOMAIN_OWNER'], domains: ['rentals'] },
  { username: 'finance-owner', displayName: 'Finance domain owner', roles: ['DOMAIN_OWNER'], domains: ['finance'] },
  { username: 'delivery-owner', displayName: 'Delivery domain owner', roles: ['DOMAIN_OWNER'], domains: ['delivery'] },
  { username: 'viewer', displayName: 'Data consumer', roles: ['VIEWER'] },
];

/**
 * Creates the demo accounts that do not exist yet; returns the file listing their passwords (null when
 * none was ever created). Each account's line is written as soon as it exists: a start that fails half
 * way (Neo4j gone at the fourth account) leaves no account whose password nobody knows.
 */
export async function seedDemoAccounts(driver: Driver, database: string, secretsDir: string): Promise<string | null> {
  const file = join(secretsDir, 'demo-accounts');
  const accounts = new AccountService(driver, database);
  let wroteAny = false;
  for (const account of DEMO_ACCOUNTS) {
    if (await accounts.exists(account.username)) continue;
    if (!wroteAny) await openAccountsFile(secretsDir, file);
    wroteAny = true;
    const password = randomBytes(12).toString('base64url');
    await accounts.create({ ...account, password });
    await appendFile(file, `${account.username.padEnd(16)} ${password}   (${account.roles.join(', ')}${account.domains ? ` of ${account.domains.join(', ')}` : ''})\n`, { mode: 0o600 });
  }
  return wroteAny || existsSync(file) ? file : null;
}

/** The secrets directory (0700) and the file's header, written once. */
async function openAccountsFile(secretsDir: string, file: string): Promise<void> {
  await mkdir(secretsDir, { recursive: true, mode: 0o700 });
  await chmod(secretsDir, 0o700);
  if (!existsSync(file)) await writeFile(file, '# Demo accounts of this Polder (username, password, roles). Sign in at the web catalog.\n', { mode: 0o600, flag: 'wx' });
}
