import { parseArgs } from 'node:util';
import { AccessService, DEFAULT_ACCESS_SETTINGS, isExpectedError } from '@polder/api';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';

const USAGE = `Usage:
  npx polder tokens create <username> --name NAME [--scope READ|WRITE ...] [--days N]

Prints the token once (Polder keeps only its hash). Send it as
"Authorization: Bearer <token>" to the GraphQL API or to /api/v1/lineage.
Signed-in people manage their own tokens through the API (createApiToken, revokeApiToken).
`;

export const tokens: Command = {
  summary: 'Issue an API token for an account (for tools: OpenLineage producers, scripts).',
  usage: 'tokens create <username>',
  async run(args, { config, logger }) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, scope: { type: 'string', multiple: true }, days: { type: 'string', default: '90' } },
    });
    const [action, username] = positionals;
    if (action !== 'create' || !username || !values.name) {
      process.stderr.write(USAGE);
      return 2;
    }
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const access = new AccessService(platform.driver, { ...DEFAULT_ACCESS_SETTINGS, tokenMaxDays: config.api.tokenMaxDays }, config.neo4j.database);
      const { secret, token } = await access.issueApiToken(username, { name: values.name, scopes: values.scope ?? ['READ'], expiresInDays: Number(values.days) }, ['READ', 'WRITE']);
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
