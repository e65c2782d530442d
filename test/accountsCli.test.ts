/**
 * `npx polder accounts` and `npx polder tokens` as an operator runs them, against a Neo4j of this file's
 * own (whether an account is the last enabled ADMIN is a question about every account in the graph, which
 * the shared one holds many of): disabling ends an account's sessions and stops its tokens, enabling brings
 * the tokens back; roles, domains and display name change; a password is reset from stdin or generated,
 * ending sessions; any account's tokens are listed (never a secret) and revoked. The last enabled ADMIN
 * cannot be disabled or lose its role. Each change is audit-logged as the API logs its own, and input
 * refused changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS, type Principal } from '@polder/api';
import { applyMigrations, MIGRATIONS } from '@polder/graph-schema';
import { connectNeo4j, findFreePort, LOG_CAPTURE_DIR_ENV, loadConfig, startServices } from '@polder/runtime';
import { registerSecret } from './support/knownSecrets.ts';
import { polderCli } from './support/polderCli.ts';
import { testLogger } from './support/services.ts';

const dir = mkdtempSync(join(tmpdir(), 'polder-accounts-cli-'));
const PASSWORD = 'a long enough password';
const polderYaml = `
domains:
  - { id: rentals, name: Rentals }
  - { id: finance, name: Finance }
sources: []
`;

let target: Awaited<ReturnType<typeof startServices<'neo4j'>>>;
let driver: ReturnType<typeof connectNeo4j>;
let accounts: AccountService;
let access: AccessService;

/** `npx polder <args>` against this file's Neo4j, `stdin` on its standard input; its log lines go to the run's capture, which the secret scan reads. */
function polder(args: string[], stdin?: string) {
  const env = { NEO4J_URI: target.neo4j.uri, NEO4J_PASSWORD: target.neo4j.password!, [LOG_CAPTURE_DIR_ENV]: process.env[LOG_CAPTURE_DIR_ENV]! };
  return polderCli(args, { polderYaml, env, stdin });
}

/** The audit log line `message` among a CLI run's stderr. */
function auditLine(stderr: string, message: string): Record<string, unknown> | undefined {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => line.msg === message);
}

/** Who `secret` authenticates as, or why it is refused. */
async function whoIs(secret: string): Promise<string> {
  return access.authenticate({ kind: 'SECRET', secret }).then(
    (principal: Principal) => principal.account!.username,
    (error: Error) => `refused: ${error.message}`,
  );
}

/** How many sessions of `username` the graph holds, expired ones included. */
async function sessionsOf(username: string): Promise<number> {
  const { records } = await driver.executeQuery(`MATCH (s:Session)-[:SESSION_OF]->(:Account {username: $username}) RETURN count(s) AS count`, { username });
  return Number(records[0]!.get('count'));
}

async function signIn(username: string, password = PASSWORD): Promise<string> {
  return (await access.login(username, password, '127.0.0.1')).session;
}

beforeAll(async () => {
  const config = loadConfig({ file: null, env: {}, overrides: { dataDir: join(dir, 'neo4j'), neo4j: { boltPort: await findFreePort(), heapMb: 512, pageCacheMb: 128 } } });
  target = await startServices(config, { which: ['neo4j'], detached: false, logger: testLogger });
  registerSecret('Neo4j password of the accounts CLI test', target.neo4j.password!);
  driver = connectNeo4j(target.neo4j);
  await applyMigrations(driver, MIGRATIONS);
  accounts = new AccountService(driver);
  access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS);
  await accounts.create({ username: 'acli-admin', displayName: 'Ada Admin', password: PASSWORD, roles: ['ADMIN'] });
  await accounts.create({ username: 'acli-ann', displayName: 'Ann Owner', password: PASSWORD, roles: ['DOMAIN_OWNER'], domains: ['rentals'] });
}, 600_000);

