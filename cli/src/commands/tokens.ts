import { parseArgs } from 'node:util';
import { AccessService, DEFAULT_ACCESS_SETTINGS, isExpectedError } from '@polder/api';
import { openPlatform } from '../platform.ts';
import { TOKEN_SCOPES } from '@polder/graph-schema';
import type { Command } from './Command.ts';

/** A token's lifetime unless told, or api.tokenMaxDays when that is shorter. */
const DEFAULT_DAYS = 90;

const USAGE = `Usage:
  npx polder tokens create <username> --name NAME [--scope READ|WRITE ...] [--days N]

--days: 90 unless told (or api.tokenMaxDays when shorter).

Prints the token once (Polder keeps only its hash). Send it as
"Authorization: Bearer <token>" to the GraphQL API or to /api/v1/lineage.
Signed-in people manage their own tokens through the API (createApiToken, revokeApiToken).
`;

export const tokens: Command = {
  summary: 'Issue an API token for an account (for tools: OpenLineage producers, scripts).',
  usage: 'tokens create <username>',
  help: USAGE,
  async run(args, { config, logger }) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, scope: { type: 'string', multiple: true }, days: { type: 'string' } },
    });
    const [action, username, ...extra] = positionals;
    if (action !== 'create' || !username || !values.name) {
      process.stderr.write(USAGE);
      return 2;
    }
    // Everything the input can be wrong about is said before Neo4j starts, in the CLI's terms.
    const refuse = (problem: string) => {
      process.stderr.write(`tokens create: ${problem}\n\n${USAGE}`);
      return 2;
    };
    if (extra.length > 0) return refuse(`one username at a time (got also ${extra.join(' ')})`);
    const maxDays = config.api.tokenMaxDays;
    const days = values.days === undefined ? Math.min(DEFAULT_DAYS, maxDays) : Number(values.days);
    if (!/^\d+$/.test(values.days ?? String(days)) || days < 1 || days > maxDays) return refuse(`--days takes a whole number from 1 to ${maxDays} (api.tokenMaxDays), not "${values.days}"`);
    const scopes = values.scope ?? ['READ'];
    const unknownScope = scopes.find((scope) => !(TOKEN_SCOPES as readonly string[]).includes(scope));
    if (unknownScope !== undefined) return refuse(`--scope takes ${TOKEN_SCOPES.join(' or ')}, not "${unknownScope}"`);
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const access = new AccessService(platform.driver, { ...DEFAULT_ACCESS_SETTINGS, tokenMaxDays: config.api.tokenMaxDays }, config.neo4j.database);
      const { secret, token } = await access.issueApiToken(username, { name: values.name, scopes, expiresInDays: days }, ['READ', 'WRITE']);
      process.stdout.write(`${secret}\n`);
      process.stderr.write(`token "${token.name}" (${token.scopes.join(', ')}) for ${username}, id ${token.id}, expires ${token.expiresAt}\n`);
      return 0;
    } catch (error) {
      if (isExpectedError(error)) {
        process.stderr.write(`tokens create: ${(error as Error).message}\n`);
        return 2;
      }
      throw error;
    } finally {
      await platform.close();
    }
  },
};
