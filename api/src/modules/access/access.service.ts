/**
 * Authentication: turns a request's credentials into a Principal, signs people
 * in and out, and issues and revokes API tokens. One instance per API server
 * (its login rate limiter keeps state across requests).
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { scopesHeld, TOKEN_SCOPES, type TokenScope } from '@polder/graph-schema';
import { inWriteTransaction } from '@polder/runtime';
import { apiError } from '../../errors.ts';
import { mayChangeSomething } from './authorize.ts';
import { LoginRateLimiter } from './loginRateLimiter.ts';
import { UNMATCHABLE_HASH, verifyPassword } from './passwordHash.ts';
import { anonymousPrincipal, type Principal, type PrincipalAccount } from './Principal.ts';
import type { Credentials } from './requestCredentials.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret, secretKind, SESSION_PREFIX } from './secretTokens.ts';
import { normaliseUsername } from './account.service.ts';
import { controlCharacterIn } from '../edits/editInputRules.ts';

export interface AccessSettings {
  anonymousRead: boolean;
  sessionHours: number;
  tokenMaxDays: number;
}

export const DEFAULT_ACCESS_SETTINGS: AccessSettings = { anonymousRead: false, sessionHours: 12, tokenMaxDays: 365 };

export interface ApiTokenRecord {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** A token as the admin CLI lists it: with its account, and whether that account is disabled (its tokens then work for no one). */
export interface AccountApiToken extends ApiTokenRecord {
  username: string;
  accountDisabled: boolean;
}

export interface SignedIn {
  session: string;
  expiresAt: string;
  account: PrincipalAccount;
}

const ACCOUNT_FIELDS = 'a {.username, .displayName, .roles, .domains, .disabled} AS account';
const TOKEN_FIELDS = 't {.id, .name, .scopes, .createdAt, .expiresAt, .revokedAt} AS token';

export class AccessService {
  private readonly limiter: LoginRateLimiter;

  constructor(
    private readonly driver: Driver,
    readonly settings: AccessSettings,
    private readonly database?: string,
    limiter?: LoginRateLimiter,
  ) {
    this.limiter = limiter ?? new LoginRateLimiter();
  }

  /** Who is calling. A secret that is unknown, expired or revoked is refused, never downgraded to anonymous. */
  async authenticate(credentials: Credentials): Promise<Principal> {
    if (credentials.kind === 'NONE') return anonymousPrincipal(this.settings.anonymousRead);
    if (credentials.kind === 'MALFORMED') throw apiError('UNAUTHENTICATED', credentials.reason);
    const kind = secretKind(credentials.secret);
    if (kind === null) throw apiError('UNAUTHENTICATED', 'the credentials are not a Polder API token or session');
    const now = new Date().toISOString();

    if (kind === 'TOKEN') {
      // Constraint: apitoken_hash (migration 003).
      const [row] = await this.read(
        `MATCH (t:ApiToken {tokenHash: $hash})-[:ISSUED_TO]->(a:Account) RETURN ${TOKEN_FIELDS}, ${ACCOUNT_FIELDS}`,
        { hash: hashSecret(credentials.secret) },
      );
      if (!row) throw apiError('UNAUTHENTICATED', 'unknown API token');
      const token = row.token as ApiTokenRecord;
      if (token.revokedAt) throw apiError('UNAUTHENTICATED', `API token "${token.name}" was revoked`, { reason: 'TOKEN_REVOKED' });
      if (token.expiresAt <= now) throw apiError('UNAUTHENTICATED', `API token "${token.name}" expired on ${token.expiresAt}`, { reason: 'TOKEN_EXPIRED' });
      return { account: activeAccount(row.account), via: 'TOKEN', scopes: scopesHeld(token.scopes) };
    }

    // Constraint: session_hash (migration 003).
    const [row] = await this.read(
      `MATCH (s:Session {tokenHash: $hash})-[:SESSION_OF]->(a:Account) RETURN s.expiresAt AS expiresAt, ${ACCOUNT_FIELDS}`,
      { hash: hashSecret(credentials.secret) },
    );
    // One reason either way, which the web answers with its sign-in page; the words do not guess which it was.
    if (!row) throw apiError('UNAUTHENTICATED', 'your session has ended (signed out, or expired); sign in again', { reason: 'SESSION_EXPIRED' });
    if ((row.expiresAt as string) <= now) throw apiError('UNAUTHENTICATED', 'your session has expired; sign in again', { reason: 'SESSION_EXPIRED' });
    return { account: activeAccount(row.account), via: 'SESSION', scopes: ['READ', 'WRITE'] };
  }

