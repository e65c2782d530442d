import { parseArgs } from 'node:util';
import { accountChangesProblem, type AccountChanges } from '@polder/api';
import { UsageError } from './UsageError.ts';

/** What `polder accounts` is asked to do. A password is never among the arguments: it is read from stdin, or generated. */
export type AccountsRequest =
  | { action: 'add'; username: string; roles: string[]; domains?: string[]; displayName?: string; passwordFromStdin: boolean }
  | { action: 'list' }
  | { action: 'disable' | 'enable'; username: string }
  | { action: 'set'; username: string; changes: AccountChanges }
  | { action: 'password'; username: string; passwordFromStdin: boolean };

type Action = AccountsRequest['action'];

/** Each subcommand's options; any other given is refused by name. */
const OPTIONS_OF: Record<Action, string[]> = {
  add: ['--role', '--domain', '--name', '--password-stdin'],
  list: [],
  disable: [],
  enable: [],
  set: ['--role', '--domain', '--no-domains', '--name'],
  password: ['--password-stdin'],
};

const ACTIONS = Object.keys(OPTIONS_OF) as Action[];

/**
 * What `polder accounts` is asked to do, from its arguments and the domains polder.yaml declares.
 * Everything the arguments can be wrong about on their own is a UsageError, said before Neo4j starts:
 *
 *   ['set', 'ann', '--role', 'STEWARD']  →  { action: 'set', username: 'ann', changes: { roles: ['STEWARD'] } }
 *   ['set', 'ann']                       →  UsageError 'accounts set: nothing to change: give --role, --domain, --no-domains or --name'
 */
export function accountsRequest(args: string[], declaredDomains: string[]): AccountsRequest {
  const { positionals, values, tokens } = parseArgs({
    args,
    allowPositionals: true,
    tokens: true,
    options: {
      role: { type: 'string', multiple: true },
      domain: { type: 'string', multiple: true },
      'no-domains': { type: 'boolean' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const [action, username, ...extra] = positionals;
  if (!ACTIONS.includes(action as Action)) throw new UsageError(`accounts needs one of ${ACTIONS.join(', ')} (got ${action ?? 'nothing'})`, { showUsage: true });
  const refuse = (problem: string, showUsage = false) => new UsageError(`accounts ${action}: ${problem}`, { showUsage });
  const given = [...new Set(tokens.flatMap((token) => (token.kind === 'option' ? [token.rawName] : [])))];
  if (action === 'list') {
    const stray = [username, ...extra].filter(Boolean).concat(given);
    if (stray.length > 0) throw refuse(`takes no arguments (got ${stray.join(' ')})`, true);
    return { action };
  }
  const foreign = given.filter((option) => !OPTIONS_OF[action as Action].includes(option));
  if (foreign.length > 0) throw refuse(`${foreign.join(', ')} is not one of its options (${OPTIONS_OF[action as Action].join(', ') || 'it takes none'})`, true);
  if (!username) throw refuse('give a username', true);
  if (extra.length > 0) throw refuse(`one username at a time (got also ${extra.join(' ')})`, true);
  const unknownDomain = (values.domain ?? []).find((domain) => !declaredDomains.includes(domain));
  if (unknownDomain !== undefined) throw refuse(`domain "${unknownDomain}" is not declared in polder.yaml (declared: ${declaredDomains.join(', ') || 'none'})`);
  const passwordFromStdin = values['password-stdin'] ?? false;
  switch (action as Action) {
    case 'add':
      // The rest (roles, display name, the password once read) is checked by newAccountProblem, as the service does.
      return { action: 'add', username, roles: values.role ?? [], domains: values.domain, displayName: values.name, passwordFromStdin };
    case 'set': {
      if (values.domain && values['no-domains']) throw refuse('give --domain or --no-domains, not both', true);
      if (!values.role && !values.domain && !values['no-domains'] && values.name === undefined) throw refuse('nothing to change: give --role, --domain, --no-domains or --name', true);
      const changes: AccountChanges = {
        ...(values.role && { roles: values.role }),
        ...((values.domain || values['no-domains']) && { domains: values.domain ?? [] }),
        ...(values.name !== undefined && { displayName: values.name }),
      };
      const problem = accountChangesProblem(changes);
      if (problem) throw refuse(problem);
      return { action: 'set', username, changes };
    }
    case 'password':
      return { action: 'password', username, passwordFromStdin };
    default:
      return { action: action as 'disable' | 'enable', username };
  }
}
