import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AccountInputError, AccountService, newAccountProblem } from '@polder/api';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';

const USAGE = `Usage:
  npx polder accounts add <username> --role ROLE [--role ROLE] [--domain ID ...] [--name "Display Name"] [--password-stdin]
  npx polder accounts list

Roles: VIEWER, STEWARD, DOMAIN_OWNER (with --domain), COUNCIL, ADMIN.
--domain also makes an account of any role a member of a private domain: it sees that domain's assets.
Without --password-stdin a random password is generated and printed once.
`;

export const accounts: Command = {
  summary: 'Create and list local accounts (who may sign in, with which roles).',
  usage: 'accounts add|list',
  help: USAGE,
  async run(args, { config, logger }) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { role: { type: 'string', multiple: true }, domain: { type: 'string', multiple: true }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    });
    const [action, username, ...extra] = positionals;
    if (action !== 'add' && action !== 'list') {
      process.stderr.write(USAGE);
      return 2;
    }
    // Everything the input can be wrong about is said before Neo4j starts.
    const refuse = (problem: string) => {
      process.stderr.write(`accounts ${action}: ${problem}\n\n${USAGE}`);
      return 2;
    };
    if (action === 'list') {
      const given = [username, ...extra].filter(Boolean).concat(Object.keys(values).map((option) => `--${option}`));
      if (given.length > 0) return refuse(`takes no arguments (got ${given.join(' ')})`);
    }
    if (action === 'add' && !username) return refuse('give a username');
    if (extra.length > 0) return refuse(`one username at a time (got also ${extra.join(' ')})`);
    const declared = config.mesh.domains.map((domain) => domain.id);
    const unknownDomain = (values.domain ?? []).find((domain) => !declared.includes(domain));
    if (unknownDomain !== undefined) return refuse(`domain "${unknownDomain}" is not declared in polder.yaml (declared: ${declared.join(', ') || 'none'})`);
    const password = values['password-stdin'] ? (await readStdin()).replace(/\r?\n$/, '') : randomBytes(18).toString('base64url');
    const input = { username: username ?? '', displayName: values.name, password, roles: values.role ?? [], domains: values.domain };
    if (action === 'add') {
      const problem = newAccountProblem(input);
      if (problem) return refuse(problem);
    }
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const service = new AccountService(platform.driver, config.neo4j.database);
      if (action === 'list') {
        for (const account of await service.list()) {
          process.stdout.write(`${account.username.padEnd(24)} ${account.roles.join(',').padEnd(28)} ${account.domains.join(',')}${account.disabled ? ' (disabled)' : ''}\n`);
        }
        return 0;
      }
      const created = await service.create(input);
      process.stdout.write(`created account ${created.username} (${created.roles.join(', ')}${created.domains.length ? ` of ${created.domains.join(', ')}` : ''})\n`);
      if (!values['password-stdin']) process.stdout.write(`password: ${password}\n(shown once; Polder keeps only its scrypt hash)\n`);
      return 0;
    } catch (error) {
      if (error instanceof AccountInputError) {
        process.stderr.write(`accounts add: ${error.message}\n`);
        return 2;
      }
      throw error;
    } finally {
      await platform.close();
    }
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