afterAll(async () => {
  await driver?.close();
  await target?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('polder accounts', () => {
  it('lists every account with its display name and whether it is disabled', async () => {
    await driver.executeQuery(`MATCH (a:Account {username: 'acli-ann'}) SET a.disabled = true`);
    try {
      const result = await polder(['accounts', 'list']);
      expect({ code: result.code, stdout: result.stdout }).toEqual({
        code: 0,
        stdout: ['USERNAME    NAME       ROLES         DOMAINS  STATE', 'acli-admin  Ada Admin  ADMIN                  enabled', 'acli-ann    Ann Owner  DOMAIN_OWNER  rentals  disabled', ''].join('\n'),
      });
    } finally {
      await driver.executeQuery(`MATCH (a:Account {username: 'acli-ann'}) SET a.disabled = false`);
    }
  });

  it('disables an account: its sessions end, its tokens and its password stop working; enabling brings the tokens back', async () => {
    const session = await signIn('acli-ann');
    const { secret } = await access.issueApiToken('acli-ann', { name: 'disable-test', scopes: ['READ'], expiresInDays: 1 }, ['READ']);

    const disabled = await polder(['accounts', 'disable', 'acli-ann']);
    expect({ code: disabled.code, stdout: disabled.stdout }).toEqual({
      code: 0,
      stdout: 'disabled account acli-ann: 1 session ended; 1 API token neither revoked nor expired stop working while it is disabled\n',
    });
    expect(auditLine(disabled.stderr, 'account disabled')).toMatchObject({ by: expect.stringMatching(/^cli:.+/), account: 'acli-ann', sessionsEnded: 1 });
    expect(await whoIs(session)).toBe('refused: your session has ended (signed out, or expired); sign in again');
    expect(await whoIs(secret)).toBe('refused: account "acli-ann" is disabled');
    await expect(signIn('acli-ann')).rejects.toThrow('wrong username or password');
    expect((await accounts.list()).find((account) => account.username === 'acli-ann')?.disabled).toBe(true);

    const again = await polder(['accounts', 'disable', 'acli-ann']);
    expect({ code: again.code, stdout: again.stdout }).toEqual({ code: 0, stdout: 'account acli-ann already was disabled: nothing changed\n' });
    // A token for a disabled account would work for no one.
    const token = await polder(['tokens', 'create', 'acli-ann', '--name', 'refused']);
    expect({ code: token.code, line: token.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toEqual({
      code: 2,
      line: 'polder: tokens create: account "acli-ann" is disabled: enable it first, or its token would not work',
    });

    const enabled = await polder(['accounts', 'enable', 'acli-ann']);
    expect({ code: enabled.code, stdout: enabled.stdout }).toEqual({
      code: 0,
      stdout: 'enabled account acli-ann: it may sign in again, and 1 API token neither revoked nor expired work again (npx polder tokens list acli-ann)\n',
    });
    expect(auditLine(enabled.stderr, 'account enabled')).toMatchObject({ by: expect.stringMatching(/^cli:/), account: 'acli-ann' });
    expect(await whoIs(secret)).toBe('acli-ann');
    // The session ended for good: enabling does not bring it back.
    expect(await whoIs(session)).toBe('refused: your session has ended (signed out, or expired); sign in again');
    expect(await whoIs(await signIn('acli-ann'))).toBe('acli-ann');
  });

  it('refuses to disable the last enabled ADMIN, or to take its role, changing nothing; with another admin it may', async () => {
    const disable = await polder(['accounts', 'disable', 'acli-admin']);
    expect({ code: disable.code, first: disable.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toEqual({
      code: 1,
      first: 'polder: accounts disable: acli-admin is the last enabled ADMIN, and disabling acli-admin would leave none to administer the catalog: make another account ADMIN first',
    });
    const demote = await polder(['accounts', 'set', 'acli-admin', '--role', 'VIEWER']);
    expect({ code: demote.code, first: demote.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toEqual({
      code: 1,
      first: 'polder: accounts set: acli-admin is the last enabled ADMIN, and taking the ADMIN role from acli-admin would leave none to administer the catalog: make another account ADMIN first',
    });
    const admin = (await accounts.list()).find((account) => account.username === 'acli-admin');
    expect({ roles: admin?.roles, disabled: admin?.disabled }).toEqual({ roles: ['ADMIN'], disabled: false });

    // A disabled ADMIN is no administrator: it does not count.
    await accounts.create({ username: 'acli-spare', password: PASSWORD, roles: ['ADMIN'] });
    await accounts.setDisabled('acli-spare', true);
    expect((await polder(['accounts', 'disable', 'acli-admin'])).code).toBe(1);

    expect((await polder(['accounts', 'enable', 'acli-spare'])).code).toBe(0);
    const now = await polder(['accounts', 'disable', 'acli-admin']);
    expect({ code: now.code, stdout: now.stdout }).toEqual({ code: 0, stdout: 'disabled account acli-admin: 0 sessions ended; 0 API tokens neither revoked nor expired stop working while it is disabled\n' });
    expect((await polder(['accounts', 'enable', 'acli-admin'])).code).toBe(0);
  });

  it('changes roles, domains and display name, refusing a DOMAIN_OWNER without domains and an unknown account', async () => {
    const changed = await polder(['accounts', 'set', 'acli-ann', '--role', 'STEWARD', '--no-domains', '--name', 'Ann Steward']);
    expect({ code: changed.code, stdout: changed.stdout }).toEqual({
      code: 0,
      stdout: 'changed account acli-ann: roles DOMAIN_OWNER → STEWARD; domains rentals → (none); name "Ann Owner" → "Ann Steward"\n',
    });
    expect(auditLine(changed.stderr, 'account changed')).toMatchObject({
      by: expect.stringMatching(/^cli:/),
      account: 'acli-ann',
      before: { roles: ['DOMAIN_OWNER'], domains: ['rentals'], displayName: 'Ann Owner' },
      after: { roles: ['STEWARD'], domains: [], displayName: 'Ann Steward' },
    });

    const owner = await polder(['accounts', 'set', 'acli-ann', '--role', 'DOMAIN_OWNER']);
    expect({ code: owner.code, first: owner.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toEqual({
      code: 2,
      first: 'polder: accounts set: domains: a DOMAIN_OWNER needs the domains it owns',
    });
    const nobody = await polder(['accounts', 'set', 'acli-nobody', '--role', 'VIEWER']);
    expect({ code: nobody.code, first: nobody.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toEqual({ code: 2, first: 'polder: accounts set: no account "acli-nobody"' });

    const back = await polder(['accounts', 'set', 'acli-ann', '--role', 'DOMAIN_OWNER', '--domain', 'rentals', '--domain', 'finance', '--name', 'Ann Owner']);
    expect(back.stdout).toBe('changed account acli-ann: roles STEWARD → DOMAIN_OWNER; domains (none) → rentals, finance; name "Ann Steward" → "Ann Owner"\n');
    const ann = (await accounts.list()).find((account) => account.username === 'acli-ann');
    expect({ roles: ann?.roles, domains: ann?.domains, displayName: ann?.displayName }).toEqual({ roles: ['DOMAIN_OWNER'], domains: ['rentals', 'finance'], displayName: 'Ann Owner' });
    expect((await polder(['accounts', 'set', 'acli-ann', '--name', 'Ann Owner'])).stdout).toBe('account acli-ann already was so: nothing changed\n');
  });

  it('resets a password read from stdin, ending the sessions; refuses a short one, changing nothing', async () => {
    const session = await signIn('acli-ann');
    const short = await polder(['accounts', 'password', 'acli-ann', '--password-stdin'], 'short\n');
    expect({ code: short.code, first: short.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toMatchObject({ code: 2, first: expect.stringMatching(/^polder: accounts password: password: /) });
    expect(await whoIs(session)).toBe('acli-ann');

    const newPassword = 'another long enough password';
    registerSecret('new password of acli-ann', newPassword);
    // The one signed in here, and one an earlier test left.
    expect(await sessionsOf('acli-ann')).toBe(2);
    const reset = await polder(['accounts', 'password', 'acli-ann', '--password-stdin'], `${newPassword}\n`);
    expect({ code: reset.code, stdout: reset.stdout }).toEqual({
      code: 0,
      stdout: 'new password for acli-ann: 2 sessions ended; its API tokens are untouched (npx polder tokens list acli-ann)\n',
    });
    expect(auditLine(reset.stderr, 'account password reset')).toMatchObject({ by: expect.stringMatching(/^cli:/), account: 'acli-ann', sessionsEnded: 2 });
    expect(await sessionsOf('acli-ann')).toBe(0);
    expect(reset.stderr).not.toContain(newPassword);
    expect(await whoIs(session)).toBe('refused: your session has ended (signed out, or expired); sign in again');
    await expect(signIn('acli-ann', PASSWORD)).rejects.toThrow('wrong username or password');
    expect(await whoIs(await signIn('acli-ann', newPassword))).toBe('acli-ann');
  });

  it('resets a password to a generated one, printed once', async () => {
    const reset = await polder(['accounts', 'password', 'acli-ann']);
    const generated = /^password: (\S+)$/m.exec(reset.stdout)?.[1];
    expect({ code: reset.code, generated: typeof generated }).toEqual({ code: 0, generated: 'string' });
    registerSecret('generated password of acli-ann', generated!);
    expect(reset.stderr).not.toContain(generated);
    expect(await whoIs(await signIn('acli-ann', generated!))).toBe('acli-ann');
    await accounts.resetPassword('acli-ann', PASSWORD);
  });
});

describe('polder tokens', () => {
  it("lists any account's tokens without their secrets, and revokes one, once", async () => {
    const nightly = await access.issueApiToken('acli-ann', { name: 'nightly', scopes: ['READ'], expiresInDays: 30 }, ['READ', 'WRITE']);
    const lineage = await access.issueApiToken('acli-admin', { name: 'lineage', scopes: ['READ', 'WRITE'], expiresInDays: 7 }, ['READ', 'WRITE']);

    const listed = await polder(['tokens', 'list']);
    expect(listed.code).toBe(0);
    const [header, ...rows] = listed.stdout.trimEnd().split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['ID', 'ACCOUNT', 'NAME', 'SCOPES', 'CREATED', 'EXPIRES', 'STATE']);
    const row = (id: string) => rows.find((line) => line.startsWith(id))?.split(/\s{2,}/);
    const minute = (iso: string) => `${iso.slice(0, 16)}Z`;
    expect(row(nightly.token.id)).toEqual([nightly.token.id, 'acli-ann', 'nightly', 'READ', minute(nightly.token.createdAt), minute(nightly.token.expiresAt), 'active']);
    expect(row(lineage.token.id)).toEqual([lineage.token.id, 'acli-admin', 'lineage', 'READ,WRITE', minute(lineage.token.createdAt), minute(lineage.token.expiresAt), 'active']);
    expect(listed.stdout).not.toContain(nightly.secret);
    expect(listed.stdout).not.toContain(lineage.secret);

    const ofAnn = await polder(['tokens', 'list', 'acli-ann']);
    expect(ofAnn.stdout).toContain(nightly.token.id);
    expect(ofAnn.stdout).not.toContain(lineage.token.id);
    const nobody = await polder(['tokens', 'list', 'acli-nobody']);
    expect({ code: nobody.code, first: nobody.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toEqual({ code: 2, first: 'polder: tokens list: no account "acli-nobody"' });

    const revoked = await polder(['tokens', 'revoke', nightly.token.id]);
    expect({ code: revoked.code, stdout: revoked.stdout }).toEqual({ code: 0, stdout: `revoked API token "nightly" (${nightly.token.id}) of acli-ann: it stops working now\n` });
    expect(auditLine(revoked.stderr, 'API token revoked')).toMatchObject({ by: expect.stringMatching(/^cli:/), account: 'acli-ann', apiTokenId: nightly.token.id, apiTokenName: 'nightly' });
    expect(await whoIs(nightly.secret)).toBe('refused: API token "nightly" was revoked');
    expect(await whoIs(lineage.secret)).toBe('acli-admin');
    expect((await polder(['tokens', 'list', 'acli-ann'])).stdout).toMatch(new RegExp(`^${nightly.token.id} .* revoked \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ$`, 'm'));

    const again = await polder(['tokens', 'revoke', nightly.token.id]);
    expect({ code: again.code, stdout: again.stdout, logged: auditLine(again.stderr, 'API token revoked') }).toEqual({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^API token "nightly" \\(${nightly.token.id}\\) of acli-ann was already revoked, on .+: nothing changed\\n$`)),
      logged: undefined,
    });
    const unknown = await polder(['tokens', 'revoke', 'no-such-token']);
    expect({ code: unknown.code, first: unknown.stderr.split('\n').find((line) => line.startsWith('polder:')) }).toEqual({ code: 2, first: 'polder: tokens revoke: no API token "no-such-token"' });
  });

  it('logs the tokens it creates, as the API does', async () => {
    const created = await polder(['tokens', 'create', 'acli-ann', '--name', 'cli-created', '--days', '1']);
    const secret = created.stdout.trim();
    registerSecret('API token "cli-created" of acli-ann', secret);
    expect(created.code).toBe(0);
    expect(auditLine(created.stderr, 'API token created')).toMatchObject({ by: expect.stringMatching(/^cli:/), account: 'acli-ann', apiTokenName: 'cli-created', scopes: ['READ'] });
    expect(created.stderr).not.toContain(secret);
    expect(await whoIs(secret)).toBe('acli-ann');
  });
});
