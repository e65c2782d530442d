import { describe, expect, it } from 'vitest';
import { accountsRequest } from './accountsRequest.ts';
import { UsageError } from './UsageError.ts';

const DOMAINS = ['rentals', 'finance'];

/** The UsageError `args` are refused with: its message, and whether the usage follows it. */
function refusal(args: string[]): { message: string; showUsage: boolean } {
  try {
    accountsRequest(args, DOMAINS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { message: error.message, showUsage: error.options.showUsage ?? false };
  }
  throw new Error(`accepted ${args.join(' ')}`);
}

describe('accountsRequest', () => {
  it('reads each subcommand', () => {
    expect(accountsRequest(['add', 'ann', '--role', 'DOMAIN_OWNER', '--domain', 'rentals', '--name', 'Ann', '--password-stdin'], DOMAINS)).toEqual({
      action: 'add',
      username: 'ann',
      roles: ['DOMAIN_OWNER'],
      domains: ['rentals'],
      displayName: 'Ann',
      passwordFromStdin: true,
    });
    expect(accountsRequest(['list'], DOMAINS)).toEqual({ action: 'list' });
    expect(accountsRequest(['disable', 'ann'], DOMAINS)).toEqual({ action: 'disable', username: 'ann' });
    expect(accountsRequest(['enable', 'ann'], DOMAINS)).toEqual({ action: 'enable', username: 'ann' });
    expect(accountsRequest(['password', 'ann'], DOMAINS)).toEqual({ action: 'password', username: 'ann', passwordFromStdin: false });
    expect(accountsRequest(['password', 'ann', '--password-stdin'], DOMAINS)).toEqual({ action: 'password', username: 'ann', passwordFromStdin: true });
  });

  it('reads set: the parts given replace the account\'s, --no-domains empties its domains', () => {
    expect(accountsRequest(['set', 'ann', '--role', 'STEWARD', '--role', 'COUNCIL'], DOMAINS)).toEqual({ action: 'set', username: 'ann', changes: { roles: ['STEWARD', 'COUNCIL'] } });
    expect(accountsRequest(['set', 'ann', '--domain', 'finance'], DOMAINS)).toEqual({ action: 'set', username: 'ann', changes: { domains: ['finance'] } });
    expect(accountsRequest(['set', 'ann', '--no-domains', '--name', 'Ann B.'], DOMAINS)).toEqual({ action: 'set', username: 'ann', changes: { domains: [], displayName: 'Ann B.' } });
  });

  it('refuses an unknown or missing subcommand, with the usage', () => {
    expect(refusal(['remove', 'ann'])).toEqual({ message: 'accounts needs one of add, list, disable, enable, set, password (got remove)', showUsage: true });
    expect(refusal([])).toEqual({ message: 'accounts needs one of add, list, disable, enable, set, password (got nothing)', showUsage: true });
  });

  it('refuses a missing username, a second one, and an option of another subcommand, with the usage', () => {
    expect(refusal(['disable'])).toEqual({ message: 'accounts disable: give a username', showUsage: true });
    expect(refusal(['enable', 'ann', 'bob'])).toEqual({ message: 'accounts enable: one username at a time (got also bob)', showUsage: true });
    expect(refusal(['disable', 'ann', '--role', 'VIEWER'])).toEqual({ message: 'accounts disable: --role is not one of its options (it takes none)', showUsage: true });
    expect(refusal(['password', 'ann', '--name', 'x'])).toEqual({ message: 'accounts password: --name is not one of its options (--password-stdin)', showUsage: true });
    expect(refusal(['set', 'ann', '--password-stdin'])).toEqual({ message: 'accounts set: --password-stdin is not one of its options (--role, --domain, --no-domains, --name)', showUsage: true });
    expect(refusal(['list', 'ann'])).toEqual({ message: 'accounts list: takes no arguments (got ann)', showUsage: true });
  });

  it('refuses a set that changes nothing, or contradicts itself', () => {
    expect(refusal(['set', 'ann'])).toEqual({ message: 'accounts set: nothing to change: give --role, --domain, --no-domains or --name', showUsage: true });
    expect(refusal(['set', 'ann', '--domain', 'rentals', '--no-domains'])).toEqual({ message: 'accounts set: give --domain or --no-domains, not both', showUsage: true });
  });

  it('refuses a domain polder.yaml does not declare, and a role or name the service would refuse, naming it', () => {
    expect(refusal(['set', 'ann', '--domain', 'rental'])).toEqual({ message: 'accounts set: domain "rental" is not declared in polder.yaml (declared: rentals, finance)', showUsage: false });
    expect(refusal(['set', 'ann', '--role', 'OWNER'])).toEqual({ message: 'accounts set: role "OWNER" is not one of VIEWER, STEWARD, DOMAIN_OWNER, COUNCIL, ADMIN', showUsage: false });
    expect(refusal(['set', 'ann', '--name', 'Ann\nAdmin'])).toEqual({ message: 'accounts set: display name: must not contain control characters (U+000A at character 4)', showUsage: false });
  });
});
