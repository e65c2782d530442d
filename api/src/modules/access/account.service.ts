/**
 * Local accounts: created, changed, disabled and enabled by an admin (`npx polder accounts`),
 * signed in to through `login`. Usernames are case-insensitive (stored lower-case).
 *
 * There is always an enabled ADMIN once there has been one: disabling the last, or taking its
 * role away, is refused (LastAdminError), since nobody could then do through the API what
 * only an ADMIN may (revoking another account's token, among others: authorize.ts).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { isRole, ROLES, type Role } from '@polder/graph-schema';
import { inWriteTransaction } from '@polder/runtime';
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

/** What an admin changes of an existing account; a part left out stays as it is. */
export interface AccountChanges {
  /** Replace the roles: the whole new list. */
  roles?: string[];
  /** Replace the domains (owned with DOMAIN_OWNER, and private ones seen): the whole new list, [] for none. */
  domains?: string[];
  /** Blank for the username, as at creation. */
  displayName?: string;
}

/** Bad account input, or an account that is not there: the message names the field or the account. */
export class AccountInputError extends Error {
  override name = 'AccountInputError';
}

/** A change refused because it would leave no enabled ADMIN (see the header). */
export class LastAdminError extends Error {
  override name = 'LastAdminError';
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
  return rolesProblem(input.roles, input.domains ?? []) ?? displayNameProblem(input.displayName);
}

/**
 * What is wrong with `changes` in themselves (a role unknown, no role at all, a display name too long),
 * in words naming the part; undefined when nothing is. What depends on the account as well (a
 * DOMAIN_OWNER left without domains) is checked by AccountService.update, which reads it.
 */
export function accountChangesProblem(changes: AccountChanges): string | undefined {
  if (changes.roles === undefined && changes.domains === undefined && changes.displayName === undefined) return 'nothing to change: give roles, domains or a display name';
  return (changes.roles && roleListProblem(changes.roles)) ?? displayNameProblem(changes.displayName);
}

function rolesProblem(roles: string[], domains: string[]): string | undefined {
  return roleListProblem(roles) ?? (roles.includes('DOMAIN_OWNER') && domains.length === 0 ? 'domains: a DOMAIN_OWNER needs the domains it owns' : undefined);
}

function roleListProblem(roles: string[]): string | undefined {
  const unknownRole = roles.find((role) => !isRole(role));
  if (unknownRole !== undefined) return `role "${unknownRole}" is not one of ${ROLES.join(', ')}`;
  if (roles.length === 0) return `roles: give at least one of ${ROLES.join(', ')}`;
  return undefined;
}

function displayNameProblem(name: string | undefined): string | undefined {
  const displayName = name?.trim() ?? '';
  if (displayName.length > 100) return `display name: at most 100 characters (got ${displayName.length})`;
  const control = controlCharacterIn(displayName, 'one');
  if (control) return `display name: must not contain control characters (${control})`;
  return undefined;
}

