import { randomBytes } from 'node:crypto';
import { AccessService, AccountInputError, AccountService, DEFAULT_ACCESS_SETTINGS, LastAdminError, newAccountProblem, type AccountSummary } from '@polder/api';
import type { Logger } from '@polder/runtime';
import { openPlatform } from '../platform.ts';
import { accountsRequest, type AccountsRequest } from './accountsRequest.ts';
import { cliActor } from './cliActor.ts';
import type { Command } from './Command.ts';
import { textTable } from './textTable.ts';
import { UsageError } from './UsageError.ts';

const USAGE = `Usage:
  npx polder accounts add <username> --role ROLE [--role ROLE] [--domain ID ...] [--name "Display Name"] [--password-stdin]
  npx polder accounts list
  npx polder accounts set <username> [--role ROLE ...] [--domain ID ... | --no-domains] [--name "Display Name"]
  npx polder accounts disable <username>
  npx polder accounts enable <username>
  npx polder accounts password <username> [--password-stdin]

Roles: VIEWER, STEWARD, DOMAIN_OWNER (with --domain), COUNCIL, ADMIN.
--domain also makes an account of any role a member of a private domain: it sees that domain's assets.
set: --role and --domain replace the account's roles and domains with those given; --no-domains removes its domains.
disable: ends the account's sessions and stops its API tokens working (enable makes those neither revoked nor
  expired work again). The last enabled ADMIN cannot be disabled, nor lose its role.
password: ends the account's sessions; its API tokens are untouched (npx polder tokens list|revoke).
Without --password-stdin a random password is generated and printed once.
`;

export const accounts: Command = {
  summary: 'Manage local accounts: add, list, change roles and domains, disable and enable, reset a password.',
  usage: 'accounts add|list|set|disable|enable|password',
  help: USAGE,
  async run(args, { config, logger }) {
    const request = accountsRequest(args, config.mesh.domains.map((domain) => domain.id));
    // Everything the input can be wrong about is said before Neo4j starts; the password is read before it too.
    const password = 'passwordFromStdin' in request ? await newPassword(request.passwordFromStdin) : undefined;
    if (request.action === 'add') {
      const problem = newAccountProblem({ ...request, password: password! });
      if (problem) throw new UsageError(`accounts add: ${problem}`);
    }
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const service = new AccountService(platform.driver, config.neo4j.database);
      const access = new AccessService(platform.driver, { ...DEFAULT_ACCESS_SETTINGS, tokenMaxDays: config.api.tokenMaxDays }, config.neo4j.database);
      await carryOut(request, password, { service, access, logger });
      return 0;
    } catch (error) {
      // A name or value the service refuses (an account that is not there, a username taken) is the command line's; the last admin is the catalog's state.
      if (error instanceof AccountInputError) throw new UsageError(`accounts ${request.action}: ${error.message}`);
      if (error instanceof LastAdminError) throw new Error(`accounts ${request.action}: ${error.message}`, { cause: error });
      throw error;
    } finally {
      await platform.close();
    }
  },
};

interface Services {
  service: AccountService;
  access: AccessService;
  logger: Logger;
}

/**
 * Does what was asked and prints what it did. Each change is logged as the API logs its own (the
 * audit log: who, which account, what changed; never a password).
 */
async function carryOut(request: AccountsRequest, password: string | undefined, { service, access, logger }: Services): Promise<void> {
  const by = cliActor();
  switch (request.action) {
    case 'list': {
      const rows = (await service.list()).map((account) => [account.username, account.displayName, account.roles.join(','), account.domains.join(','), account.disabled ? 'disabled' : 'enabled']);
      process.stdout.write(textTable([['USERNAME', 'NAME', 'ROLES', 'DOMAINS', 'STATE'], ...rows]));
      return;
    }
    case 'add': {
      const created = await service.create({ ...request, password: password! });
      logger.info({ by, account: created.username, roles: created.roles, domains: created.domains }, 'account created');
      process.stdout.write(`created account ${created.username} (${describeAccess(created)})\n`);
      if (!request.passwordFromStdin) printGeneratedPassword(password!);
      return;
    }
    case 'set': {
      const { before, after } = await service.update(request.username, request.changes);
      const changed = describeChanges(before, after);
      if (changed.length === 0) {
        process.stdout.write(`account ${after.username} already was so: nothing changed\n`);
        return;
      }
      logger.info({ by, account: after.username, before: accessOf(before), after: accessOf(after) }, 'account changed');
      process.stdout.write(`changed account ${after.username}: ${changed.join('; ')}\n`);
      return;
    }
    case 'disable':
    case 'enable': {
      const disabled = request.action === 'disable';
      const { account, changed, sessionsEnded } = await service.setDisabled(request.username, disabled);
      if (!changed) {
        process.stdout.write(`account ${account.username} already was ${request.action}d: nothing changed\n`);
        return;
      }
      logger.info({ by, account: account.username, ...(disabled && { sessionsEnded }) }, `account ${request.action}d`);
      const live = await liveTokens(access, account.username);
      process.stdout.write(
        disabled
          ? `disabled account ${account.username}: ${plural(sessionsEnded, 'session')} ended; ${plural(live, 'API token')} neither revoked nor expired stop working while it is disabled\n`
          : `enabled account ${account.username}: it may sign in again, and ${plural(live, 'API token')} neither revoked nor expired work again (npx polder tokens list ${account.username})\n`,
      );
      return;
    }
    case 'password': {
      const { username, sessionsEnded } = await service.resetPassword(request.username, password!);
      logger.info({ by, account: username, sessionsEnded }, 'account password reset');
      process.stdout.write(`new password for ${username}: ${plural(sessionsEnded, 'session')} ended; its API tokens are untouched (npx polder tokens list ${username})\n`);
      if (!request.passwordFromStdin) printGeneratedPassword(password!);
      return;
    }
  }
}

/** The password on stdin (one trailing line break dropped), or a random one, printed later: never an argument, which `ps` and the shell's history would show. */
async function newPassword(fromStdin: boolean): Promise<string> {
  return fromStdin ? (await readStdin()).replace(/\r?\n$/, '') : randomBytes(18).toString('base64url');
}

function printGeneratedPassword(password: string): void {
  process.stdout.write(`password: ${password}\n(shown once; Polder keeps only its scrypt hash)\n`);
}

/** How many of the account's API tokens would work were the account enabled: neither revoked nor expired. */
async function liveTokens(access: AccessService, username: string): Promise<number> {
  const now = new Date().toISOString();
  return (await access.listAccountApiTokens(username)).filter((token) => !token.revokedAt && token.expiresAt > now).length;
}

function accessOf(account: AccountSummary): { roles: string[]; domains: string[]; displayName: string } {
  return { roles: account.roles, domains: account.domains, displayName: account.displayName };
}

/** `roles VIEWER → STEWARD`, one entry per part that changed. */
function describeChanges(before: AccountSummary, after: AccountSummary): string[] {
  const list = (items: string[]) => items.join(', ') || '(none)';
  const parts: Array<[string, string, string]> = [
    ['roles', list(before.roles), list(after.roles)],
    ['domains', list(before.domains), list(after.domains)],
    ['name', JSON.stringify(before.displayName), JSON.stringify(after.displayName)],
  ];
  return parts.filter(([, was, is]) => was !== is).map(([part, was, is]) => `${part} ${was} → ${is}`);
}

/** `DOMAIN_OWNER of rentals, finance` */
function describeAccess(account: AccountSummary): string {
  return `${account.roles.join(', ')}${account.domains.length ? ` of ${account.domains.join(', ')}` : ''}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
