import { AccessService, DEFAULT_ACCESS_SETTINGS, isExpectedError, type AccountApiToken } from '@polder/api';
import { openPlatform } from '../platform.ts';
import { cliActor } from './cliActor.ts';
import type { Command } from './Command.ts';
import { textTable } from './textTable.ts';
import { tokensRequest } from './tokensRequest.ts';
import { UsageError } from './UsageError.ts';

const USAGE = `Usage:
  npx polder tokens create <username> --name NAME [--scope READ|WRITE ...] [--days N]
  npx polder tokens list [<username>]
  npx polder tokens revoke <id>

create: --days 90 unless told (or api.tokenMaxDays when shorter). Prints the token once (Polder
  keeps only its hash). Send it as "Authorization: Bearer <token>" to the GraphQL API or to
  /api/v1/lineage.
list: every account's tokens, or one account's: id, name, scopes, when created and when it expires,
  and whether it is revoked, expired, or of a disabled account (Polder does not record when a token
  was last used). Never the token itself, which Polder does not have.
revoke: the token stops working at once; revoking it again changes nothing.
Signed-in people manage their own tokens through the API (createApiToken, revokeApiToken).
`;

export const tokens: Command = {
  summary: 'Issue, list and revoke API tokens (for tools: OpenLineage producers, scripts).',
  usage: 'tokens create|list|revoke',
  help: USAGE,
  async run(args, { config, logger }) {
    // Everything the input can be wrong about is said before Neo4j starts, in the CLI's terms.
    const request = tokensRequest(args, config.api.tokenMaxDays);
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const access = new AccessService(platform.driver, { ...DEFAULT_ACCESS_SETTINGS, tokenMaxDays: config.api.tokenMaxDays }, config.neo4j.database);
      // Logged as the API logs the same change (access.resolver.ts): who, which token, never its secret.
      const by = cliActor();
      switch (request.action) {
        case 'create': {
          const { username, name, scopes, days } = request;
          const { secret, token } = await access.issueApiToken(username, { name, scopes, expiresInDays: days }, ['READ', 'WRITE']);
          logger.info({ by, account: username, apiTokenId: token.id, apiTokenName: token.name, scopes: token.scopes, expiresAt: token.expiresAt }, 'API token created');
          process.stdout.write(`${secret}\n`);
          process.stderr.write(`token "${token.name}" (${token.scopes.join(', ')}) for ${username}, id ${token.id}, expires ${token.expiresAt}\n`);
          return 0;
        }
        case 'list': {
          const listed = await access.listAccountApiTokens(request.username);
          if (listed.length === 0) {
            process.stdout.write(`no API tokens${request.username ? ` of ${request.username}` : ''}\n`);
            return 0;
          }
          const now = new Date().toISOString();
          const rows = listed.map((token) => [token.id, token.username, token.name, token.scopes.join(','), minute(token.createdAt), minute(token.expiresAt), stateOf(token, now)]);
          process.stdout.write(textTable([['ID', 'ACCOUNT', 'NAME', 'SCOPES', 'CREATED', 'EXPIRES', 'STATE'], ...rows]));
          return 0;
        }
        case 'revoke': {
          const { token, username, alreadyRevoked } = await access.revokeAnyApiToken(request.id);
          if (alreadyRevoked) {
            process.stdout.write(`API token "${token.name}" (${token.id}) of ${username} was already revoked, on ${token.revokedAt}: nothing changed\n`);
            return 0;
          }
          logger.info({ by, account: username, apiTokenId: token.id, apiTokenName: token.name, revokedAt: token.revokedAt }, 'API token revoked');
          process.stdout.write(`revoked API token "${token.name}" (${token.id}) of ${username}: it stops working now\n`);
          return 0;
        }
      }
    } catch (error) {
      // An account or token that is not there, a name or scope refused: the command line named it.
      if (isExpectedError(error)) throw new UsageError(`tokens ${request.action}: ${(error as Error).message}`);
      throw error;
    } finally {
      await platform.close();
    }
  },
};

/** Whether the token works: `active`, or why not (revoked wins: it is for good). */
function stateOf(token: AccountApiToken, now: string): string {
  if (token.revokedAt) return `revoked ${minute(token.revokedAt)}`;
  if (token.expiresAt <= now) return 'expired';
  return token.accountDisabled ? 'account disabled' : 'active';
}

/** `2026-12-02T10:31:07.412Z` → `2026-12-02T10:31Z`: enough to tell tokens apart by, in a line that fits. */
function minute(iso: string): string {
  return `${iso.slice(0, 16)}Z`;
}