  /** Signs in with a password; `client` (the caller's address) is rate-limited along with the username. */
  async login(username: string, password: string, client: string): Promise<SignedIn> {
    const name = normaliseUsername(username);
    await this.limiter.takeAttempt(name, client);
    // Constraint: account_username (migration 003).
    const [row] = await this.read(`MATCH (a:Account {username: $username}) RETURN a.passwordHash AS passwordHash, ${ACCOUNT_FIELDS}`, { username: name });
    // An unknown user costs the same scrypt as a known one: timing does not reveal who has an account.
    const matches = await verifyPassword(password, (row?.passwordHash as string | undefined) ?? UNMATCHABLE_HASH);
    if (!row || !matches || (row.account as { disabled: boolean }).disabled) throw apiError('UNAUTHENTICATED', 'wrong username or password');
    await this.limiter.recordSuccess(name, client);

    const session = newSecret(SESSION_PREFIX);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.settings.sessionHours * 3_600_000).toISOString();
    await this.driver.executeQuery(
      `MATCH (a:Account {username: $username})
       // Sign-in is when this account's expired sessions are swept.
       OPTIONAL MATCH (old:Session)-[:SESSION_OF]->(a) WHERE old.expiresAt <= $now
       DETACH DELETE old
       WITH DISTINCT a
       CREATE (:Session {tokenHash: $hash, createdAt: $now, expiresAt: $expiresAt})-[:SESSION_OF]->(a)`,
      { username: name, hash: hashSecret(session), now: now.toISOString(), expiresAt },
      { database: this.database },
    );
    return { session, expiresAt, account: activeAccount(row.account) };
  }

  async logout(credentials: Credentials): Promise<void> {
    if (credentials.kind !== 'SECRET' || secretKind(credentials.secret) !== 'SESSION') return;
    await this.driver.executeQuery(`MATCH (s:Session {tokenHash: $hash}) DETACH DELETE s`, { hash: hashSecret(credentials.secret) }, { database: this.database });
  }

  /**
   * Issues a token for the caller's own account; the secret is in the result and nowhere else. Only from a
   * session: a token made with a token would outlive the revocation of the first, so a leaked token,
   * revoked, could have left others behind.
   */
  async createApiToken(principal: Principal, input: { name: string; scopes: string[]; expiresInDays: number }): Promise<{ secret: string; token: ApiTokenRecord }> {
    const account = requireAccountWithWrite(principal);
    if (principal.via === 'TOKEN') {
      throw apiError('FORBIDDEN', 'an API token cannot create tokens: sign in to the web catalog (Settings), or ask an admin to run `npx polder tokens create`');
    }
    return this.issueApiToken(account.username, input, principal.scopes);
  }

  /**
   * Issues a token for an account. `allowedScopes` bounds what it may be given:
   * the caller's own scopes through the API, everything from the admin CLI. WRITE
   * goes only to an account whose roles let it change something (mayChangeSomething).
   */
  async issueApiToken(username: string, input: { name: string; scopes: string[]; expiresInDays: number }, allowedScopes: readonly TokenScope[]): Promise<{ secret: string; token: ApiTokenRecord }> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw apiError('BAD_USER_INPUT', 'name: give the token a name of 1–100 characters', { argument: 'input.name' });
    // Listed on the settings page and logged: refused as every other one-line name is (editInputRules.ts).
    const control = controlCharacterIn(name, 'one');
    if (control) throw apiError('BAD_USER_INPUT', `name: must not contain control characters (${control})`, { argument: 'input.name' });
    const unknown = input.scopes.find((scope) => !(TOKEN_SCOPES as readonly string[]).includes(scope));
    if (unknown !== undefined || input.scopes.length === 0) throw apiError('BAD_USER_INPUT', `scopes: give one or more of ${TOKEN_SCOPES.join(', ')}`, { argument: 'input.scopes' });
    const scopes = scopesHeld(input.scopes as TokenScope[]);
    // A token cannot reach further than the credentials that created it.
    const beyond = scopes.find((scope) => !scopesHeld(allowedScopes).includes(scope));
    if (beyond !== undefined) throw apiError('FORBIDDEN', `a token with scope ${beyond} cannot be created from credentials without it`);
    if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > this.settings.tokenMaxDays) {
      throw apiError('BAD_USER_INPUT', `expiresInDays: between 1 and ${this.settings.tokenMaxDays}`, { argument: 'input.expiresInDays' });
    }
    const secret = newSecret(API_TOKEN_PREFIX);
    const now = new Date();
    const token: ApiTokenRecord = {
      id: randomUUID(),
      name,
      scopes,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
      revokedAt: null,
    };
    // The account's roles are read in the transaction that issues the token, from the graph: the CLI, which
    // names any account, is held to the same rule as a session asking for its own.
    await inWriteTransaction(this.driver, this.database, async (tx) => {
      // Constraint: account_username (migration 003).
      const found = await tx.run(`MATCH (a:Account {username: $username}) RETURN ${ACCOUNT_FIELDS}`, { username: normaliseUsername(username) });
      const record = found.records[0];
      if (!record) throw apiError('NOT_FOUND', `no account "${username.slice(0, 100)}"`);
      const account = record.get('account') as PrincipalAccount & { disabled: boolean };
      // Only the CLI, which names any account, can get here with a disabled one: a token for it would work for no one.
      if (account.disabled) throw apiError('BAD_USER_INPUT', `account "${account.username}" is disabled: enable it first, or its token would not work`);
      if (scopes.includes('WRITE') && !mayChangeSomething({ ...account, roles: account.roles ?? [], domains: account.domains ?? [] })) {
        throw apiError(
          'BAD_USER_INPUT',
          `scopes: ${account.username} (${(account.roles ?? []).join(', ') || 'no role'}) may change nothing in the catalog, so every change would refuse a WRITE token; give it READ only`,
          { argument: 'input.scopes' },
        );
      }
      await tx.run(
        `MATCH (a:Account {username: $username})
         CREATE (t:ApiToken {id: $token.id, name: $token.name, scopes: $token.scopes, createdAt: $token.createdAt, expiresAt: $token.expiresAt, tokenHash: $hash})-[:ISSUED_TO]->(a)`,
        { username: account.username, token, hash: hashSecret(secret) },
      );
    });
    return { secret, token };
  }

  async listApiTokens(principal: Principal): Promise<ApiTokenRecord[]> {
    const account = requireAccount(principal);
    const rows = await this.read(
      `MATCH (t:ApiToken)-[:ISSUED_TO]->(:Account {username: $username}) RETURN ${TOKEN_FIELDS} ORDER BY t.createdAt DESC`,
      { username: account.username },
    );
    return rows.map((row) => withNullRevocation(row.token as ApiTokenRecord));
  }

  /**
   * The tokens of one account, or of every account when `username` is undefined, by account and newest
   * first: for the admin CLI, which answers for no account (listApiTokens lists the caller's own). Never
   * a token's hash. Throws NOT_FOUND for an account that is not there.
   */
  async listAccountApiTokens(username?: string): Promise<AccountApiToken[]> {
    // Constraint: account_username (migration 003). Every account is matched, to tell one without tokens from none at all.
    const rows = await this.read(
      `MATCH (a:Account) WHERE $username IS NULL OR a.username = $username
       OPTIONAL MATCH (t:ApiToken)-[:ISSUED_TO]->(a)
       RETURN a.username AS username, coalesce(a.disabled, false) AS accountDisabled, CASE WHEN t IS NULL THEN null ELSE t {.id, .name, .scopes, .createdAt, .expiresAt, .revokedAt} END AS token
       ORDER BY username, token.createdAt DESC`,
      { username: username === undefined ? null : normaliseUsername(username) },
    );
    if (username !== undefined && rows.length === 0) throw apiError('NOT_FOUND', `no account "${username.slice(0, 100)}"`);
    return rows
      .filter((row) => row.token !== null)
      .map((row) => ({ ...withNullRevocation(row.token as ApiTokenRecord), username: row.username as string, accountDisabled: row.accountDisabled as boolean }));
  }

  /**
   * Revokes one of the caller's tokens (an admin may revoke anyone's). Revoking twice keeps the first time,
   * and says it was `alreadyRevoked`, so that only the first is logged as a revocation.
   */
  async revokeApiToken(principal: Principal, id: string): Promise<{ token: ApiTokenRecord; alreadyRevoked: boolean }> {
    const account = requireAccountWithWrite(principal);
    const revoked = await this.revoke(id, account.roles.includes('ADMIN') ? null : account.username);
    if (!revoked) throw apiError('NOT_FOUND', `no API token "${id.slice(0, 100)}" of yours`);
    return { token: revoked.token, alreadyRevoked: revoked.alreadyRevoked };
  }

  /**
   * Revokes any account's token, for the admin CLI (which answers for no account, as issueApiToken does);
   * says whose it was. Revoking twice keeps the first time, as revokeApiToken does.
   */
  async revokeAnyApiToken(id: string): Promise<{ token: ApiTokenRecord; username: string; alreadyRevoked: boolean }> {
    const revoked = await this.revoke(id, null);
    if (!revoked) throw apiError('NOT_FOUND', `no API token "${id.slice(0, 100)}"`);
    return revoked;
  }

  /** Revokes token `id` if it is `owner`'s (anyone's for null); null when there is no such token. */
  private async revoke(id: string, owner: string | null): Promise<{ token: ApiTokenRecord; username: string; alreadyRevoked: boolean } | null> {
    // Constraint: apitoken_id (migration 003).
    const { records } = await this.driver.executeQuery(
      `MATCH (t:ApiToken {id: $id})-[:ISSUED_TO]->(owner:Account)
       WHERE $owner IS NULL OR owner.username = $owner
       WITH t, owner, t.revokedAt IS NOT NULL AS alreadyRevoked
       SET t.revokedAt = coalesce(t.revokedAt, $now)
       RETURN ${TOKEN_FIELDS}, owner.username AS username, alreadyRevoked`,
      { id, owner, now: new Date().toISOString() },
      { database: this.database },
    );
    const record = records[0];
    if (!record) return null;
    return { token: withNullRevocation(record.get('token') as ApiTokenRecord), username: record.get('username') as string, alreadyRevoked: record.get('alreadyRevoked') as boolean };
  }

  private async read(cypher: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: 'READ' });
    return records.map((record) => record.toObject());
  }
}

function activeAccount(value: unknown): PrincipalAccount {
  const account = value as PrincipalAccount & { disabled: boolean };
  if (account.disabled) throw apiError('UNAUTHENTICATED', `account "${account.username}" is disabled`);
  return { username: account.username, displayName: account.displayName, roles: account.roles ?? [], domains: account.domains ?? [] };
}

function requireAccount(principal: Principal): PrincipalAccount {
  if (!principal.account) throw apiError('UNAUTHENTICATED', 'sign in or send an API token first');
  return principal.account;
}

function requireAccountWithWrite(principal: Principal): PrincipalAccount {
  const account = requireAccount(principal);
  if (!principal.scopes.includes('WRITE')) throw apiError('FORBIDDEN', 'this API token is read-only (scope WRITE missing)');
  return account;
}

function withNullRevocation(token: ApiTokenRecord): ApiTokenRecord {
  return { ...token, revokedAt: token.revokedAt ?? null };
}