/** The fields of an AccountSummary, of `a`; an account without `disabled` (one written by hand) is enabled, as AccessService.authenticate takes it. */
const SUMMARY_FIELDS = 'a {.username, .displayName, .roles, .domains, disabled: coalesce(a.disabled, false), .createdAt} AS account';

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
      `MATCH (a:Account) RETURN ${SUMMARY_FIELDS} ORDER BY a.username`,
      {},
      { database: this.database, routing: 'READ' },
    );
    return records.map((record) => record.get('account') as AccountSummary);
  }

  /**
   * Disables or enables an account. Disabling ends its sessions (deleted: signing in again is refused)
   * and stops its API tokens working (AccessService.authenticate refuses every credential of a disabled
   * account) without revoking them: enabling it again makes those neither revoked nor expired work again.
   * `changed` is false when the account already was so.
   */
  async setDisabled(username: string, disabled: boolean): Promise<{ account: AccountSummary; changed: boolean; sessionsEnded: number }> {
    return inWriteTransaction(this.driver, this.database, async (tx) => {
      const before = await lockAccount(tx, username);
      if (before.disabled === disabled) return { account: before, changed: false, sessionsEnded: 0 };
      if (disabled && isEnabledAdmin(before)) await refuseLastAdmin(tx, before.username, `disabling ${before.username}`);
      await tx.run(`MATCH (a:Account {username: $username}) SET a.disabled = $disabled`, { username: before.username, disabled });
      const sessionsEnded = disabled ? await endSessions(tx, before.username) : 0;
      return { account: { ...before, disabled }, changed: true, sessionsEnded };
    });
  }

  /** Changes an account's roles, domains or display name (AccountChanges); its sessions and tokens carry on, with the new roles from their next request. */
  async update(username: string, changes: AccountChanges): Promise<{ before: AccountSummary; after: AccountSummary }> {
    const problem = accountChangesProblem(changes);
    if (problem) throw new AccountInputError(problem);
    return inWriteTransaction(this.driver, this.database, async (tx) => {
      const before = await lockAccount(tx, username);
      const after: AccountSummary = {
        ...before,
        roles: (changes.roles ?? before.roles) as Role[],
        domains: changes.domains ?? before.domains,
        displayName: changes.displayName === undefined ? before.displayName : changes.displayName.trim() || before.username,
      };
      // Taking the domains of a DOMAIN_OWNER away is as wrong as making one without.
      const roles = rolesProblem(after.roles, after.domains);
      if (roles) throw new AccountInputError(roles);
      if (isEnabledAdmin(before) && !isEnabledAdmin(after)) await refuseLastAdmin(tx, before.username, `taking the ADMIN role from ${before.username}`);
      await tx.run(`MATCH (a:Account {username: $username}) SET a.roles = $roles, a.domains = $domains, a.displayName = $displayName`, {
        username: before.username,
        roles: after.roles,
        domains: after.domains,
        displayName: after.displayName,
      });
      return { before, after };
    });
  }

  /**
   * Sets a new password, and ends the account's sessions: a password is reset when the old one may be
   * known to someone else, who may have signed in with it. API tokens are not touched (revoke them apart).
   */
  async resetPassword(username: string, password: string): Promise<{ username: string; sessionsEnded: number }> {
    const problem = passwordProblem(password);
    if (problem) throw new AccountInputError(`password: ${problem}`);
    // scrypt takes a while: before the transaction, which holds the account's lock.
    const passwordHash = await hashPassword(password);
    return inWriteTransaction(this.driver, this.database, async (tx) => {
      const account = await lockAccount(tx, username);
      await tx.run(`MATCH (a:Account {username: $username}) SET a.passwordHash = $passwordHash`, { username: account.username, passwordHash });
      return { username: account.username, sessionsEnded: await endSessions(tx, account.username) };
    });
  }

  async exists(username: string): Promise<boolean> {
    const { records } = await this.driver.executeQuery(`MATCH (a:Account {username: $username}) RETURN count(a) > 0 AS found`, { username: normaliseUsername(username) }, { database: this.database, routing: 'READ' });
    return records[0]!.get('found') as boolean;
  }
}

function isEnabledAdmin(account: { roles: readonly string[]; disabled: boolean }): boolean {
  return account.roles.includes('ADMIN') && !account.disabled;
}

/**
 * Reads the account, write-locked until the transaction ends: two changes to one account are made one
 * after the other, each on what the other left. Throws AccountInputError when there is none.
 */
// Constraint: account_username (migration 003).
async function lockAccount(tx: ManagedTransaction, username: string): Promise<AccountSummary> {
  const { records } = await tx.run(`MATCH (a:Account {username: $username}) SET a._accountLock = true REMOVE a._accountLock RETURN ${SUMMARY_FIELDS}`, {
    username: normaliseUsername(username),
  });
  if (records.length === 0) throw new AccountInputError(`no account "${username.slice(0, 100)}"`);
  const account = records[0]!.get('account') as AccountSummary;
  return { ...account, roles: account.roles ?? [], domains: account.domains ?? [] };
}

/**
 * Throws LastAdminError unless an enabled ADMIN other than `username` remains. Every enabled ADMIN is
 * write-locked first: two admins disabled at once, each by its own transaction, would otherwise each see
 * the other still enabled, and both go. (Two such transactions may deadlock on the locks: Neo4j then
 * fails one, and inWriteTransaction runs it again, to find the other's change committed.)
 */
async function refuseLastAdmin(tx: ManagedTransaction, username: string, change: string): Promise<void> {
  const { records } = await tx.run(
    `MATCH (admin:Account) WHERE 'ADMIN' IN admin.roles AND NOT coalesce(admin.disabled, false)
     SET admin._accountLock = true REMOVE admin._accountLock
     RETURN collect(admin.username) AS admins`,
  );
  const others = (records[0]!.get('admins') as string[]).filter((admin) => admin !== username);
  if (others.length === 0) {
    throw new LastAdminError(`${username} is the last enabled ADMIN, and ${change} would leave none to administer the catalog: make another account ADMIN first`);
  }
}

/** Deletes the account's sessions (one that is gone is refused: AccessService.authenticate); returns how many there were, expired ones included. */
async function endSessions(tx: ManagedTransaction, username: string): Promise<number> {
  const { records } = await tx.run(
    `MATCH (s:Session)-[:SESSION_OF]->(:Account {username: $username})
     DETACH DELETE s
     RETURN count(s) AS ended`,
    { username },
  );
  return Number(records[0]?.get('ended') ?? 0);
}
