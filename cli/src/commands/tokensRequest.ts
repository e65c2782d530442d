import { parseArgs } from 'node:util';
import { TOKEN_SCOPES } from '@polder/graph-schema';
import { UsageError } from './UsageError.ts';

/** What `polder tokens` is asked to do. */
export type TokensRequest =
  | { action: 'create'; username: string; name: string; scopes: string[]; days: number }
  | { action: 'list'; username?: string }
  | { action: 'revoke'; id: string };

type Action = TokensRequest['action'];

/** A token's lifetime unless told, or api.tokenMaxDays when that is shorter. */
export const DEFAULT_DAYS = 90;

/** Each subcommand's options; any other given is refused by name. */
const OPTIONS_OF: Record<Action, string[]> = { create: ['--name', '--scope', '--days'], list: [], revoke: [] };

const ACTIONS = Object.keys(OPTIONS_OF) as Action[];

/**
 * What `polder tokens` is asked to do, from its arguments and api.tokenMaxDays. Everything the arguments
 * can be wrong about on their own is a UsageError, said before Neo4j starts:
 *
 *   ['create', 'ci-bot', '--name', 'nightly']  →  { action: 'create', username: 'ci-bot', name: 'nightly', scopes: ['READ'], days: 90 }
 *   ['create', 'ci-bot']                       →  UsageError 'tokens create: give the token a name: --name NAME'
 */
export function tokensRequest(args: string[], maxDays: number): TokensRequest {
  const { positionals, values, tokens } = parseArgs({
    args,
    allowPositionals: true,
    tokens: true,
    options: { name: { type: 'string' }, scope: { type: 'string', multiple: true }, days: { type: 'string' } },
  });
  const [action, subject, ...extra] = positionals;
  if (!ACTIONS.includes(action as Action)) throw new UsageError(`tokens needs one of ${ACTIONS.join(', ')} (got ${action ?? 'nothing'})`, { showUsage: true });
  const refuse = (problem: string, showUsage = false) => new UsageError(`tokens ${action}: ${problem}`, { showUsage });
  const given = [...new Set(tokens.flatMap((token) => (token.kind === 'option' ? [token.rawName] : [])))];
  const foreign = given.filter((option) => !OPTIONS_OF[action as Action].includes(option));
  if (foreign.length > 0) throw refuse(`${foreign.join(', ')} is not one of its options (${OPTIONS_OF[action as Action].join(', ') || 'it takes none'})`, true);
  const what = action === 'revoke' ? 'token id' : 'username';
  if (extra.length > 0) throw refuse(`one ${what} at a time (got also ${extra.join(' ')})`, true);
  if (action === 'list') return { action, ...(subject !== undefined && { username: subject }) };
  if (!subject) throw refuse(`give a ${what}${action === 'revoke' ? ' (npx polder tokens list shows them)' : ''}`, true);
  if (action === 'revoke') return { action, id: subject };

  if (values.name === undefined) throw refuse('give the token a name: --name NAME', true);
  const days = values.days === undefined ? Math.min(DEFAULT_DAYS, maxDays) : Number(values.days);
  if (!/^\d+$/.test(values.days ?? String(days)) || days < 1 || days > maxDays) throw refuse(`--days takes a whole number from 1 to ${maxDays} (api.tokenMaxDays), not "${values.days}"`);
  const scopes = values.scope ?? ['READ'];
  const unknownScope = scopes.find((scope) => !(TOKEN_SCOPES as readonly string[]).includes(scope));
  if (unknownScope !== undefined) throw refuse(`--scope takes ${TOKEN_SCOPES.join(' or ')}, not "${unknownScope}"`);
  return { action: 'create', username: subject, name: values.name, scopes, days };
}
