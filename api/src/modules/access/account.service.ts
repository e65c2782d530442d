/**
 * Local accounts: created by an admin (`npx polder accounts add`), signed in to
 * through `login`. Usernames are case-insensitive (stored lower-case).
 */
import type { Driver } from 'neo4j-driver';
import { isRole, ROLES, type Role } from '@polder/graph-schema';
import { hashPassword, passwordProblem } from './passwordHash.ts';
import type { PrincipalAccount } from './Principal.ts';
import { controlCharacterIn } from '../edits/editInputRules.ts';

export interface NewAccount {
  username: string;
  displayName?: string;
  password: string;
  roles: string[];
  domains?: string[];
}

export interface AccountSummary extends PrincipalAccount {
  disabled: boolean;
  createdAt: string;
}

/** Bad account input: the message names the field. */
export class AccountInputError extends Error {
  override name = 'AccountInputError';
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** What is wrong with `input` as a new account, in words naming the part; undefined when nothing is. */
export function newAccountProblem(input: NewAccount): string | undefined {
  if (!USERNAME.test(normaliseUsername(input.username))) return `username "${input.username}": use 2–64 of a-z, 0-9, ".", "_", "-", starting with a letter or digit`;
  const problem = passwordProblem(input.password);
  if (problem) return `password: ${problem}`;
  const unknownRole = input.roles.find((role) => !isRole(role));
  if (unknownRole !== undefined) return `role "${unknownRole}" is not one of ${ROLES.join(', ')}`;
  if (input.roles.length === 0) return `roles: give at least one of ${ROLES.join(', ')}`;
  if (input.roles.includes('DOMAIN_OWNER') && (input.domains ?? []).length === 0) return 'domains: a DOMAIN_OWNER needs the domains it owns';
  const displayName = input.displayName?.trim() ?? '';
  if (displayName.length > 100) return `display name: at most 100 characters (got ${displayName.length})`;
  const control = controlCharacterIn(displayName, 'one');
  if (control) return `display name: must not contain control characters (${control})`;
  return undefined;
}

export class AccountService {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  // Constraint: account_username (migration 003).
  async create(input: NewAccount): Promise<AccountSummary> {
    const problem = newAccountProblem(input);
    if (problem) throw new AccountInputError(problem);
    const username = normaliseUsername(input.username);
    const domains = input.domains ?? [];

    const passwordHash = await hashPassword(input.password);
    const { records } = await this.driver.executeQuery(
      `OPTIONAL MATCH (existing:Account {username: $username})
       WITH existing WHERE existing IS NULL
       CREATE (a:Account {username: $username, displayName: $displayName, passwordHash: $passwordHash,
                          roles: $roles, domains: $domains, disabled: false, createdAt: $now})
       RETURN a.createdAt AS createdAt`,
      { username, displayName: input.displayName?.trim() || username, passwordHash, roles: input.roles, domains, now: new Date().toISOString() },
      { database: this.database },
    );
    if (records.length === 0) throw new AccountInputError(`username "${username}" is taken`);
    return { username, displayName: input.displayName?.trim() || username, roles: input.roles as Role[], domains, disabled: false, createdAt: records[0]!.get('createdAt') };
  }

  async list(): Promise<AccountSummary[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (a:Account) RETURN a {.username, .displayName, .roles, .domains, .disabled, .createdAt} AS account ORDER BY a.username`,
      {},
      { database: this.database, routing: 'READ' },
    );
    return records.map((record) => record.get('account') as AccountSummary);
  }

  async exists(username: string): Promise<boolean> {
    const { records } = await this.driver.executeQuery(`MATCH (a:Account {username: $username}) RETURN count(a) > 0 AS found`, { username: normaliseUsername(username) }, { database: this.database, routing: 'READ' });
    return records[0]!.get('found') as boolean;
  }
}
